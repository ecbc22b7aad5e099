package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.duedate.DueDates;
import dev.isms.incident.Incident;
import dev.isms.kpi.KpiPeriods;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The period a pack covers, quarter by quarter, where it spans more than two quarters (an annual
 * review): incidents, findings, changes (and subprocessor changes), actions raised, completed and
 * completed on time (against the due date first agreed, as everywhere in the pack: {@link
 * OnTimeShare}), due dates moved, and each KPI and objective by quarter ({@link QuarterKpis}).
 */
final class QuarterFigures {
  private QuarterFigures() {}

  /**
   * A calendar quarter, cut to the period covered: {@code from} and {@code to} are the days of the
   * quarter in the period, {@code end} the quarter's own last day.
   */
  record Quarter(String name, LocalDate from, LocalDate to, LocalDate end, LocalDate asOf) {
    boolean holds(LocalDate day) {
      return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the period ends before the quarter does: a quarter still running, or cut short. */
    boolean running() {
      return to.isBefore(end);
    }

    /** "2026-Q4 to date" for a quarter still running on the day of the data, else its name. */
    String label() {
      if (!running()) {
        return name;
      }
      return name + (to.equals(asOf) ? " to date" : " to " + to);
    }

    /** The label, with the first day where the period starts within the quarter. */
    String longLabel() {
      return label() + (from.isAfter(KpiPeriods.start(name)) ? " (from " + from + ")" : "");
    }
  }

  static List<Quarter> quarters(PackContext ctx) {
    List<Quarter> quarters = new ArrayList<>();
    Optional<LocalDate> since = ctx.since();
    if (since.isEmpty()) {
      return quarters;
    }
    LocalDate start = since.get().plusDays(1);
    LocalDate last = ctx.asOf().isBefore(ctx.review().date()) ? ctx.asOf() : ctx.review().date();
    LocalDate q = KpiPeriods.startOf(start, KpiPeriods.Style.QUARTER);
    while (!q.isAfter(last)) {
      LocalDate qEnd = q.plusMonths(3).minusDays(1);
      quarters.add(
          new Quarter(
              KpiPeriods.nameOf(q, KpiPeriods.Style.QUARTER),
              q.isBefore(start) ? start : q,
              qEnd.isAfter(last) ? last : qEnd,
              qEnd,
              ctx.asOf()));
      q = q.plusMonths(3);
    }
    return quarters;
  }

  /** The view of the section, or false (no section) where the period spans two quarters or less. */
  static Object view(PackContext ctx, KpiDashboard dashboard) {
    List<Quarter> quarters = quarters(ctx);
    if (quarters.size() <= 2) {
      return false;
    }
    var repo = ctx.repo();
    List<Map<String, String>> rows = new ArrayList<>();
    for (Quarter q : quarters) {
      List<Incident> incidents =
          repo.incidents().stream().filter(i -> q.holds(i.opened().toLocalDate())).toList();
      List<Action> raised =
          repo.actions().stream().filter(a -> q.holds(repo.raisedOn(a).orElse(null))).toList();
      long completed = repo.actions().stream().filter(a -> q.holds(a.completedOn())).count();
      Map<String, String> row = new LinkedHashMap<>();
      row.put("quarter", q.longLabel());
      row.put(
          "incidents",
          incidents.size()
              + " ("
              + count(incidents, i -> "sev1".equals(i.severity()) || "sev2".equals(i.severity()))
              + " sev1/2, "
              + count(incidents, Incident::isCustomerVisible)
              + " customer-visible)");
      row.put(
          "findings",
          repo.findings().stream().filter(f -> q.holds(f.raised())).count()
              + " ("
              + repo.findings().stream()
                  .filter(f -> q.holds(f.raised()) && f.isNonconformity())
                  .count()
              + " NC)");
      row.put(
          "changes",
          repo.changes().stream().filter(c -> q.holds(c.date())).count()
              + " ("
              + repo.changes().stream()
                  .filter(c -> q.holds(c.date()) && "subprocessor".equals(c.kind()))
                  .count()
              + " subprocessor)");
      row.put("raised", String.valueOf(raised.size()));
      row.put("completed", String.valueOf(completed));
      row.put("onTime", onTime(ctx, q));
      rows.add(row);
    }
    QuarterKpis kpis = new QuarterKpis(ctx, dashboard, quarters);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("quarters", quarters.stream().map(Quarter::label).toList());
    view.put("kpis", kpis.kpiRows());
    view.put("objectives", kpis.objectiveRows());
    view.put("hasObjectives", !kpis.objectiveRows().isEmpty());
    Optional<Quarter> running = quarters.stream().filter(Quarter::running).findFirst();
    view.put(
        "runningText",
        running
            .map(q -> " " + q.name() + " ends " + q.end() + ": its figures run to " + q.to() + ".")
            .orElse(""));
    return view;
  }

  /**
   * "2 of 3 (67%)" completed on time among the actions whose due date first agreed fell in the
   * quarter, or "none fell due"; then those among them cancelled after they fell due, and the due
   * dates moved in the quarter, if any.
   */
  private static String onTime(PackContext ctx, Quarter q) {
    OnTimeShare share =
        OnTimeShare.of(ctx.repo().actions(), ctx.dues(), ctx.repo().reviews(), q.from(), q.to());
    String text =
        share
                .percent()
                .map(
                    p ->
                        share.onTime().size()
                            + " of "
                            + share.total()
                            + " ("
                            + Text.percent(p)
                            + ")")
                .orElse("none fell due")
            + (share.cancelledLate().isEmpty()
                ? ""
                : "; counted late, cancelled after falling due: "
                    + Text.ids(
                        share.cancelledLate().stream().map(OnTimeShare.Cancelled::id).toList()));
    List<String> moved = new ArrayList<>();
    for (Action a : ctx.repo().actions()) {
      for (DueDates.Move m : ctx.dues().moves(a.id(), a.due())) {
        // a move not committed yet is made on the day of the data
        if (q.holds(m.on() == null ? ctx.asOf() : m.on())) {
          moved.add(a.id());
        }
      }
    }
    if (moved.isEmpty()) {
      return text;
    }
    return text
        + "; "
        + Text.count(moved.size(), "due date", "due dates")
        + " moved ("
        + String.join(", ", moved.stream().distinct().sorted().toList())
        + ")";
  }

  private static <T> long count(List<T> items, Predicate<T> p) {
    return items.stream().filter(p).count();
  }
}
