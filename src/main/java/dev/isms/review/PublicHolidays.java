package dev.isms.review;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.isms.IsmsException;
import dev.isms.config.Holidays;
import dev.isms.problem.Suggestions;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The public holidays of a country and region, from the holiday calendars of jollyday (a maintained
 * library of some 200 countries' holidays and their regions), one year at a time as they are asked
 * for. Observances and bank holidays are working days; public holidays are not.
 */
final class PublicHolidays {
  private final Holidays policy;
  private final HolidayManager manager;
  private final String[] path;
  private final Map<Integer, Map<LocalDate, String>> years = new HashMap<>();

  private PublicHolidays(Holidays policy, HolidayManager manager, String[] path) {
    this.policy = policy;
    this.manager = manager;
    this.path = path;
  }

  /** The calendar of {@code policy}'s country and region; refuses one isms does not know. */
  static PublicHolidays of(Holidays policy) {
    List<String> countries =
        new TreeSet<>(HolidayManager.getSupportedCalendarCodes())
            .stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    if (!countries.contains(policy.country())) {
      throw IsmsException.input(
          "isms.yaml: policy.holidays: country `"
              + policy.country()
              + "` has no holiday calendar; use an ISO 3166 code such as de, fr, gb or us."
              + Suggestions.didYouMean(policy.country(), countries)
              + " Or list the dates: holidays: [2026-12-24, 2026-12-25]");
    }
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(policy.country()));
    String[] path = policy.region() == null ? new String[0] : policy.region().split("/");
    CalendarHierarchy level = manager.getCalendarHierarchy();
    for (String step : path) {
      Map<String, CalendarHierarchy> children = level.getChildren();
      if (!children.containsKey(step)) {
        throw IsmsException.input(
            "isms.yaml: policy.holidays: region `"
                + policy.region()
                + "` is not a region of "
                + policy.country()
                + "'s holiday calendar; use one of: "
                + String.join(", ", new TreeSet<>(children.keySet()))
                + ", or leave region out for the national holidays."
                + Suggestions.didYouMean(step, children.keySet()));
      }
      level = children.get(step);
    }
    return new PublicHolidays(policy, manager, path);
  }

  boolean contains(LocalDate day) {
    return yearOf(day).containsKey(day);
  }

  /** "Whit Monday (de-by)": why the day is off, as output prints it. */
  String nameOf(LocalDate day) {
    return yearOf(day).get(day) + " (" + policy.calendarName() + ")";
  }

  private Map<LocalDate, String> yearOf(LocalDate day) {
    return years.computeIfAbsent(
        day.getYear(),
        year -> {
          Map<LocalDate, String> days = new HashMap<>();
          for (Holiday holiday :
              manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, path)) {
            days.put(holiday.getActualDate(), holiday.getDescription(Locale.ENGLISH));
          }
          return days;
        });
  }
}
