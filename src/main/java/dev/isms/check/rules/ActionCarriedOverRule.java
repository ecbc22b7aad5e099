package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;

/**
 * An action carried over from review to review ({@link CarryOver}: open and past due at a held
 * review, or open at two held reviews with a cadence): the "actions open review after review"
 * pattern auditors flag, because it shows decisions that are not followed through. One that a held
 * review re-planned since (moved its due date) has had its decision, until it is carried over
 * again.
 */
public final class ActionCarriedOverRule extends AbstractRule {
  public ActionCarriedOverRule() {
    super(
        new RuleInfo(
            "action-carried-over",
            Severity.WARNING,
            "An open action was past due at a held review, or open at two held reviews with a"
                + " cadence",
            "Have the next review decide on the action explicitly: escalate it, re-plan it with a"
                + " realistic due date and the resources it needs, or cancel it with a reason.",
            Needs.CONFIG));
  }

  /** The due date in force at each held review comes from the action file's history. */
  @Override
  public boolean readsHistory() {
    return true;
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repo = context.repository();
    eachItem(
        repo.actions(),
        FileKind.ACTION,
        Action::id,
        findings,
        (action, file) -> {
          if (!action.wasOpenOn(context.asOf())) {
            return;
          }
          CarryOver carry =
              CarryOver.of(
                  action,
                  repo.raisedOn(action),
                  context.heldReviews(),
                  context.config(),
                  context.dueDates());
          if (!carry.awaitsDecision()) {
            return; // not carried over, or a held review has re-planned it since
          }
          findings.warningAt(
              file,
              action.raised() != null ? "/raised" : "/status",
              Texts.named(action.id(), action.title())
                  + " (owner: "
                  + (action.owner() == null ? "none" : action.owner())
                  + ") is carried over: "
                  + carry.reason()
                  + "; have the next review escalate it, re-plan it with a realistic due date, or"
                  + " cancel it with a reason");
        });
  }
}
