package dev.isms.config;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What calls for a review of a type ({@code triggers:} of a review type in isms.yaml): incidents by
 * severity, incidents whose personal-data breach was notified to an authority, audit findings by
 * kind and audit type, and changes marked {@code significant: true}.
 */
public record Triggers(
    List<String> incidents,
    Boolean notifiedBreaches,
    List<FindingTrigger> findings,
    Boolean significantChanges) {

  public static final Triggers NONE = new Triggers(null, null, null, null);

  /** Findings of a kind, from audits of a type (any type when none is given). */
  public record FindingTrigger(String kind, String auditType) {}

  public Triggers {
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    findings = findings == null ? List.of() : List.copyOf(findings);
  }

  public boolean onNotifiedBreach() {
    return Boolean.TRUE.equals(notifiedBreaches);
  }

  public boolean onSignificantChange() {
    return Boolean.TRUE.equals(significantChanges);
  }

  public boolean isEmpty() {
    return incidents.isEmpty()
        && !onNotifiedBreach()
        && findings.isEmpty()
        && !onSignificantChange();
  }

  /** These triggers with more incident severities (the older {@code after_incidents}). */
  Triggers withIncidents(List<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(new LinkedHashSet<>(incidents));
    more.stream().filter(s -> !all.contains(s)).forEach(all::add);
    return new Triggers(all, notifiedBreaches, findings, significantChanges);
  }

  /**
   * "sev1 or sev2 incidents, notified personal-data breaches, major-nc findings of external
   * audits".
   */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (!incidents.isEmpty()) {
      parts.add(String.join(" or ", incidents) + " incidents");
    }
    if (onNotifiedBreach()) {
      parts.add("personal-data breaches notified to an authority");
    }
    for (FindingTrigger f : findings) {
      parts.add(
          f.kind()
              + " findings"
              + (f.auditType() == null ? "" : " of " + f.auditType() + " audits"));
    }
    if (onSignificantChange()) {
      parts.add("significant changes");
    }
    return String.join(", ", parts);
  }
}
