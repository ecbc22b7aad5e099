package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = "Management reviews (ISO 27001 clause 9.3).",
    subcommands = {
      ReviewNewCommand.class,
      ReviewHoldCommand.class,
      ReviewApproveCommand.class,
      ReviewLogCommand.class
    })
final class ReviewCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
