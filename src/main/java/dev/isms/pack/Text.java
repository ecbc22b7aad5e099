package dev.isms.pack;

import java.time.LocalDate;
import java.util.Collection;

/** Small wording helpers, so that every section says things the same way. */
final class Text {
  /** What an empty table cell shows. */
  static final String NONE = "—";

  private Text() {}

  static String days(long n) {
    return n == 1 ? "1 day" : n + " days";
  }

  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  static String date(LocalDate day) {
    return day == null ? NONE : day.toString();
  }

  static String orNone(String value) {
    return value == null || value.isBlank() ? NONE : value;
  }

  static String ids(Collection<String> ids) {
    return ids.isEmpty() ? NONE : String.join(", ", ids);
  }

  /**
   * A share in whole percent: the counts it comes from are printed beside it, so decimals would
   * claim a precision they do not have. Only all is 100% and only none is 0%.
   */
  static String percent(double value) {
    long whole = Math.round(value);
    if (whole == 100 && value < 100) {
      whole = 99;
    } else if (whole == 0 && value > 0) {
      whole = 1;
    }
    return whole + "%";
  }
}
