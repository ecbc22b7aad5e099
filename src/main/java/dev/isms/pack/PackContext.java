package dev.isms.pack;

import dev.isms.duedate.DueDates;
import dev.isms.review.Coverage;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What every section of a pack is computed against: the repository, the review it briefs, the
 * period it covers and the held review it is compared with (the review type's {@code covers}, as
 * the agenda has them: {@link Coverage}), the day it is computed for, and the actions' due dates
 * and the risks' treatment dates as the history records them.
 */
public record PackContext(
    IsmsRepository repo,
    Review review,
    LocalDate asOf,
    DueDates dues,
    DueDates treatmentDates,
    Coverage coverage) {

  PackContext(
      IsmsRepository repo, Review review, LocalDate asOf, DueDates dues, DueDates treatmentDates) {
    this(repo, review, asOf, dues, treatmentDates, Coverage.of(repo, review));
  }

  /**
   * The held review compared with: the previous one, or for a review covering a year or a period
   * the last held at or before its start.
   */
  public Optional<Review> previous() {
    return coverage.baseline();
  }

  /** The day before the period covered starts. */
  public Optional<LocalDate> since() {
    return coverage.since();
  }

  /** Whether a day lies in the period covered: after {@link #since()}, up to the pack date. */
  public boolean inPeriod(LocalDate day) {
    return coverage.contains(day, asOf);
  }

  /** "since review 2026-Q3 (2026-09-15)", "in 2026 (...)" or "since records began". */
  public String sinceText() {
    return coverage.text();
  }

  /**
   * What a shallow clone leaves unsure about the actions' due dates and the risks' treatment dates
   * first agreed (nothing in a full clone).
   */
  public List<String> shallowNotes() {
    return Stream.concat(
            dues.shallowNote(repo.actions().stream().map(a -> a.id()).toList()).stream(),
            treatmentDates.shallowNote(repo.risks().stream().map(r -> r.id()).toList()).stream())
        .toList();
  }
}
