package dev.isms.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Parses ISO dates strictly, so that 2026-02-30 is refused instead of rolled over. */
final class LocalDateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    if (!value.matches("\\d{4}-\\d{2}-\\d{2}")) {
      // LocalDate.parse would take +10000-01-07, a date no YAML file of ours can hold
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-23");
    }
    if (date.getYear() < 1900) {
      // as the files: a date in the year 0000 would make every due date millennia away
      throw new CommandLine.TypeConversionException(
          "'"
              + value
              + "' is in the year "
              + value.substring(0, 4)
              + ", which no ISMS record has; isms reads dates from 1900 on, e.g. 2026-11-23");
    }
    return date;
  }
}
