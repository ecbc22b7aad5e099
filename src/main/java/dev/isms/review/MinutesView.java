package dev.isms.review;

import java.util.List;

/**
 * What templates/minutes.md.mustache sees. Prompts are already safe inside an HTML comment and are
 * rendered raw; everything else is escaped for Markdown by the renderer.
 */
public record MinutesView(
    String reviewId,
    String type,
    String date,
    String weekday,
    String chair,
    String framework,
    List<Trigger> trigger,
    List<Attendee> attendees,
    List<Section> openFindings,
    String inputsClause,
    List<Section> inputs,
    String resultsClause,
    List<Section> results,
    List<AlsoEvidences> alsoEvidences) {

  /** The other obligations' criteria the review evidences (none without obligations:). */
  public record AlsoEvidences(List<String> lines) {}

  /** The item that called the review, and the sections the minutes record about it. */
  public record Trigger(String id, String title, String reason, List<Section> parts) {}

  public record Attendee(String name, String role) {}

  /**
   * One heading of the minutes: {@code level} is its {@code ###}; a group heading (9.3.2 d) has no
   * prompt of its own, its children do. {@code actionsTable} asks for the empty actions table.
   */
  public record Section(String level, String heading, List<Prompt> prompt, boolean actionsTable) {}

  public record Prompt(String text) {}
}
