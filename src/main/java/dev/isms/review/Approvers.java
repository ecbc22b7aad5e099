package dev.isms.review;

import dev.isms.config.IsmsConfig;
import dev.isms.review.model.Review;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Who may approve a review's minutes: its chair and every person of a top-management role. */
public final class Approvers {
  private Approvers() {}

  /** The chair, then the people of top management (attendees with the role, isms.yaml people). */
  public static Set<String> of(IsmsConfig config, Review review) {
    Set<String> names = new LinkedHashSet<>();
    if (review.chair() != null && !review.chair().isBlank()) {
      names.add(review.chair());
    }
    Set<String> top = new LinkedHashSet<>();
    config.topManagement().forEach(r -> top.add(r.toLowerCase(Locale.ROOT)));
    for (String role : config.topManagement()) {
      config.personFor(role).ifPresent(names::add);
    }
    for (Review.Attendee a : review.attendees()) {
      if (top.contains(a.role().toLowerCase(Locale.ROOT))) {
        names.add(a.name());
      }
    }
    return names;
  }
}
