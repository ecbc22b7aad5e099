package dev.isms.cli;

import dev.isms.ExitCodes;
import picocli.CommandLine.Command;

@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description = "The KPI register (kpis/<ID>.yaml) as commands.",
    subcommands = {KpiRecordCommand.class})
final class KpiCommand extends AbstractCommand {
  @Override
  protected int execute() {
    spec.commandLine().usage(err());
    return ExitCodes.USAGE;
  }
}
