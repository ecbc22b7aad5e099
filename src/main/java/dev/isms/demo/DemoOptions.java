package dev.isms.demo;

import java.nio.file.Path;
import java.time.LocalDate;

/** Where to build the demo repository and which day to treat as today. */
public record DemoOptions(Path target, LocalDate asOf) {}
