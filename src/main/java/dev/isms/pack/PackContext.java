package dev.isms.pack;

import dev.isms.action.DueDates;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What every section of a pack is computed against: the repository, the review it briefs, the
 * previous held review (the start of the period the pack covers), the day it is computed for and
 * the due dates the actions' history records.
 */
public record PackContext(
    IsmsRepository repo, Review review, Optional<Review> previous, LocalDate asOf, DueDates dues) {

  /** The day of the previous held review; the period covered starts the day after. */
  public Optional<LocalDate> since() {
    return previous.map(Review::date);
  }

  /** Whether a day lies in the period covered: after the previous review, up to the pack date. */
  public boolean inPeriod(LocalDate day) {
    if (day == null || day.isAfter(asOf)) {
      return false;
    }
    return since().map(day::isAfter).orElse(true);
  }

  /** "since review 2026-Q3 (2026-09-15)" or, for a first review, "since records began". */
  public String sinceText() {
    return previous
        .map(p -> "since review " + p.id() + " (" + p.date() + ")")
        .orElse("since records began (no earlier held review)");
  }
}
