package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "action",
    mixinStandardHelpOptions = true,
    description = {
      "The action register (actions/<ID>.yaml) as commands. Each command writes one action's"
          + " file, keeps the rest of it as it was, and commits only that file with a message"
          + " such as `action(ACT-2026-031): complete` (--no-commit to leave Git alone)."
    },
    subcommands = {
      ActionNewCommand.class,
      ActionStartCommand.class,
      ActionBlockCommand.class,
      ActionCompleteCommand.class,
      ActionEscalateCommand.class,
      ActionCancelCommand.class,
      ActionCloseCommand.class,
      ActionListCommand.class,
      ActionStatsCommand.class
    })
final class ActionCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
