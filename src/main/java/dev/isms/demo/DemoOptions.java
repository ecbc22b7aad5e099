package dev.isms.demo;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where to build the demo repository, which day to treat as today, and whether to go on through the
 * meeting ({@code cycle}: hold, minutes, approval).
 */
public record DemoOptions(Path target, LocalDate asOf, boolean cycle) {
  public DemoOptions(Path target, LocalDate asOf) {
    this(target, asOf, false);
  }
}
