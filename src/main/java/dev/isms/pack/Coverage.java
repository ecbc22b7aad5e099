package dev.isms.pack;

import dev.isms.IsmsException;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The period a pack looks back over, as the review type's {@code covers} says: {@code
 * since-last-held} (the default: since the last held review of the same type, else of any type),
 * {@code year} (the calendar year of the review date) or an ISO period before the review date
 * ({@code P12M}). {@code since} is the day before the period starts; {@code baseline} the held
 * review the register deltas compare with.
 */
record Coverage(String covers, Optional<LocalDate> since, Optional<Review> baseline, String text) {
  static final String SINCE_LAST_HELD = "since-last-held";
  static final String YEAR = "year";

  static Coverage of(IsmsRepository repo, Review review) {
    String covers =
        repo.config()
            .reviewType(review.type())
            .map(t -> t.covers())
            .filter(c -> c != null && !c.isBlank())
            .orElse(SINCE_LAST_HELD);
    if (covers.equals(SINCE_LAST_HELD)) {
      boolean cadence =
          repo.config().reviewType(review.type()).map(t -> t.every() != null).orElse(false);
      Optional<Review> previous =
          (cadence
                  ? ReviewSelector.previousHeld(repo, review, review.type())
                  : Optional.<Review>empty())
              .or(() -> ReviewSelector.previousHeld(repo, review));
      return new Coverage(
          covers,
          previous.map(Review::date),
          previous,
          previous
              .map(p -> "since review " + p.id() + " (" + p.date() + ")")
              .orElse("since records began (no earlier held review)"));
    }
    LocalDate since;
    String text;
    if (covers.equals(YEAR)) {
      int year = review.date().getYear();
      since = LocalDate.of(year - 1, 12, 31);
      text = "in " + year + " (the year the review covers)";
    } else {
      Period period = parse(covers, review);
      since = review.date().minus(period);
      text = "in the " + covers + " before the review (the period it covers)";
    }
    Optional<Review> baseline =
        repo.reviews().stream()
            .filter(Review::wasHeld)
            .filter(r -> !r.id().equals(review.id()) && !r.date().isAfter(since))
            .max(IsmsRepository.BY_DATE);
    return new Coverage(covers, Optional.of(since), baseline, text);
  }

  private static Period parse(String covers, Review review) {
    try {
      Period p = Period.parse(covers);
      if (!p.isNegative() && !p.isZero()) {
        return p;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw IsmsException.input(
        "isms.yaml: review_types."
            + review.type()
            + ".covers is `"
            + covers
            + "`; use since-last-held, year, or an ISO period such as P12M");
  }
}
