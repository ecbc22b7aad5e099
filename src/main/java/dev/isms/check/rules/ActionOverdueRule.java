package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.validation.FileKind;
import java.time.temporal.ChronoUnit;

/** An action past its due date that is not completed, closed or cancelled. */
public final class ActionOverdueRule extends AbstractRule {
  public ActionOverdueRule() {
    super(
        new RuleInfo(
            "action-overdue",
            Severity.ERROR,
            "An action is past its due date and not completed, closed or cancelled",
            "Finish the action (status: completed), or agree a new due date with its owner and"
                + " record why in the next review; escalate it if it is blocked.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    eachItem(
        context.repository().actions(),
        FileKind.ACTION,
        Action::id,
        findings,
        (action, file) -> {
          if (!action.isOverdueOn(context.asOf())) {
            return;
          }
          long days = ChronoUnit.DAYS.between(action.due(), context.asOf());
          findings.errorAt(
              file,
              "/due",
              Texts.named(action.id(), action.title())
                  + " was due "
                  + action.due()
                  + " and is "
                  + Texts.days(days)
                  + " overdue (owner: "
                  + (action.owner() == null ? "none" : action.owner())
                  + ", status: "
                  + action.status()
                  + "): finish it, or agree a new due date with the owner and record why");
        });
  }
}
