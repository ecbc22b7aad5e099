package dev.isms.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Counting in business days, Monday to Friday. Public holidays differ by country and year and are
 * not in the repository, so they are not skipped; the output always shows the dates it computed.
 */
public final class BusinessDays {
  private BusinessDays() {}

  public static boolean isBusinessDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
  }

  /** The day {@code n} business days after {@code day}; {@code n = 0} gives the day itself. */
  public static LocalDate plus(LocalDate day, int n) {
    return step(day, n, 1);
  }

  /** The day {@code n} business days before {@code day}; {@code n = 0} gives the day itself. */
  public static LocalDate minus(LocalDate day, int n) {
    return step(day, n, -1);
  }

  private static LocalDate step(LocalDate day, int n, int direction) {
    LocalDate d = day;
    for (int left = n; left > 0; ) {
      d = d.plusDays(direction);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The English name of the day of the week, as agendas and output print it: Tuesday. */
  public static String weekday(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** The day itself if it is a business day, else the Friday before it. */
  public static LocalDate onOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }
}
