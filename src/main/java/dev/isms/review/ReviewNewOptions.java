package dev.isms.review;

import java.time.LocalDate;

/**
 * What `isms review new` was asked for, free of picocli. {@code type}, {@code date}, {@code id} and
 * {@code trigger} are null when not given; {@code today} is the clock's date or --as-of.
 */
public record ReviewNewOptions(
    String type, LocalDate date, String id, String trigger, boolean commit, LocalDate today) {}
