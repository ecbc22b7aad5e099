package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.ObligationCatalog;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * PCI DSS v4.0 12.4.2 (service providers): the reviews are performed by personnel other than those
 * responsible for the task. The model: the tasks a review reviews are the actions open during its
 * period (raised by the meeting, not finished before the previous held review); its reviewer is who
 * signs its results off ({@code approved_by}, else the chair while it awaits approval). A reviewer
 * who owns one of those actions reviewed their own task.
 */
public final class PciIndependentReviewerRule extends AbstractRule {
  public PciIndependentReviewerRule() {
    super(
        new RuleInfo(
            "pci-independent-reviewer",
            Severity.ERROR,
            "With obligations: [pci-dss-4], a review was signed off (approved_by, else chaired) by"
                + " the owner of an action it reviewed (PCI DSS 12.4.2)",
            "Have the review's results signed off by someone who owns none of the actions it"
                + " reviews (another member of top management), or hand the action to another"
                + " owner; `isms review approve ID --by NAME` records who signed off.",
            Needs.CONFIG));
  }

  @Override
  public Optional<String> obligation() {
    return Optional.of(ObligationCatalog.PCI_DSS_4);
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    LocalDate previous = null;
    for (Review review : context.heldReviews()) {
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      boolean signed = !Texts.isBlank(review.approvedBy());
      String reviewer = signed ? review.approvedBy().strip() : review.chair();
      if (!Texts.isBlank(reviewer)) {
        List<String> own = ownActions(context, reviewer, review.date(), previous);
        if (!own.isEmpty()) {
          findings.errorAt(
              file,
              signed ? "/approved_by" : "/chair",
              "review "
                  + review.id()
                  + (signed ? " was signed off by " : " is chaired (and awaits sign-off) by ")
                  + reviewer
                  + ", who owns "
                  + String.join(", ", own)
                  + ", which it reviewed: PCI DSS 12.4.2 asks for reviews by personnel other than"
                  + " those responsible for the task; have someone who owns none of them sign the"
                  + " results off, or hand the action to another owner");
        }
      }
      previous = review.date();
    }
  }

  /** The actions open during the review's period that the reviewer owns. */
  private static List<String> ownActions(
      CheckContext context, String reviewer, LocalDate held, LocalDate previous) {
    List<String> roles = context.config().rolesOf(reviewer);
    return context.repository().actions().stream()
        .filter(a -> a.raised() == null || !a.raised().isAfter(held))
        .filter(
            a -> a.completedOn() == null || previous == null || a.completedOn().isAfter(previous))
        .filter(a -> !"cancelled".equals(a.status()))
        .filter(a -> owns(a, reviewer, roles))
        .map(Action::id)
        .toList();
  }

  private static boolean owns(Action a, String reviewer, List<String> roles) {
    String owner = a.owner() == null ? "" : a.owner().strip();
    return owner.equalsIgnoreCase(reviewer) || roles.stream().anyMatch(owner::equalsIgnoreCase);
  }
}
