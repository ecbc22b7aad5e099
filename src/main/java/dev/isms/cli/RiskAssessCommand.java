package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.register.RiskAssessor;
import dev.isms.store.RepositoryLoader;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description =
        "Re-assesses a risk: likelihood and impact (1..5, score = likelihood x impact),"
            + " assessed today, optionally a new treatment and its due date.")
final class RiskAssessCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "RISK", description = "The risk, e.g. R-007.")
  String risk;

  @Option(
      names = "--likelihood",
      required = true,
      paramLabel = "1-5",
      description = "How likely: 1 rare .. 5 almost certain.")
  int likelihood;

  @Option(
      names = "--impact",
      required = true,
      paramLabel = "1-5",
      description = "How bad: 1 negligible .. 5 severe.")
  int impact;

  @Option(
      names = "--treatment",
      paramLabel = "T",
      description = "modify, retain, avoid or share (ISO 27005).")
  Treatment treatment;

  @Option(
      names = "--due",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "When the treatment is due.")
  LocalDate due;

  @Mixin CommitOption commitOption;

  enum Treatment {
    modify,
    retain,
    avoid,
    share
  }

  @Override
  protected int execute() {
    out()
        .println(
            new RiskAssessor(new RepositoryLoader(), clock())
                .assess(
                    repositoryRoot(),
                    new RiskAssessor.Options(
                        risk,
                        likelihood,
                        impact,
                        treatment == null ? null : treatment.name(),
                        due,
                        commitOption.commit(),
                        today()))
                .summary());
    return ExitCodes.OK;
  }
}
