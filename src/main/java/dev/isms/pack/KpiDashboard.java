package dev.isms.pack;

import dev.isms.kpi.Kpi;
import dev.isms.kpi.Measurement;
import dev.isms.kpi.Target;
import dev.isms.render.HtmlPage;
import dev.isms.render.MermaidChart;
import dev.isms.render.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * 9.3.2 d) 2): every KPI with its target, last four periods, sparkline, trend, current value and
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
      boolean missed) {}

  record Chart(String id, String name, String mermaid, String basis, boolean hasBasis) {}

  private final PackContext ctx;
  private final List<KpiTrend> trends;

  KpiDashboard(PackContext ctx) {
    this.ctx = ctx;
    ComputedKpis computer = new ComputedKpis(ctx);
    this.trends =
        ctx.repo().kpis().stream()
            .sorted(Comparator.comparing(Kpi::id))
            .map(k -> new KpiTrend(k, computer.compute(k), ctx.asOf()))
            .toList();
  }

  List<KpiTrend> trends() {
    return trends;
  }

  Optional<KpiTrend> trend(String kpiId) {
    return trends.stream().filter(t -> t.kpi().id().equals(kpiId)).findFirst();
  }

  /** "≥ 95%", "≤ 0 risks in each of the last 4 periods", "95% to 100%", "a downward trend". */
  static String target(Target t) {
    return switch (t.kind()) {
      case TREND -> ("up".equals(t.trend()) ? "an upward" : "a downward") + " trend";
      case RANGE -> {
        if (t.min() != null && t.max() != null) {
          yield Numbers.withUnit(t.min(), t.unit()) + " to " + Numbers.withUnit(t.max(), t.unit());
        }
        yield t.min() != null
            ? "≥ " + Numbers.withUnit(t.min(), t.unit())
            : "≤ " + Numbers.withUnit(t.max(), t.unit());
      }
      case BOUND -> {
        String sign =
            switch (t.op()) {
              case ">=" -> "≥";
              case "<=" -> "≤";
              default -> t.op();
            };
        String bound = sign + " " + Numbers.withUnit(t.value(), t.unit());
        int n = t.periodsToSustain();
        yield n > 1 ? bound + " in each of the last " + n + " periods" : bound;
      }
    };
  }

  /** "met", "missed", "not measured (2026-Q3)", "nothing to measure", "no data". */
  static String status(KpiTrend trend) {
    KpiTrend.Status s = trend.status();
    return s == KpiTrend.Status.NOT_MEASURED
        ? s.text() + " (" + trend.unmeasured().orElseThrow() + ")"
        : s.text();
  }

  /** A value in the KPI's unit, or "none" for a period with nothing to measure. */
  static String value(KpiTrend t, KpiTrend.Point p) {
    return p.isNone() ? Measurement.NONE : Numbers.withUnit(p.value(), t.kpi().target().unit());
  }

  String now(KpiTrend t) {
    Optional<KpiTrend.Point> current = t.current();
    if (current.isEmpty()) {
      return t.computed().isPresent()
          ? "n/a (" + t.computed().get().basis() + ")"
          : "no measurement";
    }
    KpiTrend.Point p = current.get();
    if (p.computed()) {
      return value(t, p) + " (computed as of " + p.label() + ")";
    }
    boolean notComputable = t.computed().isPresent() && t.computed().get().value().isEmpty();
    return value(t, p)
        + " ("
        + p.label()
        + (p.isNone() ? ": nothing to measure" : "")
        + (notComputable ? "; nothing to compute as of " + ctx.asOf() : "")
        + t.unmeasured().map(period -> "; " + period + " not recorded").orElse("")
        + ")";
  }

  Row row(KpiTrend t) {
    // each period in the KPI's one unit style, as the target, the current value and the chart
    String periods =
        t.shown().isEmpty()
            ? Text.NONE
            : t.shown().stream()
                .map(p -> p.label() + ": " + value(t, p))
                .collect(Collectors.joining(" · "));
    boolean flagged = t.met().map(m -> !m).orElse(t.status() == KpiTrend.Status.NOT_MEASURED);
    return new Row(
        t.kpi().id(),
        t.kpi().name(),
        target(t.kpi().target()),
        periods,
        Text.orNone(t.sparkline()),
        Text.orNone(t.trendText()),
        now(t),
        status(t),
        flagged);
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
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put("charts", charts);
    view.put("summary", summary());
    return view;
  }

  private long count(KpiTrend.Status status) {
    return trends.stream().filter(t -> t.status() == status).count();
  }

  private String summary() {
    StringBuilder s =
        new StringBuilder(Text.count(trends.size(), "KPI", "KPIs"))
            .append(": ")
            .append(count(KpiTrend.Status.MET))
            .append(" met, ")
            .append(count(KpiTrend.Status.MISSED))
            .append(" missed, ")
            .append(count(KpiTrend.Status.NOT_MEASURED))
            .append(" not measured");
    List<String> late =
        trends.stream()
            .filter(t -> t.status() == KpiTrend.Status.NOT_MEASURED)
            .map(t -> t.kpi().id() + ": no value for " + t.unmeasured().orElseThrow())
            .toList();
    if (!late.isEmpty()) {
      s.append(" (").append(String.join(", ", late)).append(')');
    }
    long nothing = count(KpiTrend.Status.NOTHING_TO_MEASURE);
    if (nothing > 0) {
      s.append(", ").append(nothing).append(" with nothing to measure in their latest period");
    }
    return s.append(", ")
        .append(count(KpiTrend.Status.NO_DATA))
        .append(" without data.")
        .toString();
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
      if (t.status() == KpiTrend.Status.NOT_MEASURED) {
        decisions.add(
            new Decision(
                t.kpi().id()
                    + " ("
                    + t.kpi().name()
                    + ") was not measured for "
                    + t.unmeasured().orElseThrow()
                    + " (latest: "
                    + t.shown().get(t.shown().size() - 1).label()
                    + "), so whether it meets its target is unknown: have it measured, or decide"
                    + " why it cannot be.",
                "kpis"));
        continue;
      }
      if (t.met().orElse(true)) {
        continue;
      }
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
                  + evidence(t)
                  + ")"
                  + worse
                  + ": decide on corrective action or a changed target.",
              "kpis"));
    }
    return decisions;
  }

  /** What a missed target was judged on: the current value, the values sustained, or the trend. */
  private static String evidence(KpiTrend t) {
    Target target = t.kpi().target();
    if (target.kind() == Target.Kind.TREND) {
      return t.trendText().isEmpty() ? "too few periods" : "trend " + t.trendText();
    }
    int n = target.periodsToSustain();
    if (n > 1) {
      // the periods the target is judged on: the last n values, as KpiTrend#status takes them
      List<KpiTrend.Point> points = t.points();
      return points.subList(Math.max(0, points.size() - n), points.size()).stream()
          .map(p -> value(t, p) + when(p))
          .collect(Collectors.joining(", "));
    }
    KpiTrend.Point p = t.current().orElseThrow();
    return value(t, p) + when(p);
  }

  private static String when(KpiTrend.Point p) {
    return p.computed() ? " computed as of " + p.label() : " in " + p.label();
  }
}
