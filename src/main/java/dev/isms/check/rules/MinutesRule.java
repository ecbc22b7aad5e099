package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.RuleInfo;
import dev.isms.framework.ClauseSet;
import dev.isms.review.model.Review;
import java.util.Optional;

/** A rule on what the minutes of each held review record, against the review's clause set. */
abstract class MinutesRule extends AbstractRule {
  MinutesRule(RuleInfo info) {
    super(info);
  }

  @Override
  public final void check(CheckContext context, Findings findings) {
    for (Review review : context.heldReviews()) {
      Optional<ClauseSet> set = context.frameworkOf(review);
      if (set.isPresent()) { // else the loader reported the unknown framework
        check(context, review, set.get(), findings);
      }
    }
  }

  abstract void check(CheckContext context, Review review, ClauseSet set, Findings findings);
}
