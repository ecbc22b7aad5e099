package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import dev.isms.pack.ActionStatistics;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "The action figures the pack shows under 9.3.2 a): completed on time, days late,"
            + " escalations, carried over, open by owner, recurring themes.")
final class ActionStatsCommand extends AbstractCommand {
  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "First day of the window (default: no lower bound).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "Last day of the window (default: today).")
  LocalDate to;

  @Override
  protected int execute() {
    LocalDate end = to == null ? today() : to;
    if (from != null && from.isAfter(end)) {
      throw IsmsException.input("--from " + from + " is after --to " + end + "; swap them");
    }
    ActionStatistics stats = ActionStatistics.load(repositoryRoot(), clock(), from, end);
    stats.lines().forEach(line -> out().println(dev.isms.problem.TerminalText.escape(line)));
    stats.warnings().forEach(this::warn);
    return ExitCodes.OK;
  }
}
