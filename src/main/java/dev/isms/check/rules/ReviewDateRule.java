package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule;
import dev.isms.problem.Severity;
import dev.isms.review.Review;

/**
 * A review marked held or approved cannot have met after the day the check is made for. Such a
 * review is no evidence of a meeting, so every other rule leaves it out of the held reviews; this
 * rule says so, rather than let the contradiction pass unseen.
 */
public final class ReviewDateRule implements Rule {
  @Override
  public String id() {
    return "review-date";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "A review is marked held or approved but dated after the day of the check";
  }

  @Override
  public String help() {
    return "Correct the date in reviews/<ID>/review.yaml, or set status: planned until the meeting"
        + " has taken place; until then no rule counts the review as held.";
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    for (Review review : context.repository().reviews()) {
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      if (!review.wasHeld() || review.date() == null || !review.date().isAfter(context.asOf())) {
        continue;
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
    }
  }
}
