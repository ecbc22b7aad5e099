package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.Policy;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.temporal.ChronoUnit;

/**
 * Minutes are evidence once management has approved them. A review held but not approved is a
 * warning while the policy's period runs (policy.approval_within_days, 30 by default), an error
 * after.
 */
public final class MinutesUnapprovedRule extends AbstractRule {
  public MinutesUnapprovedRule() {
    super(
        new RuleInfo(
            "minutes-unapproved",
            Severity.ERROR,
            "A review is held but its minutes are not approved (a warning within"
                + " policy.approval_within_days of the meeting, 30 by default; an error after)",
            "Have the minutes approved by top management or the chair and record it with `isms"
                + " review approve ID --by NAME`, which writes approved_by and approved_on and tags the"
                + " approved files.",
            Needs.CONFIG));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    int within = context.config().policy().approvalWithinDays();
    for (Review review : context.heldReviews()) {
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      if (!"held".equals(review.status())) {
        continue;
      }
      long days = ChronoUnit.DAYS.between(review.date(), context.asOf());
      String message =
          "the minutes of review "
              + review.id()
              + " (meeting "
              + review.date()
              + ", "
              + Texts.days(days)
              + " ago) are not approved; the policy allows "
              + Texts.days(within)
              + " ("
              + context.config().policy().cite(Policy.Key.APPROVAL_WITHIN_DAYS)
              + "): have top management or the chair approve them"
              + " and run `isms review approve "
              + review.id()
              + " --by NAME`";
      if (days > within) {
        findings.errorAt(file, "/status", message);
      } else {
        findings.warningAt(file, "/status", message);
      }
    }
  }
}
