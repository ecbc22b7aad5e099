package dev.isms.action;

import dev.isms.IsmsException;
import dev.isms.config.IsmsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who an overdue action goes to next: the roles of {@code policy.escalation} in isms.yaml, lowest
 * first (default: the Security Officer, then top management), each resolved to the person holding
 * it under {@code people:}. The owner is skipped: nobody escalates to themself.
 */
public final class EscalationPath {
  static final String DEFAULT_FIRST = "Security Officer";

  /** One step: a role and the person holding it. */
  public record Step(String role, String person) {
    public String text() {
      return person + " (" + role + ")";
    }
  }

  private final List<Step> steps;

  private EscalationPath(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  public static EscalationPath of(IsmsConfig config) {
    List<String> roles = new ArrayList<>(config.policy().escalation());
    if (roles.isEmpty()) {
      roles.add(DEFAULT_FIRST);
      roles.addAll(config.topManagement());
    }
    List<Step> steps = new ArrayList<>();
    for (String role : roles.stream().distinct().toList()) {
      String person =
          config
              .personFor(role)
              .orElseThrow(
                  () ->
                      IsmsException.input(
                          "isms.yaml names nobody for the role "
                              + role
                              + " of the escalation path; add it under `people:` (e.g. `"
                              + role
                              + ": Jane Doe`) or change `policy.escalation`"));
      steps.add(new Step(role, person));
    }
    return new EscalationPath(steps);
  }

  public List<Step> steps() {
    return steps;
  }

  /** The step after the one the action is escalated to now (the first if none). */
  public Optional<Step> next(Action action) {
    int current = -1;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.person().equals(action.escalatedTo()) || s.text().equals(action.escalatedTo())) {
        current = i;
      }
    }
    for (int i = current + 1; i < steps.size(); i++) {
      if (!steps.get(i).person().equalsIgnoreCase(String.valueOf(action.owner()).strip())) {
        return Optional.of(steps.get(i));
      }
    }
    return Optional.empty();
  }
}
