package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "finding",
    mixinStandardHelpOptions = true,
    description = "Audit findings and nonconformities (findings/<ID>.yaml) as commands.",
    subcommands = {FindingNewCommand.class})
final class FindingCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
