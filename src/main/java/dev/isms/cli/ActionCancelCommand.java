package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;

@Command(
    name = "cancel",
    mixinStandardHelpOptions = true,
    description = "Cancels the action; --note gives the reason (required).")
final class ActionCancelCommand extends ActionStepCommand {
  @Override
  ActionStep step() {
    return ActionStep.CANCEL;
  }
}
