package dev.isms.action;

import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The actions input 9.3.2 a) lists, in the two groups the agenda and the pack both show: the
 * actions earlier reviews decided (their {@code source} is an earlier review), unfinished or
 * finished since the day the review is compared with (the previous held review's date, or the
 * baseline of the period the review covers); then every other action (from a finding, an incident,
 * a risk) that was open on that day, or that needs a decision now (overdue, escalated or carried
 * over). Actions finished before that day were reported before and are left out. Each group is
 * ordered open first, by due date (the most overdue lead), then by id.
 *
 * @param fromReviews the actions decided by earlier reviews
 * @param others the other actions
 */
public record InputActions(List<Action> fromReviews, List<Action> others) {

  /** Open first, by due date (so the most overdue lead), then the finished. */
  public static final Comparator<Action> ORDER =
      Comparator.comparing(Action::isFinished)
          .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due())
          .thenComparing(Action::id);

  /**
   * @param actions every action of the register
   * @param earlier the reviews before the one being prepared (their ids make a source "a review")
   * @param comparedOn the day compared with (the baseline review's date, or the day before the
   *     period covered starts); empty for a first review
   * @param asOf the day the statuses are read as of
   * @param carried whether an action is carried over ({@link CarryOver#carried()})
   */
  public static InputActions of(
      Collection<Action> actions,
      Collection<Review> earlier,
      Optional<LocalDate> comparedOn,
      LocalDate asOf,
      Predicate<Action> carried) {
    Map<String, LocalDate> reviewDates =
        earlier.stream().collect(Collectors.toMap(Review::id, Review::date, (a, b) -> a));
    Predicate<Action> fromReview = a -> a.source() != null && reviewDates.containsKey(a.source());
    List<Action> decided =
        actions.stream()
            .filter(fromReview)
            .filter(a -> stillReported(a, comparedOn, reviewDates))
            .sorted(ORDER)
            .toList();
    List<Action> others =
        actions.stream()
            .filter(fromReview.negate())
            .filter(
                a -> comparedOn.map(a::wasOpenOn).orElse(false) || needsDecision(a, asOf, carried))
            .sorted(ORDER)
            .toList();
    return new InputActions(decided, others);
  }

  /** Unfinished and overdue, escalated, or carried over: management decides what happens to it. */
  public static boolean needsDecision(Action a, LocalDate asOf, Predicate<Action> carried) {
    return !a.isFinished() && (a.isOverdueOn(asOf) || a.isEscalated() || carried.test(a));
  }

  /** Both groups, decided by reviews first. */
  public List<Action> all() {
    return java.util.stream.Stream.concat(fromReviews.stream(), others.stream()).toList();
  }

  private static boolean stillReported(
      Action a, Optional<LocalDate> comparedOn, Map<String, LocalDate> reviewDates) {
    if (!a.isFinished() || comparedOn.isEmpty()) {
      return true;
    }
    if (a.completedOn() != null) {
      return a.completedOn().isAfter(comparedOn.get());
    }
    // finished, but when is unknown: news only if a review on or after that day decided it
    return !reviewDates.get(a.source()).isBefore(comparedOn.get());
  }
}
