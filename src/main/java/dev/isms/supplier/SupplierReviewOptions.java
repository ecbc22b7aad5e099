package dev.isms.supplier;

import java.time.LocalDate;

/**
 * What {@code isms supplier reviewed} was given; the day defaults to today, the note may be null.
 */
public record SupplierReviewOptions(
    String id, LocalDate on, String note, boolean commit, LocalDate today) {}
