package dev.isms.demo;

import java.time.LocalDate;
import java.util.Map;

/** One day of the example's history: the files that changed that day, in their state then. */
public record TimelineCommit(LocalDate date, String message, Map<String, byte[]> files) {}
