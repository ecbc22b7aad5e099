package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule;
import dev.isms.problem.Severity;
import dev.isms.store.FileKind;
import dev.isms.store.IsmsRepository;
import java.time.temporal.ChronoUnit;

/** An action past its due date that is not completed, closed or cancelled. */
public final class ActionOverdueRule implements Rule {
  @Override
  public String id() {
    return "action-overdue";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "An action is past its due date and not completed, closed or cancelled";
  }

  @Override
  public String help() {
    return "Finish the action (status: completed), or agree a new due date with its owner and"
        + " record why in the next review; escalate it if it is blocked.";
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    for (Action action : context.repository().actions()) {
      String file = IsmsRepository.pathOf(FileKind.ACTION, action.id());
      findings.checked(file);
      if (!action.isOverdueOn(context.asOf())) {
        continue;
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
    }
  }
}
