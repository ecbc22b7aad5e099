package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;

@Command(
    name = "start",
    mixinStandardHelpOptions = true,
    description = "Sets the action in progress (from open or escalated).")
final class ActionStartCommand extends ActionStepCommand {
  @Override
  ActionStep step() {
    return ActionStep.START;
  }
}
