package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.register.SupplierService;
import dev.isms.store.RepositoryLoader;
import dev.isms.supplier.SupplierReviewOptions;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "reviewed",
    mixinStandardHelpOptions = true,
    description =
        "Records a supplier's security review: sets last_reviewed (today, or --on), adds"
            + " {on, note} to review_notes with --note; commits only the supplier's file.")
final class SupplierReviewedCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The supplier, e.g. SUP-AWS.")
  String id;

  @Option(
      names = "--on",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The day of the review (default: today); not before its last review.")
  LocalDate on;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description =
          "What the review looked at and found, e.g. \"SOC 2 Type II 2026 read, no exceptions\".")
  String note;

  @Mixin CommitOption commitOption;

  @Override
  protected int execute() {
    SupplierService.ReviewResult result =
        new SupplierService(new RepositoryLoader(), clock())
            .reviewed(
                repositoryRoot(),
                new SupplierReviewOptions(id, on, note, commitOption.commit(), today()));
    out().println(result.detail());
    out().println(result.change().summary());
    return ExitCodes.OK;
  }
}
