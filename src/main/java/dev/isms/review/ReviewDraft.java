package dev.isms.review;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.action.InputActions;
import dev.isms.duedate.DueDates;
import dev.isms.framework.ClauseSet;
import dev.isms.review.model.Cadence;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Everything the three scaffolded files are made from, worked out once: the plan, the people, the
 * period the review covers and what it is compared with ({@link Coverage}, as the pack has them),
 * the meeting length and the pre-read date; {@code today} is the date the register's statuses are
 * read as of.
 */
record ReviewDraft(
    IsmsRepository repo,
    ReviewPlan plan,
    Participants participants,
    Coverage coverage,
    int duration,
    LocalDate preRead,
    LocalDate today,
    DueDates dues,
    DueDates treatmentDates) {

  /** The length a review type without {@code duration} gets. */
  static final int DEFAULT_DURATION = 60;

  static ReviewDraft of(
      IsmsRepository repo,
      ReviewPlan plan,
      LocalDate today,
      DueDates dues,
      DueDates treatmentDates) {
    int lead = repo.config().policy().packLeadBusinessDays();
    return new ReviewDraft(
        repo,
        plan,
        Participants.of(repo.config(), plan.reviewType()),
        Coverage.of(repo, plan.id(), plan.type(), plan.date()),
        plan.reviewType().durationMinutes(DEFAULT_DURATION),
        BusinessDays.of(repo.config().policy()).minus(plan.date(), lead),
        today,
        dues,
        treatmentDates);
  }

  /** The held review compared with: the previous one, or the baseline of the period covered. */
  Optional<Review> previous() {
    return coverage.baseline();
  }

  ClauseSet framework() {
    return repo.framework();
  }

  boolean isBeforeAudit() {
    return plan.reviewType().isBeforeAudit();
  }

  /**
   * The end of "the coming period" for risk treatment: the day of the next review after this one,
   * so no treatment falls due unseen between two reviews.
   */
  LocalDate comingPeriodEnd() {
    return nextReview().date();
  }

  /**
   * The next review after this one: the earliest of the reviews planned after it and of each
   * cadence type's next due day after it (counted from this review for its own type and those it
   * counts as, from the last held one that counts for the type for the others: {@link Cadence});
   * three months on when no type has a cadence.
   *
   * @param text what the day is, e.g. "the day the next quarterly review is due (P3M after
   *     2026-Q3)"
   */
  record NextReview(LocalDate date, String text) {}

  NextReview nextReview() {
    List<NextReview> candidates = new ArrayList<>();
    BusinessDays days = ReviewScheduler.days(repo);
    repo.reviews().stream()
        .filter(r -> !r.wasHeld() && !r.id().equals(plan.id()) && r.date().isAfter(plan.date()))
        .forEach(
            r ->
                candidates.add(
                    new NextReview(r.date(), "the day review " + r.id() + " is planned for")));
    repo.config()
        .reviewTypes()
        .forEach(
            (name, type) -> {
              if (type.every() == null) {
                return;
              }
              // this review restarts the cadence of its own type and of those it counts as
              boolean own = Cadence.counts(repo.config(), plan.type(), name);
              Optional<Review> last = own ? Optional.empty() : ReviewScheduler.lastHeld(repo, name);
              if (!own && last.isEmpty()) {
                return;
              }
              LocalDate anchor = own ? plan.date() : last.get().date();
              LocalDate due =
                  ReviewScheduler.cadenceDay(
                      days,
                      anchor,
                      type.every(),
                      ReviewScheduler.firstCadenceAfter(days, anchor, type.every(), plan.date()));
              candidates.add(
                  new NextReview(
                      due,
                      "the day the next "
                          + name
                          + " review is due ("
                          + (own
                              ? type.every() + " after this one"
                              : "every " + type.every() + " from " + last.get().id())
                          + ")"));
            });
    return candidates.stream()
        .min(Comparator.comparing(NextReview::date))
        .orElse(
            new NextReview(
                plan.date().plusMonths(3),
                "three months on, as no review type in isms.yaml has a cadence"));
  }

  /**
   * The actions 9.3.2 a) lists, in the groups the pack shows them ({@link InputActions}), with
   * statuses as of {@code today}.
   */
  InputActions inputActions() {
    return InputActions.of(
        repo.actions(),
        earlier(),
        coverage.comparedOn(),
        today,
        a -> carryOver(a).awaitsDecision());
  }

  /** Whether an action was carried over through the held reviews before this one. */
  CarryOver carryOver(Action a) {
    return CarryOver.of(a, repo.raisedOn(a), earlier(), repo.config(), dues);
  }

  /** The reviews before this one. */
  private List<Review> earlier() {
    return repo.reviews().stream()
        .filter(r -> !r.id().equals(plan.id()) && !r.date().isAfter(plan.date()))
        .toList();
  }

  /** Open risks whose treatment is due by the end of the coming period (9.3.2 f), by due date. */
  List<Risk> risksDue() {
    LocalDate until = comingPeriodEnd();
    return repo.risks().stream()
        .filter(r -> r.isOpen() && r.treatmentDue() != null && !r.treatmentDue().isAfter(until))
        .sorted(Comparator.comparing(Risk::treatmentDue).thenComparing(Risk::id))
        .toList();
  }
}
