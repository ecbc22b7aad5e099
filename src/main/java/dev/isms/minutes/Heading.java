package dev.isms.minutes;

/** One heading of the minutes: its level (1 for {@code #}), plain text and 1-based line. */
public record Heading(int level, String text, int line) {}
