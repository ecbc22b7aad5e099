package dev.isms.pack;

import dev.isms.kpi.Kpi;
import dev.isms.objective.Objective;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 9.3.2 d) 4): each information security objective with its status as recorded and the KPIs that
 * measure it (kpis/ naming it in {@code objective:}) met or missed as computed, so that an
 * objective reported on track while its KPIs miss stands out.
 */
final class ObjectiveSection {
  private static final Set<String> DONE = Set.of("achieved", "missed", "retired");

  record Row(
      String id,
      String title,
      String owner,
      String due,
      String status,
      boolean overdue,
      String overdueBy,
      String kpis,
      boolean conflict,
      String conflictText) {}

  private final PackContext ctx;
  private final KpiDashboard kpis;

  ObjectiveSection(PackContext ctx, KpiDashboard kpis) {
    this.ctx = ctx;
    this.kpis = kpis;
  }

  /**
   * What the KPIs measuring an objective say of it: the one rule the pack reads an objective by
   * from its KPIs. At risk when one of them missed its target, else not measured when one has no
   * value for the period judged, else on track when one met its target; otherwise nothing to judge
   * (the KPIs had nothing to measure, or no data).
   */
  enum Verdict {
    AT_RISK("at risk"),
    NOT_MEASURED("not measured"),
    ON_TRACK("on track"),
    NONE("");

    private final String text;

    Verdict(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }
  }

  static Verdict judge(Collection<KpiTrend.Status> statuses) {
    if (statuses.contains(KpiTrend.Status.MISSED)) {
      return Verdict.AT_RISK;
    }
    if (statuses.contains(KpiTrend.Status.NOT_MEASURED)) {
      return Verdict.NOT_MEASURED;
    }
    return statuses.contains(KpiTrend.Status.MET) ? Verdict.ON_TRACK : Verdict.NONE;
  }

  /** The objectives not retired, by id. */
  static List<Objective> active(PackContext ctx) {
    return ctx.repo().objectives().stream()
        .filter(o -> !"retired".equals(o.status()))
        .sorted(Comparator.comparing(Objective::id))
        .toList();
  }

  /** The ids of the KPIs that measure an objective (kpis/ naming it in {@code objective:}). */
  static List<String> kpiIds(PackContext ctx, Objective o) {
    return ctx.repo().kpis().stream()
        .filter(k -> o.id().equals(k.objective()))
        .map(Kpi::id)
        .sorted()
        .toList();
  }

  private List<Objective> active() {
    return active(ctx);
  }

  private boolean overdue(Objective o) {
    return o.due() != null && o.due().isBefore(ctx.asOf()) && !DONE.contains(o.status());
  }

  private List<KpiTrend> measures(Objective o) {
    return kpiIds(ctx, o).stream().flatMap(id -> kpis.trend(id).stream()).toList();
  }

  /** "a KPI missed" or "a KPI not measured", for an objective reported on track; else empty. */
  private String conflict(Objective o) {
    if (!"on-track".equals(o.status())) {
      return "";
    }
    return switch (judge(measures(o).stream().map(KpiTrend::status).toList())) {
      case AT_RISK -> "a KPI missed";
      case NOT_MEASURED -> "relies on a KPI not measured";
      default -> "";
    };
  }

  Map<String, Object> view() {
    List<Row> rows = new ArrayList<>();
    for (Objective o : active()) {
      List<String> linked =
          measures(o).stream().map(t -> t.kpi().id() + " " + KpiDashboard.status(t)).toList();
      boolean overdue = overdue(o);
      rows.add(
          new Row(
              o.id(),
              o.title(),
              Text.orNone(o.owner()),
              Text.date(o.due()),
              Text.orNone(o.status()),
              overdue,
              overdue ? Text.days(ChronoUnit.DAYS.between(o.due(), ctx.asOf())) : "",
              linked.isEmpty() ? "no KPI linked" : String.join(", ", linked),
              !conflict(o).isEmpty(),
              conflict(o)));
    }
    long retired = ctx.repo().objectives().size() - rows.size();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put(
        "retired",
        Text.count(retired, "retired objective is", "retired objectives are") + " not shown.");
    view.put("hasRetired", retired > 0);
    return view;
  }

  List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    for (Objective o : active()) {
      if ("off-track".equals(o.status()) || "at-risk".equals(o.status())) {
        decisions.add(
            new Decision(
                o.id()
                    + " ("
                    + o.title()
                    + ") is "
                    + o.status()
                    + ": decide how to bring it back on track, or change the objective.",
                "objectives"));
      } else if (overdue(o)) {
        decisions.add(
            new Decision(
                o.id()
                    + " ("
                    + o.title()
                    + ") was due "
                    + o.due()
                    + " and is not achieved: record the outcome or set a new date.",
                "objectives"));
      } else if (!conflict(o).isEmpty()) {
        decisions.add(
            new Decision(
                o.id()
                    + " ("
                    + o.title()
                    + ") is reported on track but "
                    + (conflict(o).startsWith("relies")
                        ? "a KPI measuring it was not measured for the last period"
                        : "a KPI measuring it missed its target")
                    + ": confirm its status.",
                "objectives"));
      }
    }
    nextObjectives().ifPresent(decisions::add);
    return decisions;
  }

  /**
   * A review that looks back over a year (its type {@code covers} a period, not since the last
   * review) is where the objectives for the next period are set (6.2): when every objective still
   * open falls due by the end of the review's year and none reaches beyond it, management is asked
   * to set them.
   */
  private Optional<Decision> nextObjectives() {
    if (ctx.coverage().sinceLastHeld()) {
      return Optional.empty();
    }
    LocalDate yearEnd = LocalDate.of(ctx.review().date().getYear(), 12, 31);
    List<Objective> open = active().stream().filter(o -> !DONE.contains(o.status())).toList();
    boolean beyond =
        ctx.repo().objectives().stream().anyMatch(o -> o.due() != null && o.due().isAfter(yearEnd));
    if (beyond) {
      return Optional.empty();
    }
    String ending =
        open.isEmpty()
            ? "No objective reaches beyond " + yearEnd
            : String.join(", ", open.stream().map(Objective::id).toList())
                + (open.size() == 1 ? " falls" : " fall")
                + " due by "
                + yearEnd
                + " and no objective reaches beyond it";
    return Optional.of(
        new Decision(
            ending
                + ": set the information security objectives for "
                + (yearEnd.getYear() + 1)
                + " (clause 6.2), with owners, due dates and the KPIs that measure them.",
            "objectives"));
  }
}
