package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "objective",
    mixinStandardHelpOptions = true,
    description = "Information security objectives (objectives/<ID>.yaml) as commands.",
    subcommands = {ObjectiveNewCommand.class})
final class ObjectiveCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
