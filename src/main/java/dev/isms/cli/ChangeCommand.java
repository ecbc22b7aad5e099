package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "change",
    mixinStandardHelpOptions = true,
    description =
        "Changes in context and feedback from interested parties (changes/<ID>.yaml) as commands.",
    subcommands = {ChangeNewCommand.class})
final class ChangeCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
