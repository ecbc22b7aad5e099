package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.duedate.DueDates;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The share of actions completed by their due date, among those that fell due in a window. The due
 * date is the one first agreed ({@link DueDates#firstAgreed}), so moving it does not make a slip
 * disappear. Only completed or closed actions with a completion date on or before that date count
 * as on time; cancelled actions fall out of the count, actions without a due date cannot be judged.
 */
public record OnTimeShare(List<String> onTime, List<String> late, LocalDate from, LocalDate to) {

  /**
   * @param from first day of the window, or null for no lower bound; {@code to} is inclusive
   */
  static OnTimeShare of(Collection<Action> actions, DueDates dues, LocalDate from, LocalDate to) {
    List<Action> due =
        actions.stream()
            .filter(
                a -> dues.firstAgreed(a.id(), a.due()) != null && !"cancelled".equals(a.status()))
            .filter(
                a -> {
                  LocalDate agreed = dues.firstAgreed(a.id(), a.due());
                  return !agreed.isAfter(to) && (from == null || !agreed.isBefore(from));
                })
            .sorted(java.util.Comparator.comparing(Action::id))
            .toList();
    List<String> onTime =
        due.stream().filter(a -> completedOnTime(a, dues)).map(Action::id).toList();
    List<String> late =
        due.stream().filter(a -> !completedOnTime(a, dues)).map(Action::id).toList();
    return new OnTimeShare(onTime, late, from, to);
  }

  static boolean completedOnTime(Action a, DueDates dues) {
    LocalDate agreed = dues.firstAgreed(a.id(), a.due());
    return ("completed".equals(a.status()) || "closed".equals(a.status()))
        && a.completedOn() != null
        && agreed != null
        && !a.completedOn().isAfter(agreed);
  }

  public int total() {
    return onTime.size() + late.size();
  }

  public Optional<Double> percent() {
    return total() == 0 ? Optional.empty() : Optional.of(100.0 * onTime.size() / total());
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
                    + ")")
        .orElse("no action fell due " + window);
  }
}
