package dev.isms.demo;

import dev.isms.check.CheckReport;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The demo repository built, its replayed history, and what was generated and found in it. */
public record DemoResult(
    Path root,
    int commits,
    LocalDate firstCommit,
    LocalDate lastCommit,
    List<String> generated,
    CheckReport check,
    LocalDate checkedOn) {}
