package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.validation.FileKind;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A risk still open after its treatment due date (error); and, as auditors also flag, the next
 * review after that date whose minutes do not even mention it (warning).
 */
public final class RiskTreatmentOverdueRule extends AbstractRule {
  public RiskTreatmentOverdueRule() {
    super(
        new RuleInfo(
            "risk-treatment-overdue",
            Severity.ERROR,
            "A risk is still open after its treatment due date; a warning too when the next review"
                + " after that date does not mention it in its minutes",
            "Finish the treatment and set the risk's status (treated, accepted with accepted_by),"
                + " or have management re-plan it: record the decision, with the risk id, under"
                + " 9.3.2 f) of the next review's minutes and set a new treatment_due.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    eachItem(
        context.repository().risks(),
        FileKind.RISK,
        Risk::id,
        findings,
        (risk, file) -> {
          if (!risk.isOpen()
              || risk.treatmentDue() == null
              || !risk.treatmentDue().isBefore(context.asOf())) {
            return;
          }
          findings.errorAt(
              file,
              "/treatment_due",
              Texts.named(risk.id(), risk.title())
                  + " (score "
                  + risk.score()
                  + ", "
                  + risk.level().name().toLowerCase(java.util.Locale.ROOT)
                  + ", owner: "
                  + risk.owner()
                  + ") was to be treated by "
                  + risk.treatmentDue()
                  + " and is still open "
                  + Texts.days(ChronoUnit.DAYS.between(risk.treatmentDue(), context.asOf()))
                  + " later: finish the treatment and update its status, or have management re-plan"
                  + " it and set a new treatment_due");
          context.heldReviews().stream()
              .filter(r -> r.date().isAfter(risk.treatmentDue()))
              .findFirst()
              .ifPresent(review -> checkMentioned(context, risk, review, findings));
        });
  }

  private void checkMentioned(CheckContext context, Risk risk, Review review, Findings findings) {
    Optional<Minutes> minutes = context.minutes(review);
    if (minutes.isEmpty() || minutes.get().mentions(risk.id())) {
      return; // missing minutes are review-inputs' to report
    }
    // point at the input where the decision belongs: the one fed by the risk register
    Optional<ClauseSet> set = context.frameworkOf(review);
    Optional<Clause> riskInput = set.flatMap(s -> s.inputFedBy(Feed.RISKS));
    int line =
        riskInput
            .flatMap(c -> new ClauseHeadings(minutes.get(), set.get()).input(c))
            .map(Heading::line)
            .orElse(1);
    findings.warningAtLine(
        CheckContext.minutesFile(review),
        line,
        "review "
            + review.id()
            + " (held "
            + review.date()
            + ") came after "
            + risk.id()
            + "'s treatment was due ("
            + risk.treatmentDue()
            + ") but its minutes do not mention "
            + risk.id()
            + ": record management's decision on the overdue treatment under "
            + riskInput.map(Clause::ref).orElse("the risk input"));
  }
}
