package dev.isms.check;

import java.time.LocalDate;

/** What `isms check` was asked to do, free of picocli. */
public record CheckOptions(LocalDate asOf) {}
