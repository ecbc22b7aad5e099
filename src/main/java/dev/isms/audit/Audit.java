package dev.isms.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * audits/&lt;ID&gt;.yaml: an audit, booked or done: internal (clause 9.2) or external (the
 * certification body), the days it runs, who audits and against which frameworks.
 */
public record Audit(
    String id,
    String title,
    String kind,
    LocalDate starts,
    LocalDate ends,
    String body,
    List<String> frameworks,
    String scope) {

  public static final String EXTERNAL = "external";
  public static final String INTERNAL = "internal";

  public Audit {
    frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
  }

  public boolean isExternal() {
    return EXTERNAL.equals(kind);
  }

  /** The last day of the audit: {@code ends}, else the day it starts. */
  public LocalDate lastDay() {
    return ends == null ? starts : ends;
  }

  /** "AUD-2027-01 (Nordzert GmbH, 2027-02-16 to 2027-02-18)". */
  public String describe() {
    String days = ends == null || ends.equals(starts) ? starts.toString() : starts + " to " + ends;
    return id + " (" + (body == null ? "" : body + ", ") + days + ")";
  }
}
