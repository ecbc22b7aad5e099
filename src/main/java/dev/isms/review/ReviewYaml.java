package dev.isms.review;

import dev.isms.store.YamlScalars;

/**
 * The text of reviews/&lt;ID&gt;/review.yaml for a planned review. Written by hand rather than by a
 * YAML serializer so that it keeps the schema line and the comments that tell what to fill in.
 */
final class ReviewYaml {
  private ReviewYaml() {}

  static String text(ReviewDraft draft) {
    ReviewPlan plan = draft.plan();
    Participants people = draft.participants();
    StringBuilder y = new StringBuilder();
    y.append("# yaml-language-server: $schema=../../.isms/schemas/review.schema.json\n");
    y.append("# Written by `isms review new`. At the meeting, set `present` for each attendee (true,\n");
    y.append("# or false with a `note` such as \"apologies\"); once held, set `status: held`.\n");
    y.append("id: ").append(YamlScalars.scalar(plan.id())).append('\n');
    y.append("type: ").append(YamlScalars.scalar(plan.type())).append('\n');
    y.append("date: ").append(plan.date()).append('\n');
    y.append("status: planned\n");
    y.append("framework: ").append(YamlScalars.scalar(draft.framework().id())).append('\n');
    plan.trigger().ifPresent(i -> y.append("trigger: ").append(YamlScalars.scalar(i.id())).append('\n'));
    y.append("chair: ").append(YamlScalars.scalar(people.chair().name())).append('\n');
    y.append("attendees:\n");
    for (Participants.Person p : people.attendees()) {
      y.append("  - name: ").append(YamlScalars.scalar(p.name())).append('\n');
      y.append("    role: ").append(YamlScalars.scalar(p.role())).append('\n');
      y.append("    present: null\n");
    }
    return y.toString();
  }
}
