package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.supplier.Supplier;
import dev.isms.validation.FileKind;
import java.time.temporal.ChronoUnit;

/** A supplier whose security review is overdue by its review_every (a year by default). */
public final class SupplierReviewOverdueRule extends AbstractRule {
  public SupplierReviewOverdueRule() {
    super(
        new RuleInfo(
            "supplier-review-overdue",
            Severity.ERROR,
            "A supplier of suppliers/ was never reviewed, or its last review (last_reviewed) is"
                + " older than its review_every (P1Y by default) allows",
            "Review the supplier's security (its certificates, audit reports, incidents and"
                + " contract) and record it with `isms supplier reviewed ID` (last_reviewed set to"
                + " the day); if the cadence no longer fits, change review_every and say why.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    eachItem(
        context.repository().suppliers(),
        FileKind.SUPPLIER,
        Supplier::id,
        findings,
        (supplier, file) -> {
          if (!supplier.isReviewOverdueOn(context.asOf())) {
            return;
          }
          String who = Texts.named(supplier.id(), supplier.name());
          if (supplier.lastReviewed() == null) {
            findings.errorAt(
                file,
                "/name",
                who
                    + " has never been reviewed (no last_reviewed): review its security and"
                    + " record it with `isms supplier reviewed "
                    + supplier.id()
                    + "`");
            return;
          }
          findings.errorAt(
              file,
              "/last_reviewed",
              who
                  + " was last reviewed "
                  + supplier.lastReviewed()
                  + "; reviews are due every "
                  + supplier.cadence()
                  + ", so the next was due "
                  + supplier.nextReviewDue().orElseThrow()
                  + " and is "
                  + Texts.days(
                      ChronoUnit.DAYS.between(
                          supplier.nextReviewDue().orElseThrow(), context.asOf()))
                  + " late: review it and record it with `isms supplier reviewed "
                  + supplier.id()
                  + "`");
        });
  }
}
