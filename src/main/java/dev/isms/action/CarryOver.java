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
 * <p>A carried-over action whose due date a held review then moved (at or after the last review it
 * counts as carried over at) has been decided on: {@link #replannedAt}. It stays carried over, a
 * fact of its history, but awaits no decision until it is carried over again.
 *
 * @param openAt the held reviews after the action was raised at which it was open, oldest first
 * @param pastDueAt those of them at which it was past its due date
 * @param cadenceOpenAt those of them of a type with a cadence
 * @param replannedAt the held review that moved its due date since it was last carried over
 */
public record CarryOver(
    List<Review> openAt,
    List<Review> pastDueAt,
    List<Review> cadenceOpenAt,
    Optional<Review> replannedAt) {
  /** From this many held reviews of a cadence type on, an open action is carried over. */
  public static final int LIMIT = 2;

  /** Not raised yet, or when it was raised is unknown: nothing can be counted. */
  public static final CarryOver NONE =
      new CarryOver(List.of(), List.of(), List.of(), Optional.empty());

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
    CarryOver counted = new CarryOver(open, pastDue, cadence, Optional.empty());
    return new CarryOver(open, pastDue, cadence, counted.replanned(action, reviews, dues));
  }

  /**
   * The latest held review that moved the action's due date at or after the last review it counts
   * as carried over at; empty when it is not carried over or no review has re-planned it since.
   */
  private Optional<Review> replanned(Action action, Collection<Review> reviews, DueDates dues) {
    Optional<LocalDate> last = lastCounted();
    if (last.isEmpty()) {
      return Optional.empty();
    }
    Optional<Review> at = Optional.empty();
    for (DueDates.Move m : dues.moves(action.id(), action.due())) {
      if (m.on() == null) {
        continue;
      }
      Optional<Review> decided =
          reviews.stream()
              .filter(r -> r.decidedOn(m.on()) && !r.date().isBefore(last.get()))
              .findFirst();
      at = decided.isPresent() ? decided : at;
    }
    return at;
  }

  /** The day of the last held review it counts as carried over at. */
  private Optional<LocalDate> lastCounted() {
    List<Review> counted = new java.util.ArrayList<>(pastDueAt);
    if (cadenceOpenAt.size() >= LIMIT) {
      counted.addAll(cadenceOpenAt);
    }
    return counted.stream().map(Review::date).max(Comparator.naturalOrder());
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

  /** Carried over, and no held review has re-planned it since: the next review must decide. */
  public boolean awaitsDecision() {
    return carried() && replannedAt.isEmpty();
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
    replannedAt.ifPresent(r -> why.append("; re-planned at review ").append(r.id()));
    return why.toString();
  }

  private static String ids(List<Review> list) {
    return list.stream().map(Review::id).collect(Collectors.joining(", "));
  }
}
