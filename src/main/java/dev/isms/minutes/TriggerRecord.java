package dev.isms.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the minutes of a review called by an item of the registers record about that item, under
 * {@code ## Trigger: <id>}: for an incident its root cause, the lessons learned and the decisions
 * taken on it (the ad-hoc review exists for these), for an audit finding the root cause and the
 * corrective action, for a significant change its effect on the ISMS. A pre-audit review records
 * the state of the open audit findings under {@code ## Open audit findings}. Both are checked like
 * the standard's own inputs.
 */
public enum TriggerRecord {
  INCIDENT(
      List.of(
          new Part("Root cause", "What caused the incident, and why the controls did not stop it."),
          new Part(
              "Lessons learned",
              "What the organisation learned: what worked, what did not, what changes."),
          new Part(
              "Decisions",
              "What management decided on the incident: actions (in the actions table), risks"
                  + " re-assessed, communication."))),
  FINDING(
      List.of(
          new Part(
              "Root cause", "Why the nonconformity occurred, and whether it occurs elsewhere."),
          new Part(
              "Corrective action",
              "The correction and the corrective action agreed, and how their effect is checked."),
          new Part("Decisions", "What management decided on the finding."))),
  CHANGE(
      List.of(
          new Part(
              "Effect on the ISMS",
              "What the change means for the scope, risks, controls and objectives of the ISMS."),
          new Part("Decisions", "What management decided on the change.")));

  /** The heading text the section of the trigger starts with ({@code ## Trigger: INC-2026-003}). */
  public static final String HEADING = "Trigger";

  /** The heading of a pre-audit review's section on the open audit findings. */
  public static final String OPEN_FINDINGS = "Open audit findings";

  /** The prompt under {@link #OPEN_FINDINGS}. */
  public static final String OPEN_FINDINGS_PROMPT =
      "For each open finding: its state, the corrective actions and whether it will be closed"
          + " before the audit; write `N/A: <reason>` if no finding is open.";

  /** A sub-section of the trigger's section and the prompt the scaffold gives it. */
  public record Part(String heading, String prompt) {}

  private final List<Part> parts;

  TriggerRecord(List<Part> parts) {
    this.parts = parts;
  }

  public List<Part> parts() {
    return parts;
  }

  /** The record for an item named "incident", "finding" or "change". */
  public static Optional<TriggerRecord> forNoun(String noun) {
    for (TriggerRecord r : values()) {
      if (r.name().toLowerCase(Locale.ROOT).equals(noun)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Whether a heading opens the section of a trigger ("Trigger: INC-2026-003 ..."). */
  public static boolean opensTrigger(Heading heading) {
    return heading.level() == 2 && heading.text().regionMatches(true, 0, HEADING, 0, 7);
  }

  /** Whether a heading opens a pre-audit review's section on the open findings. */
  public static boolean opensOpenFindings(Heading heading) {
    return heading.level() == 2
        && heading
            .text()
            .toLowerCase(Locale.ROOT)
            .startsWith(OPEN_FINDINGS.toLowerCase(Locale.ROOT));
  }
}
