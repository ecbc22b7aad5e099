package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.validation.FileKind;

/**
 * A review marked held or approved cannot have met after the day the check is made for. Such a
 * review is no evidence of a meeting, so every other rule leaves it out of the held reviews; this
 * rule says so, rather than let the contradiction pass unseen.
 */
public final class ReviewDateRule extends AbstractRule {
  public ReviewDateRule() {
    super(
        new RuleInfo(
            "review-date",
            Severity.ERROR,
            "A review is marked held or approved but dated after the day of the check",
            "Correct the date in reviews/<ID>/review.yaml, or set status: planned until the meeting"
                + " has taken place; until then no rule counts the review as held.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    eachItem(
        context.repository().reviews(),
        FileKind.REVIEW,
        Review::id,
        findings,
        (review, file) -> {
          if (!review.wasHeld()
              || review.date() == null
              || !review.date().isAfter(context.asOf())) {
            return;
          }
          findings.errorAt(
              file,
              "/date",
              "review "
                  + review.id()
                  + " is marked "
                  + review.status()
                  + " but dated "
                  + review.date()
                  + ", after "
                  + context.asOf()
                  + ": correct the date, or set status: planned until the meeting has taken place");
        });
  }
}
