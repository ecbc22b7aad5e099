package dev.isms.check;

import dev.isms.IsmsException;
import dev.isms.check.rules.ActionCarriedOverRule;
import dev.isms.check.rules.ActionFieldsRule;
import dev.isms.check.rules.ActionOverdueRule;
import dev.isms.check.rules.ApprovalFieldsRule;
import dev.isms.check.rules.ApprovedChangedRule;
import dev.isms.check.rules.AttendanceMismatchRule;
import dev.isms.check.rules.InputBoilerplateRule;
import dev.isms.check.rules.KpiFuturePeriodRule;
import dev.isms.check.rules.KpiReconcileRule;
import dev.isms.check.rules.KpiStaleRule;
import dev.isms.check.rules.MinutesActionsRule;
import dev.isms.check.rules.MinutesLateRule;
import dev.isms.check.rules.MinutesRisksRule;
import dev.isms.check.rules.MinutesUnapprovedRule;
import dev.isms.check.rules.PackLateRule;
import dev.isms.check.rules.PciIndependentReviewerRule;
import dev.isms.check.rules.PciReviewIntervalRule;
import dev.isms.check.rules.PciSignedOffRule;
import dev.isms.check.rules.RecordsRetainedRule;
import dev.isms.check.rules.ReportingLinesRule;
import dev.isms.check.rules.ReviewAfterTriggerRule;
import dev.isms.check.rules.ReviewCadenceRule;
import dev.isms.check.rules.ReviewDateRule;
import dev.isms.check.rules.ReviewInputsRule;
import dev.isms.check.rules.ReviewInvitationRule;
import dev.isms.check.rules.ReviewResultsRule;
import dev.isms.check.rules.RiskTreatmentOverdueRule;
import dev.isms.check.rules.Soc2DeficienciesCommunicatedRule;
import dev.isms.check.rules.SupplierReviewOverdueRule;
import dev.isms.check.rules.TopManagementRule;
import dev.isms.problem.Suggestions;
import java.util.List;
import java.util.Optional;

/** Every rule of `isms check`, in the order they are documented and run. */
public final class RuleRegistry {
  private final List<Rule> rules;

  public RuleRegistry(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The built-in rules. Listed here rather than discovered, so the jar and the IDE agree. */
  public static RuleRegistry builtIn() {
    return new RuleRegistry(
        List.of(
            new ReviewDateRule(),
            new ReviewInputsRule(),
            new InputBoilerplateRule(),
            new ReviewResultsRule(),
            new TopManagementRule(),
            new ActionOverdueRule(),
            new ActionFieldsRule(),
            new ActionCarriedOverRule(),
            new ReportingLinesRule(),
            new ReviewCadenceRule(),
            new ReviewAfterTriggerRule(),
            new RiskTreatmentOverdueRule(),
            new SupplierReviewOverdueRule(),
            new KpiStaleRule(),
            new KpiFuturePeriodRule(),
            new KpiReconcileRule(),
            new MinutesLateRule(),
            new PackLateRule(),
            new ReviewInvitationRule(),
            new AttendanceMismatchRule(),
            new MinutesActionsRule(),
            new MinutesRisksRule(),
            new MinutesUnapprovedRule(),
            new ApprovalFieldsRule(),
            new ApprovedChangedRule(),
            new RecordsRetainedRule(),
            new PciReviewIntervalRule(),
            new PciIndependentReviewerRule(),
            new PciSignedOffRule(),
            new Soc2DeficienciesCommunicatedRule()));
  }

  public List<Rule> rules() {
    return rules;
  }

  public List<String> ids() {
    return rules.stream().map(Rule::id).toList();
  }

  public Optional<Rule> find(String id) {
    return rules.stream().filter(r -> r.id().equals(id) || r.formerIds().contains(id)).findFirst();
  }

  /** The rule, or a usage error (exit 2) that lists the ids and suggests the closest. */
  public Rule require(String id, String option) {
    return find(id)
        .orElseThrow(
            () ->
                IsmsException.input(
                    option
                        + " "
                        + id
                        + ": no such rule."
                        + Suggestions.didYouMean(id, ids())
                        + " Rules: "
                        + String.join(", ", ids())
                        + " (`isms check --list-rules` describes them)"));
  }
}
