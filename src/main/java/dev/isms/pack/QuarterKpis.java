package dev.isms.pack;

import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.kpi.Measurement;
import dev.isms.objective.Objective;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Each KPI and each objective quarter by quarter, for the annual view ({@link QuarterFigures}).
 * Nothing here judges on its own: a KPI's quarter is the {@link KpiTrend} of the KPI as it stood at
 * the end of that quarter (its measurements up to it, judged on the day after), so bounds, ranges,
 * sustained bounds and trend targets are met or missed exactly as the KPI dashboard judges them; a
 * quarter still running shows the value recorded for it, else the value the dashboard computes as
 * of the pack date. The trend across the period is the dashboard's trend rule over the quarters of
 * the period, and an objective's quarter is {@link ObjectiveSection#judge} over its KPIs' quarters.
 */
final class QuarterKpis {
  /**
   * What a quarter shows when no value is due in it: the quarter is still running, or no period of
   * a half-yearly or yearly KPI ends in it (and none before it is missing). A completed quarter
   * with a value missing shows {@link KpiTrend.Status#NOT_MEASURED} instead, so that "–" never
   * hides a gap.
   */
  static final String NOT_DUE = "–";

  /**
   * One KPI in one quarter: the value in the KPI's unit (empty where a value was due and none was
   * recorded), and whether it met its target ({@code status} empty where it is not judged: no value
   * due, or nothing to measure); {@code flagged} (in bold) when missed or not measured.
   */
  record Cell(String value, String status, boolean judged, boolean flagged) {
    /** Whether a space separates the value from the status. */
    public boolean spaced() {
      return judged && !value.isEmpty();
    }

    boolean hasValue() {
      return !value.isEmpty() && !value.equals(NOT_DUE);
    }
  }

  record KpiRow(String id, String target, List<Cell> cells, String trend) {}

  record ObjectiveCell(String text, boolean atRisk) {}

  record ObjectiveRow(String id, String title, List<ObjectiveCell> cells) {}

  /**
   * A KPI's quarter: what it shows, and its status for the objectives (empty: nothing recorded yet
   * in a quarter still running).
   */
  private record Judged(Cell cell, Optional<KpiTrend.Status> status) {}

  private final PackContext ctx;
  private final KpiDashboard dashboard;
  private final List<QuarterFigures.Quarter> quarters;
  private final Map<String, List<Judged>> byKpi = new LinkedHashMap<>();

  QuarterKpis(PackContext ctx, KpiDashboard dashboard, List<QuarterFigures.Quarter> quarters) {
    this.ctx = ctx;
    this.dashboard = dashboard;
    this.quarters = quarters;
    ctx.repo().kpis().stream()
        .sorted(Comparator.comparing(Kpi::id))
        .forEach(k -> byKpi.put(k.id(), quarters.stream().map(q -> judge(k, q)).toList()));
  }

  /** The KPI with the measurements of the periods that ended by {@code day} (exclusive). */
  private static Kpi endingBy(Kpi kpi, LocalDate day) {
    return kpi.withMeasurements(
        kpi.measurements().stream()
            .filter(m -> !KpiPeriods.endOf(m.period()).isAfter(day))
            .toList());
  }

  private Judged judge(Kpi kpi, QuarterFigures.Quarter q) {
    LocalDate after = q.end().plusDays(1);
    KpiTrend atEnd = new KpiTrend(endingBy(kpi, after), Optional.empty(), after);
    Optional<KpiTrend.Point> current = atEnd.current();
    // the value of a period that ends in the quarter: its own, its last month's, or a half-year's
    // or year's ending with it (a yearly value shows once, in the quarter its year ends)
    boolean inQuarter =
        current.isPresent()
            && KpiPeriods.endOf(current.get().label()).isAfter(KpiPeriods.start(q.name()));
    if (inQuarter) {
      // a monthly, half-yearly or yearly KPI shows the period its value is for
      String label = current.get().label();
      String note = label.equals(q.name()) ? "" : " (" + label + ")";
      return new Judged(cell(atEnd, current.get(), note), Optional.of(atEnd.status()));
    }
    if (q.running()) {
      Optional<KpiTrend> now = dashboard.trend(kpi.id());
      Optional<KpiTrend.Point> computed =
          now.flatMap(KpiTrend::current).filter(KpiTrend.Point::computed);
      if (computed.isPresent()) {
        return new Judged(
            cell(now.get(), computed.get(), " (computed as of " + computed.get().label() + ")"),
            Optional.of(now.get().status()));
      }
      return new Judged(new Cell(NOT_DUE, "", false, false), Optional.empty());
    }
    KpiTrend.Status notMeasured = KpiTrend.Status.NOT_MEASURED;
    // a KPI never measured at all stays "no data", as in the dashboard (its row is left out)
    boolean measuredEver = !kpi.measurements().isEmpty();
    if (atEnd.status() == notMeasured || (measuredEver && aPeriodEndsIn(kpi, q))) {
      // the quarter ended without a value for its period, or with an earlier one (a half-year, a
      // year) still missing: not measured, never met on older data
      String period =
          atEnd.unmeasured().filter(p -> !p.equals(q.name())).map(p -> " (" + p + ")").orElse("");
      return new Judged(
          new Cell("", notMeasured.text() + period, true, true), Optional.of(notMeasured));
    }
    // no value was due: the quarter stands as the KPI's status stood, on its last period
    return new Judged(new Cell(NOT_DUE, "", false, false), Optional.of(atEnd.status()));
  }

  /**
   * Whether a period in the KPI's style ends with the quarter (a half-year, a year: not always).
   */
  private static boolean aPeriodEndsIn(Kpi kpi, QuarterFigures.Quarter q) {
    LocalDate next = q.end().plusDays(1);
    return KpiPeriods.startOf(next, KpiPeriods.styleOf(kpi)).equals(next);
  }

  private static Cell cell(KpiTrend t, KpiTrend.Point p, String note) {
    if (p.isNone()) {
      return new Cell(Measurement.NONE + note, "", false, false);
    }
    Optional<Boolean> met = t.met();
    if (met.isEmpty() && t.status() == KpiTrend.Status.NOT_MEASURED) {
      // a value for an earlier month of the quarter, none for its last: flagged as the dashboard
      return new Cell(KpiDashboard.value(t, p) + note, KpiDashboard.status(t), true, true);
    }
    return new Cell(
        KpiDashboard.value(t, p) + note,
        met.map(m -> m ? "met" : "missed").orElse(""),
        met.isPresent(),
        met.map(m -> !m).orElse(false));
  }

  /** The trend word across the period: the dashboard's rule over the quarters of the period. */
  private String trend(Kpi kpi) {
    LocalDate first = KpiPeriods.start(quarters.get(0).name());
    LocalDate after = quarters.get(quarters.size() - 1).end().plusDays(1);
    Kpi upToEnd = endingBy(kpi, after);
    Kpi inPeriod =
        upToEnd.withMeasurements(
            upToEnd.measurements().stream()
                .filter(m -> !KpiPeriods.start(m.period()).isBefore(first))
                .toList());
    // said in words: a dash would read like the "–" of a quarter with no value due
    String trend = new KpiTrend(inPeriod, Optional.empty(), ctx.asOf()).trendText();
    return trend.isEmpty() ? "fewer than two values" : trend;
  }

  /**
   * A row per KPI with a measurement, or a value in one of the quarters: a KPI never measured and
   * never computed stands in the dashboard as "no data".
   */
  List<KpiRow> kpiRows() {
    List<KpiRow> rows = new ArrayList<>();
    for (Kpi kpi : ctx.repo().kpis().stream().sorted(Comparator.comparing(Kpi::id)).toList()) {
      List<Cell> cells = byKpi.get(kpi.id()).stream().map(Judged::cell).toList();
      if (kpi.measurements().isEmpty() && cells.stream().noneMatch(Cell::hasValue)) {
        continue;
      }
      rows.add(new KpiRow(kpi.id(), KpiDashboard.target(kpi.target()), cells, trend(kpi)));
    }
    return rows;
  }

  /** A row per objective not retired: each quarter judged from its KPIs' quarters. */
  List<ObjectiveRow> objectiveRows() {
    List<ObjectiveRow> rows = new ArrayList<>();
    for (Objective o : ObjectiveSection.active(ctx)) {
      List<String> ids = ObjectiveSection.kpiIds(ctx, o);
      List<ObjectiveCell> cells = new ArrayList<>();
      for (int i = 0; i < quarters.size(); i++) {
        cells.add(finishedBefore(o, quarters.get(i)) ? finished(o) : objectiveCell(ids, i));
      }
      rows.add(new ObjectiveRow(o.id(), o.title(), cells));
    }
    return rows;
  }

  /**
   * An objective recorded as achieved or missed is not judged in a quarter that starts after its
   * due date: it was settled by then, and its KPIs no longer speak for it.
   */
  private static boolean finishedBefore(Objective o, QuarterFigures.Quarter q) {
    return ("achieved".equals(o.status()) || "missed".equals(o.status()))
        && o.due() != null
        && o.due().isBefore(q.from());
  }

  private static ObjectiveCell finished(Objective o) {
    return new ObjectiveCell(o.status() + " (due " + o.due() + "; not judged after it)", false);
  }

  private ObjectiveCell objectiveCell(List<String> ids, int quarter) {
    if (ids.isEmpty()) {
      return new ObjectiveCell("no KPI linked", false);
    }
    Map<String, Optional<KpiTrend.Status>> statuses = new LinkedHashMap<>();
    ids.forEach(id -> statuses.put(id, byKpi.get(id).get(quarter).status()));
    List<KpiTrend.Status> known =
        statuses.values().stream().flatMap(Optional::stream).collect(Collectors.toList());
    ObjectiveSection.Verdict verdict = ObjectiveSection.judge(known);
    String unmeasured = with(statuses, KpiTrend.Status.NOT_MEASURED);
    long nothing = count(known, KpiTrend.Status.NOTHING_TO_MEASURE);
    String text =
        switch (verdict) {
          // a KPI not measured beside one missed is named too, as the objectives table names it
          case AT_RISK ->
              verdict.text()
                  + ": "
                  + with(statuses, KpiTrend.Status.MISSED)
                  + " missed"
                  + (unmeasured.isEmpty() ? "" : "; not measured: " + unmeasured);
          case NOT_MEASURED -> verdict.text() + ": " + unmeasured;
          case ON_TRACK ->
              verdict.text()
                  + ": "
                  + count(known, KpiTrend.Status.MET)
                  + " met"
                  + (nothing > 0 ? ", " + nothing + " with nothing to measure" : "");
          case NONE -> nothing > 0 ? "nothing to measure" : "";
        };
    // in a quarter still running, every verdict names the KPIs with no value for it yet
    List<String> pending =
        statuses.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();
    if (!pending.isEmpty()) {
      text += (text.isEmpty() ? "" : "; ") + "not measured yet: " + String.join(", ", pending);
    }
    return new ObjectiveCell(
        text.isEmpty() ? "no data" : text, verdict == ObjectiveSection.Verdict.AT_RISK);
  }

  private static long count(List<KpiTrend.Status> statuses, KpiTrend.Status status) {
    return statuses.stream().filter(s -> s == status).count();
  }

  private static String with(Map<String, Optional<KpiTrend.Status>> statuses, KpiTrend.Status s) {
    return statuses.entrySet().stream()
        .filter(e -> e.getValue().equals(Optional.of(s)))
        .map(Map.Entry::getKey)
        .collect(Collectors.joining(", "));
  }
}
