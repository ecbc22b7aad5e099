package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;

@Command(
    name = "escalate",
    mixinStandardHelpOptions = true,
    description =
        "Escalates the action one step up policy.escalation (default: the owner's manager, the"
            + " head of the owner's department, the Security Officer, then top management, from"
            + " people: and departments:), recording escalated_to and why (--note; default: how"
            + " long it is overdue).")
final class ActionEscalateCommand extends ActionStepCommand {
  @Override
  ActionStep step() {
    return ActionStep.ESCALATE;
  }
}
