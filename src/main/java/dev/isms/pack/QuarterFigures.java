package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.Measurement;
import dev.isms.render.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The period a pack covers, quarter by quarter, where it spans more than two quarters (an annual
 * review): incidents, findings, changes (and subprocessor changes), actions raised and completed
 * (and on time), and each KPI's value for the quarter.
 */
final class QuarterFigures {
  private QuarterFigures() {}

  /** A calendar quarter, cut to the period covered. */
  record Quarter(String label, LocalDate from, LocalDate to, boolean partial) {
    boolean holds(LocalDate day) {
      return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
  }

  static List<Quarter> quarters(PackContext ctx) {
    List<Quarter> quarters = new ArrayList<>();
    Optional<LocalDate> since = ctx.since();
    if (since.isEmpty()) {
      return quarters;
    }
    LocalDate start = since.get().plusDays(1);
    LocalDate end = ctx.asOf().isBefore(ctx.review().date()) ? ctx.asOf() : ctx.review().date();
    LocalDate q = LocalDate.of(start.getYear(), (start.getMonthValue() - 1) / 3 * 3 + 1, 1);
    while (!q.isAfter(end)) {
      LocalDate qEnd = q.plusMonths(3).minusDays(1);
      quarters.add(
          new Quarter(
              q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1),
              q.isBefore(start) ? start : q,
              qEnd.isAfter(end) ? end : qEnd,
              q.isBefore(start) || qEnd.isAfter(end)));
      q = q.plusMonths(3);
    }
    return quarters;
  }

  /** The view of the section, or false (no section) where the period spans two quarters or less. */
  static Object view(PackContext ctx) {
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
      List<Action> completed =
          repo.actions().stream().filter(a -> q.holds(a.completedOn())).toList();
      long onTime =
          completed.stream()
              .filter(a -> a.due() == null || !a.completedOn().isAfter(a.due()))
              .count();
      Map<String, String> row = new LinkedHashMap<>();
      row.put("quarter", q.label() + (q.partial() ? " (" + q.from() + " to " + q.to() + ")" : ""));
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
      row.put(
          "completed", completed.size() + (completed.isEmpty() ? "" : " (" + onTime + " on time)"));
      rows.add(row);
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("quarters", quarters.stream().map(Quarter::label).toList());
    view.put("kpiHeader", "| KPI | " + String.join(" | ", labels(quarters)) + " |");
    view.put("kpiRule", "|---|" + "---|".repeat(quarters.size()));
    view.put("kpis", kpiRows(repo.kpis(), quarters));
    return view;
  }

  private static List<String> labels(List<Quarter> quarters) {
    return quarters.stream().map(Quarter::label).toList();
  }

  private static List<Map<String, String>> kpiRows(List<Kpi> kpis, List<Quarter> quarters) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Kpi kpi : kpis) {
      StringBuilder line = new StringBuilder("| " + kpi.id() + " |");
      boolean any = false;
      for (Quarter q : quarters) {
        Optional<Measurement> m =
            kpi.measurements().stream().filter(x -> q.label().equals(x.period())).findFirst();
        any |= m.isPresent();
        line.append(' ')
            .append(
                m.map(x -> x.isNone() ? Measurement.NONE : Numbers.format(x.value())).orElse("–"))
            .append(" |");
      }
      if (any) {
        rows.add(Map.of("line", line.toString()));
      }
    }
    return rows;
  }

  private static <T> long count(List<T> items, Predicate<T> p) {
    return items.stream().filter(p).count();
  }
}
