package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "supplier",
    mixinStandardHelpOptions = true,
    description = {
      "The supplier register (suppliers/<ID>.yaml) as commands. Each command that writes writes"
          + " one supplier's file, keeps the rest of it as it was, and commits only that file with"
          + " a message such as `supplier(SUP-AWS): reviewed 2026-11-24` (--no-commit to leave Git"
          + " alone)."
    },
    subcommands = {
      SupplierNewCommand.class,
      SupplierReviewedCommand.class,
      SupplierListCommand.class
    })
final class SupplierCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
