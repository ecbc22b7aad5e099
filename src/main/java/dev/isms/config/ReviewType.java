package dev.isms.config;

import java.time.Period;
import java.util.List;
import java.util.Map;

/**
 * One kind of management review: its cadence, length and who attends.
 *
 * @param countsAs the other types a held review of this one counts as for their cadence ({@code
 *     counts_as}): an annual review held in December stands in for that quarter's quarterly one
 */
public record ReviewType(
    Period every,
    String duration,
    List<String> attendees,
    String chair,
    List<String> afterIncidents,
    Triggers triggers,
    Period within,
    Boolean beforeAudit,
    String description,
    List<String> requiredRoles,
    Map<String, List<String>> delegates,
    String covers,
    List<String> countsAs) {

  public ReviewType {
    countsAs = countsAs == null ? List.of() : List.copyOf(countsAs);
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
    afterIncidents = afterIncidents == null ? List.of() : List.copyOf(afterIncidents);
    requiredRoles = requiredRoles == null ? List.of() : List.copyOf(requiredRoles);
    triggers = triggers == null ? Triggers.NONE : triggers;
    delegates = delegates == null ? Map.of() : Map.copyOf(delegates);
  }

  public ReviewType(
      Period every,
      String duration,
      List<String> attendees,
      String chair,
      List<String> afterIncidents,
      Period within,
      Boolean beforeAudit,
      String description) {
    this(
        every,
        duration,
        attendees,
        chair,
        afterIncidents,
        null,
        within,
        beforeAudit,
        description,
        null,
        null,
        null,
        null);
  }

  /**
   * Who may stand in for {@code role} at a review of this type: the roles or names listed under
   * {@code delegates}; a delegation nobody authorised in isms.yaml does not make a quorum.
   */
  public List<String> delegatesFor(String role) {
    return delegates.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(role))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(List.of());
  }

  /**
   * What calls for a review of this type: {@code triggers}, with {@code after_incidents} (the older
   * form) counted among its incident severities.
   */
  public Triggers calledBy() {
    return triggers.withIncidents(afterIncidents);
  }

  /** Whether items of the registers (incidents, findings, changes) call for this type. */
  public boolean isTriggered() {
    return !calledBy().isEmpty();
  }

  /** Meeting length in minutes, parsed from {@code 90m}, {@code 3h} or {@code 1h30m}. */
  public int durationMinutes(int fallback) {
    if (duration == null || duration.isBlank()) {
      return fallback;
    }
    var m = java.util.regex.Pattern.compile("^(?:(\\d+)h)?(?:(\\d+)m)?$").matcher(duration);
    if (!m.matches()) {
      return fallback;
    }
    int hours = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
    int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return hours * 60 + minutes;
  }

  public boolean isBeforeAudit() {
    return Boolean.TRUE.equals(beforeAudit);
  }
}
