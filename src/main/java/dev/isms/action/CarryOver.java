package dev.isms.action;

import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which held reviews an action stayed open through: the one measure of "carried over" that the pack
 * shows and the check warns about, so that both tell management the same number.
 */
public final class CarryOver {
  /** From this many held reviews on, an action is carried over and wants an explicit decision. */
  public static final int LIMIT = 2;

  private CarryOver() {}

  /** Held reviews after the action was raised at which it was still open, oldest first. */
  public static List<Review> heldReviewsOpenThrough(
      Action action, LocalDate raised, Collection<Review> reviews) {
    return reviews.stream()
        .filter(Review::wasHeld)
        .filter(r -> r.date().isAfter(raised))
        .filter(r -> action.wasOpenOn(r.date()))
        .sorted(Comparator.comparing(Review::date).thenComparing(Review::id))
        .toList();
  }
}
