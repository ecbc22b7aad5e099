package dev.isms.pack;

import dev.isms.action.DueDates;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every section of a pack is computed against: the repository, the review it briefs, the
 * previous held review (what actions and the risk delta are compared with, as in the agenda), the
 * period it covers (the review type's {@code covers}), the day it is computed for and the due dates
 * the actions' history records.
 */
public record PackContext(
    IsmsRepository repo,
    Review review,
    Optional<Review> previous,
    LocalDate asOf,
    DueDates dues,
    Coverage coverage) {

  PackContext(IsmsRepository repo, Review review, LocalDate asOf, DueDates dues) {
    this(repo, review, Coverage.of(repo, review), asOf, dues);
  }

  private PackContext(
      IsmsRepository repo, Review review, Coverage coverage, LocalDate asOf, DueDates dues) {
    this(repo, review, ReviewSelector.previousHeld(repo, review), asOf, dues, coverage);
  }

  /** The day before the period covered starts. */
  public Optional<LocalDate> since() {
    return coverage.since();
  }

  /** Whether a day lies in the period covered: after {@link #since()}, up to the pack date. */
  public boolean inPeriod(LocalDate day) {
    if (day == null || day.isAfter(asOf)) {
      return false;
    }
    return since().map(day::isAfter).orElse(true);
  }

  /** "since review 2026-Q3 (2026-09-15)", "in 2026 (...)" or "since records began". */
  public String sinceText() {
    return coverage.text();
  }
}
