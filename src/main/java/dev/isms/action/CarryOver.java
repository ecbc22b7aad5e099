package dev.isms.action;

import dev.isms.config.IsmsConfig;
import dev.isms.duedate.DueDates;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether an action was carried over from review to review: the one definition that the pack, the
 * agenda, {@code isms action stats} and the check use. An action is carried over when it was open
 * and past its due date (the date in force that day) at a held review, or open at {@link #LIMIT}
 * held reviews of a type with a cadence ({@code every}). Ad-hoc and pre-audit reviews, which have
 * no cadence, do not count towards the two: an action raised two weeks ago and due next quarter is
 * not carried over because an incident called a review in between.
 *
 * @param openAt the held reviews after the action was raised at which it was open, oldest first
 * @param pastDueAt those of them at which it was past its due date
 * @param cadenceOpenAt those of them of a type with a cadence
 */
public record CarryOver(List<Review> openAt, List<Review> pastDueAt, List<Review> cadenceOpenAt) {
  /** From this many held reviews of a cadence type on, an open action is carried over. */
  public static final int LIMIT = 2;

  /** Not raised yet, or when it was raised is unknown: nothing can be counted. */
  public static final CarryOver NONE = new CarryOver(List.of(), List.of(), List.of());

  /**
   * @param raised the day it was raised (its own date, else the day of the item it came from);
   *     empty when unknown, and then nothing is counted
   * @param reviews the reviews to count (those not held are left out)
   */
  public static CarryOver of(
      Action action,
      Optional<LocalDate> raised,
      Collection<Review> reviews,
      IsmsConfig config,
      DueDates dues) {
    if (raised.isEmpty()) {
      return NONE;
    }
    List<Review> open =
        reviews.stream()
            .filter(Review::wasHeld)
            .filter(r -> r.date().isAfter(raised.get()))
            .filter(r -> action.wasOpenOn(r.date()))
            .sorted(Comparator.comparing(Review::date).thenComparing(Review::id))
            .toList();
    List<Review> pastDue =
        open.stream()
            .filter(
                r -> {
                  LocalDate due = dues.dueOn(action.id(), action.due(), r.date());
                  return due != null && due.isBefore(r.date());
                })
            .toList();
    List<Review> cadence = open.stream().filter(r -> hasCadence(config, r)).toList();
    return new CarryOver(open, pastDue, cadence);
  }

  private static boolean hasCadence(IsmsConfig config, Review review) {
    return config != null
        && review.type() != null
        && config.reviewType(review.type()).map(t -> t.every() != null).orElse(false);
  }

  /** Past due at a held review, or open at two held reviews of a cadence type. */
  public boolean carried() {
    return !pastDueAt.isEmpty() || cadenceOpenAt.size() >= LIMIT;
  }

  /**
   * Why it is carried over: "past due at held review 2026-Q3 (2026-09-15)" and/or "open at 2 held
   * reviews with a cadence (2026-Q2, 2026-Q3)"; empty when it is not.
   */
  public String reason() {
    StringBuilder why = new StringBuilder();
    if (!pastDueAt.isEmpty()) {
      why.append("past due at held review")
          .append(pastDueAt.size() == 1 ? " " : "s ")
          .append(ids(pastDueAt));
    }
    if (cadenceOpenAt.size() >= LIMIT) {
      why.append(why.length() == 0 ? "" : "; ")
          .append("open at ")
          .append(cadenceOpenAt.size())
          .append(" held reviews with a cadence (")
          .append(ids(cadenceOpenAt))
          .append(")");
    }
    return why.toString();
  }

  private static String ids(List<Review> list) {
    return list.stream().map(Review::id).collect(Collectors.joining(", "));
  }
}
