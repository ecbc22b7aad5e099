package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.register.KpiRecorder;
import dev.isms.store.RepositoryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    description =
        "Records a KPI's value for a period of its frequency, appended to its measurements;"
            + " commits only the KPI's file.")
final class KpiRecordCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "KPI", description = "The KPI, e.g. KPI-TRAINING.")
  String kpi;

  @Option(
      names = "--period",
      required = true,
      paramLabel = "PERIOD",
      description = "2026-Q4 (quarterly), 2026-11 (monthly) or 2026 (yearly).")
  String period;

  @Option(
      names = "--value",
      required = true,
      paramLabel = "NUMBER",
      description = "The measured value in the KPI's unit, e.g. 97 or 91.5.")
  String value;

  @Option(names = "--note", paramLabel = "TEXT", description = "Where the value comes from.")
  String note;

  @Option(names = "--force", description = "Replace a value already recorded for the period.")
  boolean force;

  @Mixin CommitOption commitOption;

  @Override
  protected int execute() {
    out()
        .println(
            new KpiRecorder(new RepositoryLoader(), clock())
                .record(
                    repositoryRoot(),
                    new KpiRecorder.Options(kpi, period, value, note, force, commitOption.commit()))
                .summary());
    return ExitCodes.OK;
  }
}
