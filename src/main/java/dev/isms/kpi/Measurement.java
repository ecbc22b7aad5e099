package dev.isms.kpi;

/** One KPI value for a period such as {@code 2026-Q3}, {@code 2026-09} or {@code 2026}. */
public record Measurement(String period, double value, String note) {}
