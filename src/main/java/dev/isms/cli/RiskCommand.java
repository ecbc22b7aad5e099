package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "risk",
    mixinStandardHelpOptions = true,
    description = "The risk register (risks/<ID>.yaml) as commands.",
    subcommands = {RiskAssessCommand.class})
final class RiskCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
