package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.duedate.DueDates;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The share of actions completed by their due date, among those that fell due in a window. The due
 * date is the one first agreed ({@link DueDates#firstAgreed}), so moving it does not make a slip
 * disappear. Only completed or closed actions with a completion date on or before that date count
 * as on time; actions without a due date cannot be judged.
 *
 * <p>Cancelling must not hide a slip either: a cancelled action whose due date first agreed had
 * passed before it was cancelled (the author day of the commit that first set {@code status:
 * cancelled}, {@link DueDates#firstCommittedWith}, or the meeting of the held review that decided
 * it) counts as due and not completed on time; one cancelled before it fell due is left out. Where
 * the day is not known (no Git history, or the cancellation is not committed yet) it counts as
 * late, and {@link #text} says so.
 *
 * @param cancelledLate the late ones that were cancelled after they fell due, by id
 */
public record OnTimeShare(
    List<String> onTime,
    List<String> late,
    List<Cancelled> cancelledLate,
    LocalDate from,
    LocalDate to) {

  /**
   * A late action that was cancelled: its due date first agreed, and the day it was cancelled, or
   * why that day is not known ({@code on} null).
   */
  public record Cancelled(String id, LocalDate due, LocalDate on, String unknown) {
    /**
     * "ACT-1 cancelled 2026-12-04, 50 days after its due date first agreed (2026-10-15)", or with
     * the day not known: "ACT-1 cancelled on a day not known without Git history, counted as after
     * its due date (2026-10-15)".
     */
    String text() {
      return on == null
          ? id + " cancelled on a day " + unknown + ", counted as after its due date (" + due + ")"
          : id
              + " cancelled "
              + on
              + ", "
              + Text.days(ChronoUnit.DAYS.between(due, on))
              + " after its due date first agreed ("
              + due
              + ")";
    }
  }

  /**
   * @param from first day of the window, or null for no lower bound; {@code to} is inclusive
   */
  static OnTimeShare of(
      Collection<Action> actions,
      DueDates dues,
      Collection<Review> reviews,
      LocalDate from,
      LocalDate to) {
    List<Action> due =
        actions.stream()
            .filter(a -> dues.firstAgreed(a.id(), a.due()) != null)
            .filter(
                a -> {
                  LocalDate agreed = dues.firstAgreed(a.id(), a.due());
                  return !agreed.isAfter(to) && (from == null || !agreed.isBefore(from));
                })
            .filter(a -> !cancelled(a) || cancelledAfterDue(a, dues, reviews))
            .sorted(java.util.Comparator.comparing(Action::id))
            .toList();
    List<String> onTime =
        due.stream().filter(a -> completedOnTime(a, dues)).map(Action::id).toList();
    List<String> late =
        due.stream().filter(a -> !completedOnTime(a, dues)).map(Action::id).toList();
    List<Cancelled> cancelledLate =
        due.stream()
            .filter(OnTimeShare::cancelled)
            .map(
                a ->
                    new Cancelled(
                        a.id(),
                        dues.firstAgreed(a.id(), a.due()),
                        cancelledOn(a, dues, reviews).orElse(null),
                        dues.known() ? "not committed yet" : dues.unknownText()))
            .toList();
    return new OnTimeShare(onTime, late, cancelledLate, from, to);
  }

  private static boolean cancelled(Action a) {
    return "cancelled".equals(a.status());
  }

  /** Cancelled after its due date first agreed had passed, or on a day not known. */
  private static boolean cancelledAfterDue(Action a, DueDates dues, Collection<Review> reviews) {
    LocalDate agreed = dues.firstAgreed(a.id(), a.due());
    return cancelledOn(a, dues, reviews).map(agreed::isBefore).orElse(true);
  }

  /**
   * The day the action was cancelled: that of the commit that first set {@code status: cancelled},
   * or, when a held review decided it (committed from its meeting to its approval, {@link
   * Review#decidedOn}), the day of that meeting, as due-date moves are credited to the review.
   */
  private static Optional<LocalDate> cancelledOn(
      Action a, DueDates dues, Collection<Review> reviews) {
    return dues.firstCommittedWith(a.id(), "cancelled")
        .map(day -> Review.decidedAt(reviews, day).map(Review::date).orElse(day));
  }

  static boolean completedOnTime(Action a, DueDates dues) {
    LocalDate agreed = dues.firstAgreed(a.id(), a.due());
    return ("completed".equals(a.status()) || "closed".equals(a.status()))
        && a.completedOn() != null
        && agreed != null
        && !a.completedOn().isAfter(agreed);
  }

  /**
   * The day a late action stopped being late: completed or cancelled, if known and in the window.
   */
  LocalDate lateUntil(Action a) {
    LocalDate end =
        cancelledLate.stream()
            .filter(c -> c.id().equals(a.id()) && c.on() != null)
            .map(Cancelled::on)
            .findFirst()
            .orElse(a.completedOn());
    return end != null && !end.isAfter(to) ? end : to;
  }

  public int total() {
    return onTime.size() + late.size();
  }

  public Optional<Double> percent() {
    return total() == 0 ? Optional.empty() : Optional.of(100.0 * onTime.size() / total());
  }

  /**
   * "; counted late: ACT-1 cancelled 2026-12-04, 50 days after its due date first agreed
   * (2026-10-15)", naming each action cancelled after it fell due; "" when none was.
   */
  public String cancelledText() {
    return cancelledLate.isEmpty()
        ? ""
        : "; counted late: "
            + cancelledLate.stream().map(Cancelled::text).collect(Collectors.joining("; "));
  }

  /** "67% (2 of 3 actions due 2026-09-16 to 2026-11-24)" or why there is no figure. */
  public String text() {
    String window = (from == null ? "up to " + to : from + " to " + to);
    return percent()
        .map(
            p ->
                Text.percent(p)
                    + " ("
                    + onTime.size()
                    + " of "
                    + Text.count(total(), "action", "actions")
                    + " due "
                    + window
                    + cancelledText()
                    + ")")
        .orElse("no action fell due " + window);
  }
}
