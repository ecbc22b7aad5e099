package dev.isms.pack;

import dev.isms.finding.Finding;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.kpi.RegisterFigures;
import dev.isms.risk.Risk;
import dev.isms.risk.RiskLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The KPIs the registers determine ({@code computed:} in kpis/), worked out as of the pack date
 * rather than typed in. Counts are taken on the day; rates cover the KPI's current period (its
 * quarter, month... as its measurements are named) up to the day. The basis says exactly what was
 * counted, so an auditor can redo the sum.
 */
final class ComputedKpis {
  /** A computed value (empty when there is nothing to compute it from) and how it was obtained. */
  record Value(Optional<Double> value, String basis) {}

  private final PackContext ctx;

  ComputedKpis(PackContext ctx) {
    this.ctx = ctx;
  }

  Optional<Value> compute(Kpi kpi) {
    if (kpi.computed() == null) {
      return Optional.empty();
    }
    LocalDate day = ctx.asOf();
    KpiPeriods.Style style = KpiPeriods.styleOf(kpi);
    LocalDate from = KpiPeriods.startOf(day, style);
    String window = KpiPeriods.nameOf(day, style) + " to date (" + from + " to " + day + ")";
    return Optional.of(
        switch (kpi.computed()) {
          case "open-critical-risks" -> openCriticalRisks(day);
          case "nonconformities-aged-over-90-days" -> agedNonconformities();
          case "sev1-mttr-hours" -> sev1Mttr(from, day, window);
          case "actions-completed-on-time" -> onTime(from, day);
          default ->
              new Value(
                  Optional.empty(), "isms does not know how to compute `" + kpi.computed() + "`");
        });
  }

  private Value openCriticalRisks(LocalDate day) {
    List<String> ids =
        ctx.repo().risks().stream()
            .filter(r -> r.isOpen() && r.level() == RiskLevel.CRITICAL)
            .map(Risk::id)
            .toList();
    return new Value(
        Optional.of((double) ids.size()),
        "risks with status open and score 20 or more on " + day + ": " + Text.ids(ids));
  }

  private Value agedNonconformities() {
    NonconformitySection ncs = new NonconformitySection(ctx);
    List<String> ids = ncs.aged().stream().map(Finding::id).toList();
    return new Value(
        Optional.of((double) ids.size()),
        "open nonconformities raised more than "
            + NonconformitySection.AGE_LIMIT_DAYS
            + " days before "
            + ctx.asOf()
            + ": "
            + Text.ids(ids));
  }

  private Value sev1Mttr(LocalDate from, LocalDate day, String window) {
    List<Incident> resolved =
        new RegisterFigures(ctx.repo().incidents(), ctx.repo().findings()).sev1Resolved(from, day);
    if (resolved.isEmpty()) {
      return new Value(Optional.empty(), "no Sev-1 incident resolved in " + window);
    }
    return new Value(
        Optional.of(RegisterFigures.meanHours(resolved)),
        "mean time to resolve of the "
            + Text.count(resolved.size(), "Sev-1 incident", "Sev-1 incidents")
            + " resolved in "
            + window
            + ": "
            + Text.ids(resolved.stream().map(Incident::id).toList()));
  }

  private Value onTime(LocalDate from, LocalDate day) {
    OnTimeShare share =
        OnTimeShare.of(ctx.repo().actions(), ctx.dues(), ctx.repo().reviews(), from, day);
    String basis =
        share.text()
            + (share.late().isEmpty() ? "" : "; not completed on time: " + Text.ids(share.late()));
    return new Value(share.percent(), basis);
  }
}
