package dev.isms.kpi;

import dev.isms.finding.Finding;
import dev.isms.incident.Incident;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the registers say a computed KPI was for a period that has ended, where they can say it: the
 * incident register for {@code sev1-mttr-hours} (the mean time to resolve of the Sev-1 incidents
 * resolved in the period, or none when there was none) and the findings register for {@code
 * nonconformities-aged-over-90-days} (the nonconformities open on the period's last day and raised
 * more than 90 days before it). A register is taken to be kept from the period of its first item
 * on: a period that ended before it cannot be recomputed. Other computations need the register as
 * it was at the time and are not recomputed here.
 */
public final class RegisterFigures {
  /** Days after which an open nonconformity counts as aged. */
  public static final int NC_AGE_LIMIT_DAYS = 90;

  /** A recomputed figure: the value (empty: none, nothing to measure) and what was counted. */
  public record Figure(Optional<Double> value, String basis) {}

  private final List<Incident> incidents;
  private final List<Finding> findings;

  public RegisterFigures(List<Incident> incidents, List<Finding> findings) {
    this.incidents = List.copyOf(incidents);
    this.findings = List.copyOf(findings);
  }

  /** The figure for a period that ended before {@code asOf}; empty where it cannot be redone. */
  public Optional<Figure> recompute(String computed, String period, LocalDate asOf) {
    LocalDate from = KpiPeriods.start(period);
    LocalDate until = KpiPeriods.endOf(period).minusDays(1);
    if (from.equals(LocalDate.MIN) || !until.isBefore(asOf)) {
      return Optional.empty();
    }
    return switch (computed == null ? "" : computed) {
      case "sev1-mttr-hours" ->
          covers(incidents.stream().map(i -> i.opened().toLocalDate()), until)
              ? Optional.of(sev1Mttr(from, until, period))
              : Optional.empty();
      case "nonconformities-aged-over-90-days" ->
          covers(findings.stream().map(Finding::raised), until)
                  && findings.stream()
                      .filter(Finding::isNonconformity)
                      .allMatch(f -> f.raised() != null && (f.isOpen() || f.closed() != null))
              ? Optional.of(agedNonconformities(until))
              : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** Whether the register's first item is on or before the period's last day. */
  private static boolean covers(java.util.stream.Stream<LocalDate> days, LocalDate until) {
    return days.filter(d -> d != null)
        .min(Comparator.naturalOrder())
        .map(first -> !first.isAfter(until))
        .orElse(false);
  }

  /** Sev-1 incidents resolved from {@code from} to {@code until}, both inclusive. */
  public List<Incident> sev1Resolved(LocalDate from, LocalDate until) {
    return incidents.stream()
        .filter(i -> "sev1".equals(i.severity()) && i.resolved() != null)
        .filter(
            i -> {
              LocalDate d = i.resolved().toLocalDate();
              return !d.isBefore(from) && !d.isAfter(until);
            })
        .sorted(Comparator.comparing(Incident::id))
        .toList();
  }

  /** Mean hours to resolve, to the minute. */
  public static double meanHours(List<Incident> resolved) {
    return resolved.stream()
            .map(i -> i.timeToResolve().orElse(Duration.ZERO))
            .mapToLong(Duration::toMinutes)
            .average()
            .orElse(0)
        / 60.0;
  }

  private Figure sev1Mttr(LocalDate from, LocalDate until, String period) {
    List<Incident> resolved = sev1Resolved(from, until);
    if (resolved.isEmpty()) {
      return new Figure(Optional.empty(), "no Sev-1 incident was resolved in " + period);
    }
    return new Figure(
        Optional.of(meanHours(resolved)),
        "the Sev-1 incidents resolved in "
            + period
            + ": "
            + String.join(", ", resolved.stream().map(Incident::id).toList()));
  }

  private Figure agedNonconformities(LocalDate day) {
    List<String> ids =
        findings.stream()
            .filter(Finding::isNonconformity)
            .filter(f -> !f.raised().isAfter(day))
            .filter(f -> f.isOpen() || f.closed().isAfter(day))
            .filter(f -> ChronoUnit.DAYS.between(f.raised(), day) > NC_AGE_LIMIT_DAYS)
            .map(Finding::id)
            .sorted()
            .toList();
    return new Figure(
        Optional.of((double) ids.size()),
        "nonconformities open on "
            + day
            + " and raised more than "
            + NC_AGE_LIMIT_DAYS
            + " days before"
            + (ids.isEmpty() ? "" : ": " + String.join(", ", ids)));
  }
}
