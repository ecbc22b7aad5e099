package dev.isms.review;

import dev.isms.config.Holidays;
import dev.isms.config.Policy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Counting in business days: Monday to Friday, less the public holidays of isms.yaml ({@code
 * policy.holidays}: listed dates, and the holiday calendar of a country and region). The one place
 * isms counts business days (pre-read and pack dates, cadence dates moved off a day off, the
 * pack-late and review-invitation rules); the output always shows the dates it computed.
 */
public final class BusinessDays {
  /** Weekends only: for a repository that lists no holidays. */
  public static final BusinessDays WEEKDAYS = new BusinessDays(Set.of(), Optional.empty());

  private final Set<LocalDate> holidays;
  private final Optional<PublicHolidays> calendar;

  private BusinessDays(Set<LocalDate> holidays, Optional<PublicHolidays> calendar) {
    this.holidays = Set.copyOf(holidays);
    this.calendar = calendar;
  }

  /**
   * The business days of a repository's policy: weekends, its listed holidays and the public
   * holidays of its country and region are off. Refuses a country or region without a calendar.
   */
  public static BusinessDays of(Policy policy) {
    Holidays holidays = policy.holidays();
    if (holidays.isEmpty()) {
      return WEEKDAYS;
    }
    return new BusinessDays(
        Set.copyOf(holidays.dates()),
        holidays.country() == null ? Optional.empty() : Optional.of(PublicHolidays.of(holidays)));
  }

  public boolean isBusinessDay(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(day);
  }

  /** Whether the day is a public holiday (listed, or of the calendar): a weekday off. */
  public boolean isHoliday(LocalDate day) {
    return holidays.contains(day) || calendar.map(c -> c.contains(day)).orElse(false);
  }

  /** The day {@code n} business days after {@code day}; {@code n = 0} gives the day itself. */
  public LocalDate plus(LocalDate day, int n) {
    return step(day, n, 1);
  }

  /** The day {@code n} business days before {@code day}; {@code n = 0} gives the day itself. */
  public LocalDate minus(LocalDate day, int n) {
    return step(day, n, -1);
  }

  private LocalDate step(LocalDate day, int n, int direction) {
    LocalDate d = day;
    for (int left = n; left > 0; ) {
      d = d.plusDays(direction);
      if (isBusinessDay(d)) {
        left--;
      }
    }
    return d;
  }

  /** The day itself if it is a business day, else the last business day before it. */
  public LocalDate onOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** Business days from {@code from} (included) up to {@code to} (excluded); 0 if not before. */
  public int between(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
      if (isBusinessDay(d)) {
        days++;
      }
    }
    return days;
  }

  /** Why the day is no business day, as output prints it: "a Saturday", "a public holiday". */
  public String whyOff(LocalDate day) {
    if (holidays.contains(day)) {
      return "a public holiday (policy.holidays)";
    }
    if (calendar.isPresent() && calendar.get().contains(day)) {
      return "a public holiday, " + calendar.get().nameOf(day);
    }
    return "a " + weekday(day);
  }

  /** The English name of the day of the week, as agendas and output print it: Tuesday. */
  public static String weekday(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }
}
