package dev.isms.check;

import java.time.LocalDate;
import java.util.List;

/**
 * What `isms check` was asked to do, free of picocli: the day to check for, the rules to run
 * ({@code only} empty means all) or leave out, and whether warnings fail the check.
 */
public record CheckOptions(LocalDate asOf, List<String> only, List<String> skip, boolean strict) {
  public CheckOptions {
    only = only == null ? List.of() : List.copyOf(only);
    skip = skip == null ? List.of() : List.copyOf(skip);
  }

  public CheckOptions(LocalDate asOf) {
    this(asOf, List.of(), List.of(), false);
  }
}
