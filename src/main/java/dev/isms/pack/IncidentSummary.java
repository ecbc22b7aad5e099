package dev.isms.pack;

import dev.isms.incident.Incident;
import dev.isms.incident.PeriodIncidents;
import dev.isms.kpi.KpiPeriods;
import dev.isms.render.Numbers;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Incidents of the period (opened in it, or still unresolved): counts and mean time to resolve by
 * severity, customer-visible events, personal data involved and breach notifications.
 */
final class IncidentSummary {
  private static final List<String> SEVERITIES = List.of("sev1", "sev2", "sev3", "sev4");

  record SeverityRow(
      String severity,
      long count,
      long resolved,
      String mttr,
      long customerVisible,
      long personalData) {}

  record QuarterRow(
      String quarter,
      long sev1,
      long sev2,
      long sev3,
      long sev4,
      long customerVisible,
      long breachNotifications) {}

  record Row(
      String id,
      String title,
      String severity,
      String opened,
      String resolved,
      String timeToResolve,
      String customerVisible,
      String personalData,
      String breachNotified) {}

  private final PackContext ctx;
  private final List<Incident> incidents;

  /** The incident that called this review, counted whenever it was opened; or null. */
  private final String trigger;

  IncidentSummary(PackContext ctx) {
    this.ctx = ctx;
    this.trigger = ctx.review().trigger();
    this.incidents = PeriodIncidents.of(ctx.repo().incidents(), ctx::inPeriod, ctx.asOf(), trigger);
  }

  /** The incidents of the period: opened in it, still unresolved, or the review's trigger. */
  List<Incident> incidents() {
    return incidents;
  }

  /**
   * Which incidents {@link #incidents()} holds, for a sentence: "since review 2026-Q3 (2026-09-15)
   * or still unresolved".
   */
  String scope() {
    return ctx.sinceText()
        + (trigger == null
            ? " or still unresolved"
            : ", still unresolved, or the trigger of this review (" + trigger + ")");
  }

  /** An incident as the incident table lists it. */
  static Row row(Incident i) {
    return new Row(
        i.id(),
        i.title(),
        i.severity(),
        i.opened().toLocalDate().toString(),
        i.resolved() == null ? "unresolved" : i.resolved().toLocalDate().toString(),
        i.timeToResolve().map(d -> Numbers.format(d.toMinutes() / 60.0) + " h").orElse(Text.NONE),
        i.isCustomerVisible() ? "yes" : "no",
        Boolean.TRUE.equals(i.personalData()) ? "yes" : "no",
        breachNotified(i));
  }

  /** The day a breach was notified, "not notified" where personal data was involved, else none. */
  private static String breachNotified(Incident i) {
    if (i.breachNotified() != null) {
      return i.breachNotified().toString();
    }
    return Boolean.TRUE.equals(i.personalData()) ? "not notified" : Text.NONE;
  }

  private static long count(List<Incident> incidents, String severity) {
    return incidents.stream().filter(i -> severity.equals(i.severity())).count();
  }

  static OptionalDouble mttrHours(List<Incident> incidents) {
    return incidents.stream()
        .filter(i -> i.resolved() != null)
        .mapToLong(i -> i.timeToResolve().orElse(Duration.ZERO).toMinutes())
        .average()
        .stream()
        .map(minutes -> minutes / 60.0)
        .findFirst();
  }

  Map<String, Object> view() {
    List<SeverityRow> bySeverity = new ArrayList<>();
    for (String sev : SEVERITIES) {
      List<Incident> of = incidents.stream().filter(i -> sev.equals(i.severity())).toList();
      OptionalDouble mttr = mttrHours(of);
      bySeverity.add(
          new SeverityRow(
              sev,
              of.size(),
              of.stream().filter(i -> i.resolved() != null).count(),
              mttr.isPresent() ? Numbers.format(mttr.getAsDouble()) + " h" : Text.NONE,
              of.stream().filter(Incident::isCustomerVisible).count(),
              of.stream().filter(i -> Boolean.TRUE.equals(i.personalData())).count()));
    }
    List<Row> rows = incidents.stream().map(IncidentSummary::row).toList();
    List<QuarterRow> quarters = new ArrayList<>();
    LocalDate start = KpiPeriods.startOf(ctx.asOf(), KpiPeriods.Style.QUARTER).minusMonths(9);
    for (int q = 0; q < 4; q++) {
      LocalDate from = start.plusMonths(3L * q);
      LocalDate to = from.plusMonths(3).minusDays(1);
      boolean current = !to.isBefore(ctx.asOf());
      LocalDate end = current ? ctx.asOf() : to;
      List<Incident> of =
          ctx.repo().incidents().stream()
              .filter(
                  i -> {
                    LocalDate d = i.opened().toLocalDate();
                    return !d.isBefore(from) && !d.isAfter(end);
                  })
              .toList();
      quarters.add(
          new QuarterRow(
              KpiPeriods.nameOf(from, KpiPeriods.Style.QUARTER) + (current ? " to date" : ""),
              count(of, "sev1"),
              count(of, "sev2"),
              count(of, "sev3"),
              count(of, "sev4"),
              of.stream().filter(Incident::isCustomerVisible).count(),
              of.stream().filter(i -> i.breachNotified() != null).count()));
    }
    long notified = incidents.stream().filter(i -> i.breachNotified() != null).count();
    long visible = incidents.stream().filter(Incident::isCustomerVisible).count();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("bySeverity", bySeverity);
    view.put("quarters", quarters);
    view.put("period", ctx.sinceText());
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put(
        "summary",
        Text.count(incidents.size(), "incident", "incidents")
            + " "
            + scope()
            + ": "
            + visible
            + " customer-visible, "
            + Text.count(notified, "breach notification", "breach notifications")
            + ".");
    return view;
  }
}
