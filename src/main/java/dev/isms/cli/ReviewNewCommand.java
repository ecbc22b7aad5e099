package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.review.ReviewNewOptions;
import dev.isms.review.ReviewScaffolder;
import dev.isms.review.ScaffoldReport;
import dev.isms.review.ScaffoldResult;
import dev.isms.store.RepositoryLoader;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Scaffolds the next management review: reviews/<ID>/review.yaml, agenda.md and minutes.md,"
          + " committed as one commit of exactly those files.",
      "Without options: the review type due first, on the date its cadence gives."
    })
final class ReviewNewCommand extends AbstractCommand {
  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description =
          "A review type of isms.yaml, e.g. quarterly, annual, ad-hoc, pre-audit"
              + " (default: the type due first).")
  String type;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description =
          "Meeting date (default: from the type's cadence or the trigger incident;"
              + " required for types without either, such as pre-audit).")
  LocalDate date;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description =
          "Review id and folder name (default: e.g. 2026-Q4, 2026-annual," + " 2026-11-23-adhoc).")
  String id;

  @Option(
      names = "--trigger",
      paramLabel = "INCIDENT-ID",
      description = "The incident that calls an ad-hoc review.")
  String trigger;

  @Mixin CommitOption commitOption;

  @Override
  protected int execute() {
    ScaffoldResult result =
        new ReviewScaffolder(new RepositoryLoader(), clock())
            .scaffold(
                repositoryRoot(),
                new ReviewNewOptions(type, date, id, trigger, commitOption.commit(), today()));
    new ScaffoldReport(result).print(out());
    result.warnings().forEach(this::warn);
    return ExitCodes.OK;
  }
}
