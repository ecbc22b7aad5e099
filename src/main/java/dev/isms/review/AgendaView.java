package dev.isms.review;

import java.util.List;

/**
 * What templates/agenda.md.mustache sees. Plain values only; lists of zero or one block stand for
 * optional parts, because the renderer treats a missing name as an error.
 */
public record AgendaView(
    String organization,
    String reviewId,
    String type,
    String typeDescription,
    String date,
    String weekday,
    int duration,
    String chair,
    List<Attendee> attendees,
    String preRead,
    String preReadWeekday,
    int packLeadDays,
    String packLeadSource,
    String framework,
    List<Item> items) {

  /** {@code named} is false when isms.yaml names nobody for the role: the name is the role. */
  public record Attendee(String name, String role, boolean named, boolean isChair) {}

  /**
   * One agenda item. {@code purpose} says what it covers; at most one of the lists holds a block.
   */
  public record Item(
      int number,
      String title,
      String presenter,
      int minutes,
      String purpose,
      List<Actions> actions,
      List<Risks> risks,
      List<Incident> incident,
      List<Findings> findings) {}

  /** Under 9.3.2 a): one group of actions, as the pack groups them. */
  public record Actions(String intro, boolean hasRows, List<ActionRow> rows) {}

  public record ActionRow(
      String id, String title, String owner, String source, String due, String status) {}

  /** Under 9.3.2 f): open risks whose treatment is due in the coming period, or overdue. */
  /**
   * Under 9.3.2 f): the risks whose treatment falls due, and the standing risks above the appetite
   * that the pack asks management to decide on ({@code aboveAppetite} empty when there are none).
   */
  public record Risks(String intro, boolean hasRows, List<RiskRow> rows, String aboveAppetite) {}

  public record RiskRow(
      String id, String title, String owner, String level, String treatment, String due) {}

  /** First item of an ad-hoc review: the incident that called it. */
  public record Incident(
      String id,
      String title,
      String severity,
      String opened,
      String resolved,
      String timeToResolve,
      String customerVisible,
      String personalData,
      String summary,
      String rootCause,
      String actions) {}

  /** First item of a pre-audit review: the audit findings still open. */
  public record Findings(String intro, boolean hasRows, List<FindingRow> rows) {}

  public record FindingRow(
      String id,
      String title,
      String kind,
      String audit,
      String raised,
      String status,
      String correctiveActions) {}
}
