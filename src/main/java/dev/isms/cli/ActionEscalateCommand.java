package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;

@Command(
    name = "escalate",
    mixinStandardHelpOptions = true,
    description =
        "Escalates the action one step up policy.escalation (default: Security Officer, then top management), recording escalated_to and why (--note; default: how long it is overdue).")
final class ActionEscalateCommand extends ActionStepCommand {
  @Override
  ActionStep step() {
    return ActionStep.ESCALATE;
  }
}
