package dev.isms.pack;

import dev.isms.kpi.Kpi;
import dev.isms.kpi.Target;
import dev.isms.render.HtmlPage;
import dev.isms.render.MermaidChart;
import dev.isms.render.Numbers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 9.3.2 d.2): every KPI with its target, last four periods, sparkline, trend, current value and
 * whether it meets the target; a chart per KPI. Computed KPIs show the value as of the pack date
 * beside their recorded history.
 */
final class KpiDashboard {
  record Row(
      String id,
      String name,
      String target,
      String periods,
      String sparkline,
      String trend,
      String now,
      String status,
      boolean missed,
      boolean computed) {}

  record Chart(String id, String name, String mermaid, String basis, boolean hasBasis) {}

  private final PackContext ctx;
  private final List<KpiTrend> trends;

  KpiDashboard(PackContext ctx) {
    this.ctx = ctx;
    ComputedKpis computer = new ComputedKpis(ctx);
    this.trends =
        ctx.repo().kpis().stream()
            .sorted(Comparator.comparing(Kpi::id))
            .map(k -> new KpiTrend(k, computer.compute(k), ctx.asOf().toString()))
            .toList();
  }

  List<KpiTrend> trends() {
    return trends;
  }

  Optional<KpiTrend> trend(String kpiId) {
    return trends.stream().filter(t -> t.kpi().id().equals(kpiId)).findFirst();
  }

  static String target(Target t) {
    String op =
        switch (t.op()) {
          case ">=" -> "≥";
          case "<=" -> "≤";
          default -> t.op();
        };
    return op + " " + Numbers.withUnit(t.value(), t.unit());
  }

  static String status(KpiTrend trend) {
    return trend.met().map(m -> m ? "met" : "missed").orElse("no data");
  }

  String now(KpiTrend t) {
    Optional<KpiTrend.Point> current = t.current();
    if (current.isEmpty()) {
      return t.computed().isPresent()
          ? "n/a (" + t.computed().get().basis() + ")"
          : "no measurement";
    }
    KpiTrend.Point p = current.get();
    String value = Numbers.withUnit(p.value(), t.kpi().target().unit());
    if (p.computed()) {
      return value + " (computed " + p.label() + ")";
    }
    boolean notComputable = t.computed().isPresent() && t.computed().get().value().isEmpty();
    return value
        + " ("
        + p.label()
        + (notComputable ? "; nothing to compute as of " + ctx.asOf() : "")
        + missing(t).map(period -> "; " + period + " not recorded").orElse("")
        + ")";
  }

  /**
   * The last completed period (in the KPI's own style), when the KPI has measurements but none for
   * it: a gap in the trend that someone should fill before the meeting.
   */
  Optional<String> missing(KpiTrend t) {
    if (t.recorded().isEmpty()) {
      return Optional.empty();
    }
    KpiPeriods.Style style = KpiPeriods.styleOf(t.kpi());
    LocalDate lastCompleted = KpiPeriods.startOf(ctx.asOf(), style).minusDays(1);
    String period = KpiPeriods.nameOf(lastCompleted, style);
    String latest = t.recorded().get(t.recorded().size() - 1).label();
    return KpiPeriods.start(latest).isBefore(KpiPeriods.startOf(lastCompleted, style))
        ? Optional.of(period)
        : Optional.empty();
  }

  Row row(KpiTrend t) {
    // the unit stands in the target and the current value; the history stays short without it
    String periods =
        t.recorded().isEmpty()
            ? Text.NONE
            : t.recorded().stream()
                .map(p -> p.label() + ": " + Numbers.format(p.value()))
                .collect(Collectors.joining(" · "));
    boolean missed = t.met().map(m -> !m).orElse(false);
    return new Row(
        t.kpi().id(),
        t.kpi().name(),
        target(t.kpi().target()),
        periods,
        Text.orNone(t.sparkline()),
        Text.orNone(t.trendText()),
        now(t),
        status(t),
        missed,
        t.kpi().computed() != null);
  }

  Map<String, Object> view() {
    List<Row> rows = trends.stream().map(this::row).toList();
    List<Chart> charts = new ArrayList<>();
    for (KpiTrend t : trends) {
      if (t.points().isEmpty()) {
        continue;
      }
      String basis =
          t.computed().map(v -> "Computed as of " + ctx.asOf() + ": " + v.basis() + ".").orElse("");
      charts.add(
          new Chart(
              t.kpi().id(),
              t.kpi().name(),
              MermaidChart.block(t.chart()).strip(),
              basis,
              !basis.isEmpty()));
    }
    long missed = rows.stream().filter(Row::missed).count();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put("charts", charts);
    view.put(
        "summary",
        Text.count(rows.size(), "KPI", "KPIs")
            + ": "
            + rows.stream().filter(r -> r.status().equals("met")).count()
            + " met, "
            + missed
            + " missed, "
            + rows.stream().filter(r -> r.status().equals("no data")).count()
            + " without data"
            + lagging()
            + ".");
    return view;
  }

  private String lagging() {
    List<String> late =
        trends.stream()
            .filter(t -> missing(t).isPresent())
            .map(t -> t.kpi().id() + " (" + missing(t).get() + ")")
            .toList();
    return late.isEmpty() ? "" : "; not measured for the last period: " + String.join(", ", late);
  }

  /** The charts of the HTML page, keyed by the Mermaid block body the Markdown holds. */
  Map<String, HtmlPage.Chart> htmlCharts() {
    Map<String, HtmlPage.Chart> charts = new LinkedHashMap<>();
    for (KpiTrend t : trends) {
      if (!t.points().isEmpty()) {
        charts.put(MermaidChart.body(t.chart()), new HtmlPage.Chart(t.chart(), t.metPerPoint()));
      }
    }
    return charts;
  }

  /** Training completion: the KPIs whose id or name says training. */
  Map<String, Object> trainingView() {
    List<Row> rows = trends.stream().filter(KpiTrend::isTraining).map(this::row).toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    return view;
  }

  List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    for (KpiTrend t : trends) {
      if (t.met().orElse(true)) {
        continue;
      }
      KpiTrend.Point p = t.current().get();
      String worse =
          t.improving().map(i -> i ? ", though improving" : " and is worsening").orElse("");
      decisions.add(
          new Decision(
              t.kpi().id()
                  + " ("
                  + t.kpi().name()
                  + ") missed its target ("
                  + target(t.kpi().target())
                  + ": "
                  + Numbers.withUnit(p.value(), t.kpi().target().unit())
                  + (p.computed() ? " computed as of " + p.label() : " in " + p.label())
                  + ")"
                  + worse
                  + ": decide on corrective action or a changed target.",
              "kpis"));
    }
    return decisions;
  }
}
