package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = "Security incidents (incidents/<ID>.yaml) as commands.",
    subcommands = {IncidentNewCommand.class})
final class IncidentCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
