package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Audits booked and done (audits/<ID>.yaml) as commands.",
    subcommands = {AuditNewCommand.class})
final class AuditCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
