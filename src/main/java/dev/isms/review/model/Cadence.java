package dev.isms.review.model;

import dev.isms.config.IsmsConfig;
import java.util.Collection;
import java.util.Optional;

/**
 * Which reviews count for a review type's cadence: those of the type, and those of a type whose
 * {@code counts_as} names it (an annual review held in December stands in for that quarter's
 * quarterly one). The one definition the due dates, the calendar, the {@code review-cadence} rule
 * and the period a review covers all take "the last held review of the type" from, so that an
 * annual review restarts the quarterly cadence everywhere alike.
 */
public final class Cadence {
  private Cadence() {}

  /**
   * Whether a review of type {@code held} counts as a review of {@code type}: the same type, or
   * isms.yaml's {@code review_types.<held>.counts_as} lists it. Not transitive: each type names
   * every type it stands in for.
   */
  public static boolean counts(IsmsConfig config, String held, String type) {
    if (held == null || type == null) {
      return false;
    }
    return held.equals(type)
        || config.reviewType(held).map(t -> t.countsAs().contains(type)).orElse(false);
  }

  /**
   * The last held (or approved) review among {@code reviews} that counts for {@code type}; callers
   * narrow {@code reviews} to those before a date or a review where they need to.
   */
  public static Optional<Review> lastHeld(
      IsmsConfig config, Collection<Review> reviews, String type) {
    return reviews.stream()
        .filter(r -> r.wasHeld() && counts(config, r.type(), type))
        .max(Review.BY_DATE);
  }

  /**
   * What a sentence adds where a review of another type stands in for {@code type}: ", annual,
   * counts as quarterly"; empty for a review of the type itself.
   */
  public static String standingIn(Review review, String type) {
    return type.equals(review.type()) ? "" : ", " + review.type() + ", counts as " + type;
  }
}
