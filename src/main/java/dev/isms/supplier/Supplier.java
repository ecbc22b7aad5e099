package dev.isms.supplier;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * suppliers/&lt;ID&gt;.yaml: a supplier or subprocessor, what it does for the organisation, which
 * data it handles, and when its security was last reviewed (A.5.19-A.5.22).
 */
public record Supplier(
    String id,
    String name,
    List<String> services,
    List<String> dataCategories,
    LocalDate lastReviewed,
    Period reviewEvery,
    Boolean subprocessor,
    String owner,
    List<ReviewNote> reviewNotes) {

  /** Suppliers are reviewed yearly unless their file says otherwise. */
  public static final Period DEFAULT_REVIEW_EVERY = Period.ofYears(1);

  public Supplier {
    services = services == null ? List.of() : List.copyOf(services);
    dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
    reviewNotes = reviewNotes == null ? List.of() : List.copyOf(reviewNotes);
  }

  /** One entry of {@code review_notes}: what the review on a day looked at and found. */
  public record ReviewNote(LocalDate on, String note) {}

  public Period cadence() {
    return reviewEvery == null || reviewEvery.isZero() || reviewEvery.isNegative()
        ? DEFAULT_REVIEW_EVERY
        : reviewEvery;
  }

  /** This supplier as its file reads once a review on {@code day} is recorded. */
  public Supplier reviewedOn(LocalDate day) {
    return new Supplier(
        id, name, services, dataCategories, day, reviewEvery, subprocessor, owner, reviewNotes);
  }

  /**
   * The note of the latest review that has one (the last entry of the latest day), or empty when no
   * review left a note.
   */
  public Optional<ReviewNote> latestNote() {
    return reviewNotes.stream()
        .filter(n -> n != null && n.on() != null && n.note() != null && !n.note().isBlank())
        .reduce((a, b) -> b.on().isBefore(a.on()) ? a : b);
  }

  /** The day the next review is due, or empty when the supplier was never reviewed. */
  public Optional<LocalDate> nextReviewDue() {
    return Optional.ofNullable(lastReviewed).map(d -> d.plus(cadence()));
  }

  /** Whether the review is overdue on the day: never reviewed, or the cadence has run out. */
  public boolean isReviewOverdueOn(LocalDate day) {
    return nextReviewDue().map(d -> d.isBefore(day)).orElse(true);
  }
}
