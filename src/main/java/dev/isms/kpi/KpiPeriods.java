package dev.isms.kpi;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KPI periods as the registers write them ({@code 2026}, {@code 2026-H2}, {@code 2026-Q3}, {@code
 * 2026-09}): their order in time, and the period a day falls in, in a KPI's own style.
 */
public final class KpiPeriods {
  public enum Style {
    YEAR,
    HALF,
    QUARTER,
    MONTH
  }

  private static final Pattern PERIOD =
      Pattern.compile("^(\\d{4})(?:-(?:(Q[1-4])|(H[12])|(\\d{2})))?$");

  /** Measurements in time order (the schema allows any order in the file). */
  public static final Comparator<Measurement> IN_TIME =
      Comparator.comparing((Measurement m) -> start(m.period())).thenComparing(Measurement::period);

  private KpiPeriods() {}

  /** The first day of a period; periods the schema would refuse sort first. */
  public static LocalDate start(String period) {
    Matcher m = PERIOD.matcher(period == null ? "" : period);
    if (!m.matches()) {
      return LocalDate.MIN;
    }
    int year = Integer.parseInt(m.group(1));
    if (m.group(2) != null) {
      return LocalDate.of(year, (m.group(2).charAt(1) - '1') * 3 + 1, 1);
    }
    if (m.group(3) != null) {
      return LocalDate.of(year, m.group(3).equals("H1") ? 1 : 7, 1);
    }
    if (m.group(4) != null) {
      return LocalDate.of(year, Integer.parseInt(m.group(4)), 1);
    }
    return LocalDate.of(year, 1, 1);
  }

  /** Whether the period begins after {@code day}: on that day it cannot have been measured. */
  public static boolean beginsAfter(String period, LocalDate day) {
    return start(period).isAfter(day);
  }

  /**
   * The KPI as it could be known on {@code day}: without measurements for periods that had not
   * begun (isms check reports them as kpi-future-period).
   */
  public static Kpi asOf(Kpi kpi, LocalDate day) {
    java.util.List<Measurement> known =
        kpi.measurements().stream().filter(m -> !beginsAfter(m.period(), day)).toList();
    return known.size() == kpi.measurements().size() ? kpi : kpi.withMeasurements(known);
  }

  public static Style styleOf(String period) {
    Matcher m = PERIOD.matcher(period == null ? "" : period);
    if (!m.matches()) {
      return Style.QUARTER;
    }
    if (m.group(2) != null) {
      return Style.QUARTER;
    }
    if (m.group(3) != null) {
      return Style.HALF;
    }
    return m.group(4) != null ? Style.MONTH : Style.YEAR;
  }

  /** The style of the KPI's latest measurement, else of its frequency, else quarters. */
  public static Style styleOf(Kpi kpi) {
    return kpi.measurements().stream()
        .max(IN_TIME)
        .map(m -> styleOf(m.period()))
        .orElseGet(
            () ->
                kpi.frequency() == null
                    ? Style.QUARTER
                    : switch (kpi.frequency()) {
                      case "monthly" -> Style.MONTH;
                      case "yearly" -> Style.YEAR;
                      default -> Style.QUARTER;
                    });
  }

  /** The first day of the period that holds {@code day}. */
  public static LocalDate startOf(LocalDate day, Style style) {
    return switch (style) {
      case YEAR -> day.withDayOfYear(1);
      case HALF -> LocalDate.of(day.getYear(), day.getMonthValue() <= 6 ? 1 : 7, 1);
      case QUARTER -> LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case MONTH -> day.withDayOfMonth(1);
    };
  }

  /** The name of the period that holds {@code day}: 2026-Q4, 2026-12, 2026-H2 or 2026. */
  public static String nameOf(LocalDate day, Style style) {
    return switch (style) {
      case YEAR -> String.valueOf(day.getYear());
      case HALF -> day.getYear() + (day.getMonthValue() <= 6 ? "-H1" : "-H2");
      case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
      case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
    };
  }

  /** The day after the period ends. */
  public static LocalDate endOf(String period) {
    LocalDate start = start(period);
    return switch (styleOf(period)) {
      case YEAR -> start.plusYears(1);
      case HALF -> start.plusMonths(6);
      case QUARTER -> start.plusMonths(3);
      case MONTH -> start.plusMonths(1);
    };
  }

  /**
   * The last period (in the KPI's style) that ended before {@code day}, when the KPI has
   * measurements but none for it or a later period; empty otherwise.
   */
  public static java.util.Optional<String> unmeasured(Kpi kpi, LocalDate day) {
    if (kpi.measurements().isEmpty()) {
      return java.util.Optional.empty();
    }
    Style style = styleOf(kpi);
    LocalDate lastCompleted = startOf(day, style).minusDays(1);
    String latest = kpi.measurements().stream().max(IN_TIME).orElseThrow().period();
    return start(latest).isBefore(startOf(lastCompleted, style))
        ? java.util.Optional.of(nameOf(lastCompleted, style))
        : java.util.Optional.empty();
  }
}
