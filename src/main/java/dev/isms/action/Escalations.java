package dev.isms.action;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The escalations of a window, as {@code isms action stats} counts them: each dated step up the
 * escalation path made in it ({@code escalations:}, as {@code isms action escalate} records it),
 * and each action that stands escalated by its status ({@link Action#isEscalated}, as the pack and
 * the agenda judge it) with no dated step at all, counted once. Such an action was set escalated by
 * hand; its day is not known, so it counts in every window it was open in, and the figure names it,
 * so the count can be traced to the register.
 *
 * @param dated the dated steps made in the window, by day
 * @param undated the actions escalated by status with no dated step, by id
 */
public record Escalations(List<Step> dated, List<String> undated) {
  /** One dated step up the escalation path of action {@code id}. */
  public record Step(String id, LocalDate on) {}

  public Escalations {
    dated = List.copyOf(dated);
    undated = List.copyOf(undated);
  }

  /**
   * @param from first day of the window, or null for no lower bound; {@code to} is inclusive
   */
  public static Escalations of(Collection<Action> actions, LocalDate from, LocalDate to) {
    List<Step> dated =
        actions.stream()
            .flatMap(
                a ->
                    a.escalations().stream()
                        .filter(e -> e.on() != null && !e.on().isAfter(to))
                        .filter(e -> from == null || !e.on().isBefore(from))
                        .map(e -> new Step(a.id(), e.on())))
            .sorted(Comparator.comparing(Step::on).thenComparing(Step::id))
            .toList();
    List<String> undated =
        actions.stream()
            .filter(a -> a.isEscalated() && a.wasOpenOn(to))
            .filter(a -> a.escalations().stream().noneMatch(e -> e.on() != null))
            .map(Action::id)
            .sorted()
            .toList();
    return new Escalations(dated, undated);
  }

  public int count() {
    return dated.size() + undated.size();
  }

  /**
   * "none", or "3 (2 dated in the window: ACT-1 on 2026-10-02, ...; 1 escalated by status with no
   * dated record: ACT-2025-031)".
   */
  public String text() {
    if (count() == 0) {
      return "none";
    }
    String steps =
        dated.isEmpty()
            ? ""
            : dated.size()
                + " dated in the window: "
                + dated.stream()
                    .map(s -> s.id() + " on " + s.on())
                    .collect(Collectors.joining(", "));
    String byStatus =
        undated.isEmpty()
            ? ""
            : undated.size()
                + " escalated by status with no dated record: "
                + String.join(", ", undated);
    return count()
        + " ("
        + steps
        + (steps.isEmpty() || byStatus.isEmpty() ? "" : "; ")
        + byStatus
        + ")";
  }
}
