package dev.isms.review;

import dev.isms.store.YamlScalars;
import java.util.regex.Pattern;

/**
 * The text of reviews/&lt;ID&gt;/review.yaml for a planned review. Written by hand rather than by a
 * YAML serializer so that it keeps the schema line, the comments that tell what to fill in, and the
 * one-line attendees of the rest of the repository.
 */
final class ReviewYaml {
  /**
   * The default id shapes (2026-Q4, 2026-annual, 2026-11-23-adhoc): strings in every YAML version,
   * so they stay unquoted like the ids people write; any other id goes through YamlScalars.
   */
  private static final Pattern PLAIN_ID =
      Pattern.compile("^\\d{4}-(Q[1-4]|[a-z][a-z0-9-]*|\\d{2}-\\d{2}-[a-z][a-z0-9-]*)$");

  private ReviewYaml() {}

  static String text(ReviewDraft draft) {
    ReviewPlan plan = draft.plan();
    Participants people = draft.participants();
    StringBuilder y = new StringBuilder();
    y.append("# yaml-language-server: $schema=../../.isms/schemas/review.schema.json\n");
    y.append(
        "# Written by `isms review new`. At the meeting, set `present` for each attendee (true,\n");
    y.append("# or false with a `note` such as \"apologies\"); once held, set `status: held`.\n");
    y.append("id: ")
        .append(PLAIN_ID.matcher(plan.id()).matches() ? plan.id() : YamlScalars.scalar(plan.id()))
        .append('\n');
    y.append("type: ").append(YamlScalars.scalar(plan.type())).append('\n');
    y.append("date: ").append(plan.date()).append('\n');
    y.append("status: planned\n");
    y.append("framework: ").append(YamlScalars.scalar(draft.framework().id())).append('\n');
    plan.trigger()
        .ifPresent(i -> y.append("trigger: ").append(YamlScalars.scalar(i.id())).append('\n'));
    y.append("chair: ").append(YamlScalars.scalar(people.chair().name())).append('\n');
    y.append("attendees:\n");
    for (Participants.Person p : people.attendees()) {
      // YamlScalars quotes anything but letters, digits, spaces and ._()/- : safe in a flow
      // mapping.
      y.append("  - {name: ")
          .append(YamlScalars.scalar(p.name()))
          .append(", role: ")
          .append(YamlScalars.scalar(p.role()))
          .append(", present: null}\n");
    }
    return y.toString();
  }
}
