package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.review.Approvers;
import dev.isms.review.model.Review;
import java.util.Locale;
import java.util.Set;

/**
 * An approved review names who approved the minutes and when: a person of top management or the
 * chair, on or after the meeting and not after the day of the check.
 */
public final class ApprovalFieldsRule extends AbstractRule {
  public ApprovalFieldsRule() {
    super(
        new RuleInfo(
            "approval-fields",
            Severity.ERROR,
            "An approved review lacks approved_by (a person of top management or the chair) or"
                + " approved_on (on or after the meeting)",
            "Record the approval with `isms review approve ID --by NAME`, or set approved_by to the"
                + " top manager or chair who approved the minutes and approved_on to the day they did, on"
                + " or after the meeting.",
            Needs.CONFIG));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    for (Review review : context.heldReviews()) {
      if (!"approved".equals(review.status())) {
        continue;
      }
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      Set<String> approvers = Approvers.of(context.config(), review);
      if (Texts.isBlank(review.approvedBy())) {
        findings.errorAt(
            file,
            "/status",
            "review "
                + review.id()
                + " is approved but does not say by whom: set approved_by to one of "
                + String.join(", ", approvers)
                + " (or run `isms review approve "
                + review.id()
                + " --by NAME`)");
      } else if (!approvers.stream()
          .map(a -> a.toLowerCase(Locale.ROOT))
          .toList()
          .contains(review.approvedBy().strip().toLowerCase(Locale.ROOT))) {
        findings.errorAt(
            file,
            "/approved_by",
            "review "
                + review.id()
                + " was approved by "
                + review.approvedBy()
                + ", who is neither the chair nor of top management (isms.yaml top_management);"
                + " the minutes need the approval of one of "
                + String.join(", ", approvers));
      }
      if (review.approvedOn() == null) {
        findings.errorAt(
            file,
            "/status",
            "review "
                + review.id()
                + " is approved but does not say when: set approved_on to the day the minutes"
                + " were approved (on or after the meeting, "
                + review.date()
                + ")");
      } else if (review.approvedOn().isBefore(review.date())) {
        findings.errorAt(
            file,
            "/approved_on",
            "review "
                + review.id()
                + " was approved on "
                + review.approvedOn()
                + ", before its meeting on "
                + review.date()
                + ": minutes can only be approved after the meeting; correct approved_on");
      } else if (review.approvedOn().isAfter(context.asOf())) {
        findings.errorAt(
            file,
            "/approved_on",
            "review "
                + review.id()
                + " is dated approved on "
                + review.approvedOn()
                + ", after "
                + context.asOf()
                + ": record the approval when it has happened");
      }
    }
  }
}
