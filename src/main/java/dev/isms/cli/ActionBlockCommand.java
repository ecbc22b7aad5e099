package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;

@Command(
    name = "block",
    mixinStandardHelpOptions = true,
    description = "Records a blocker: --note says what stops the work; the status stays.")
final class ActionBlockCommand extends ActionStepCommand {
  @Override
  ActionStep step() {
    return ActionStep.BLOCK;
  }
}
