package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.ObligationCatalog;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * PCI DSS v4.0 12.4.2.1 (service providers): the results of each review are documented and signed
 * off. A held review whose sign-off ({@code approved_by} and {@code approved_on}) is still missing
 * once the policy's approval period has passed (policy.approval_within_days, 30 by default).
 */
public final class PciSignedOffRule extends AbstractRule {
  public PciSignedOffRule() {
    super(
        new RuleInfo(
            "pci-signed-off",
            Severity.ERROR,
            "With obligations: [pci-dss-4], a held review's results are not signed off"
                + " (approved_by, approved_on) after policy.approval_within_days (PCI DSS"
                + " 12.4.2.1)",
            "Have the person responsible for the PCI DSS compliance programme sign the results"
                + " off: `isms review approve ID --by NAME` writes approved_by and approved_on.",
            Needs.CONFIG));
  }

  @Override
  public Optional<String> obligation() {
    return Optional.of(ObligationCatalog.PCI_DSS_4);
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    int within = context.config().policy().approvalWithinDays();
    for (Review review : context.heldReviews()) {
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      long days = ChronoUnit.DAYS.between(review.date(), context.asOf());
      boolean by = !Texts.isBlank(review.approvedBy());
      boolean on = review.approvedOn() != null;
      if ((by && on) || days <= within) {
        continue;
      }
      String missing = by ? "approved_on" : on ? "approved_by" : "approved_by and approved_on";
      findings.errorAt(
          file,
          by ? "/approved_by" : "/status",
          "the results of review "
              + review.id()
              + " (held "
              + review.date()
              + ", "
              + Texts.days(days)
              + " ago) are not signed off: review.yaml has no "
              + missing
              + "; PCI DSS 12.4.2.1 asks for each review's results to be signed off by the"
              + " personnel responsible for the PCI DSS compliance programme: run `isms review"
              + " approve "
              + review.id()
              + " --by NAME`");
    }
  }
}
