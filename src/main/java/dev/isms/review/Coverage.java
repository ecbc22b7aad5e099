package dev.isms.review;

import dev.isms.IsmsException;
import dev.isms.review.model.Cadence;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The period a review covers and what it is compared with, as the review type's {@code covers}
 * says; the agenda, the invitation and the pack all take it from here.
 *
 * <ul>
 *   <li>{@code since-last-held} (the default): since the last held review that counts for the type
 *       ({@link Cadence}: of the same type, or of a type whose {@code counts_as} names it, so a
 *       quarterly review after the annual one compares with the annual) for a type with a cadence
 *       ({@code every}), else (ad-hoc, pre-audit, or no such review held yet) since the last held
 *       review of any type;
 *   <li>{@code year}: the calendar year of the review date;
 *   <li>an ISO period ({@code P12M}): that span before the review date.
 * </ul>
 *
 * {@code since} is the day before the period starts (empty for a first review); {@code baseline}
 * the held review the period is compared with: the previous one, or for {@code year} and a period
 * the last held at or before the period's start. Input 9.3.2 a) (actions open at, and finished
 * since) and the risk register's delta compare with the baseline review as of its date, or, when no
 * review was held before the period, with the end of the day before it starts ({@link
 * #comparedOn()}).
 *
 * @param covers the type's {@code covers}, {@code since-last-held} when it gives none
 * @param since the day before the period starts
 * @param baseline the held review compared with
 * @param text the period, for a sentence: "since review 2026-Q3 (2026-09-15)", "in 2026 (the year
 *     the review covers)"
 */
public record Coverage(
    String covers, Optional<LocalDate> since, Optional<Review> baseline, String text) {
  public static final String SINCE_LAST_HELD = "since-last-held";
  public static final String YEAR = "year";

  /** The coverage of an existing review. */
  public static Coverage of(IsmsRepository repo, Review review) {
    return of(repo, review.id(), review.type(), review.date());
  }

  /** The coverage of a review of the type, with the id and date given (one being planned). */
  public static Coverage of(IsmsRepository repo, String id, String type, LocalDate date) {
    String covers =
        repo.config()
            .reviewType(type)
            .map(t -> t.covers())
            .filter(c -> c != null && !c.isBlank())
            .orElse(SINCE_LAST_HELD);
    if (covers.equals(SINCE_LAST_HELD)) {
      boolean cadence = repo.config().reviewType(type).map(t -> t.every() != null).orElse(false);
      List<Review> before = before(repo, id, date);
      Optional<Review> previous =
          (cadence ? Cadence.lastHeld(repo.config(), before, type) : Optional.<Review>empty())
              .or(() -> before.stream().filter(Review::wasHeld).max(Review.BY_DATE));
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
      int year = date.getYear();
      since = LocalDate.of(year - 1, 12, 31);
      text = "in " + year + " (the year the review covers)";
    } else {
      since = date.minus(parse(covers, type));
      text = "in the " + covers + " before the review (the period it covers)";
    }
    Optional<Review> baseline =
        repo.reviews().stream()
            .filter(Review::wasHeld)
            .filter(r -> !r.id().equals(id) && !r.date().isAfter(since))
            .max(IsmsRepository.BY_DATE);
    return new Coverage(covers, Optional.of(since), baseline, text);
  }

  /** Whether a day lies in the period covered, as far as it has run by {@code upTo}. */
  public boolean contains(LocalDate day, LocalDate upTo) {
    if (day == null || day.isAfter(upTo)) {
      return false;
    }
    return since.map(day::isAfter).orElse(true);
  }

  /** Whether the period runs since the previous held review (the default). */
  public boolean sinceLastHeld() {
    return SINCE_LAST_HELD.equals(covers);
  }

  /**
   * The day compared with: the baseline review's date, else (no review held before the period) the
   * day before the period starts; empty for a first review.
   */
  public Optional<LocalDate> comparedOn() {
    return baseline.map(Review::date).or(() -> sinceLastHeld() ? Optional.empty() : since);
  }

  /**
   * What is compared with, for a sentence ("open at ...", "finished since ..."): "review 2026-Q3
   * (2026-09-15)", "review 2025-annual (2025-12-02), the last held before 2026", "the start of 2026
   * (no review was held before it)"; empty for a first review.
   */
  public Optional<String> comparedWith() {
    if (sinceLastHeld()) {
      return baseline.map(Coverage::name);
    }
    LocalDate start = since.get().plusDays(1);
    String before =
        YEAR.equals(covers) ? String.valueOf(start.getYear()) : "the period began on " + start;
    String startText =
        YEAR.equals(covers)
            ? "the start of " + start.getYear()
            : "the start of the period, " + start;
    return Optional.of(
        baseline
            .map(b -> name(b) + ", the last held before " + before)
            .orElse(startText + " (no review was held before it)"));
  }

  /** "review 2026-Q3 (2026-09-15)". */
  private static String name(Review review) {
    return "review " + review.id() + " (" + review.date() + ")";
  }

  /** The reviews before this one (an earlier day, or the same day and an earlier id). */
  private static List<Review> before(IsmsRepository repo, String id, LocalDate date) {
    return repo.reviews().stream()
        .filter(r -> !r.id().equals(id))
        .filter(r -> r.date().isBefore(date) || (r.date().equals(date) && r.id().compareTo(id) < 0))
        .toList();
  }

  private static Period parse(String covers, String type) {
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
            + type
            + ".covers is `"
            + covers
            + "`; use since-last-held, year, or an ISO period such as P12M");
  }
}
