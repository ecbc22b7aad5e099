package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;

@Command(
    name = "complete",
    mixinStandardHelpOptions = true,
    description = "Sets the action completed, with completed_on today; close it once verified.")
final class ActionCompleteCommand extends ActionStepCommand {
  @Override
  ActionStep step() {
    return ActionStep.COMPLETE;
  }
}
