package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.register.NewItemText;
import dev.isms.register.SupplierService;
import dev.isms.store.RepositoryLoader;
import dev.isms.supplier.SupplierNewOptions;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Adds a supplier or subprocessor to suppliers/, under --id or SUP- and the first word of"
            + " its name (SUP-POSTWERK for \"Postwerk Mail GmbH\").")
final class SupplierNewCommand extends AbstractCommand {
  @Option(
      names = "--name",
      required = true,
      paramLabel = "TEXT",
      description = "The supplier's name, e.g. \"Postwerk Mail GmbH\".")
  String name;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The supplier's id and file name, e.g. SUP-MAIL (default: from the name).")
  String id;

  @Option(
      names = "--service",
      paramLabel = "TEXT",
      description = "What it does for you, e.g. \"transactional e-mail\" (repeatable).")
  List<String> services;

  @Option(
      names = "--data-category",
      paramLabel = "TEXT",
      description = "A category of data it processes, e.g. \"patient contact data\" (repeatable).")
  List<String> dataCategories;

  @Option(
      names = "--subprocessor",
      description = "It processes personal data on your behalf (GDPR Art. 28).")
  boolean subprocessor;

  @Option(
      names = "--owner",
      required = true,
      paramLabel = "NAME",
      description =
          "Who is accountable for the relationship: a role or a person under `people:` in"
              + " isms.yaml.")
  String owner;

  @Option(
      names = "--last-reviewed",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The day its security was last reviewed, if it was (today or before).")
  LocalDate lastReviewed;

  @Option(
      names = "--review-every",
      paramLabel = "PERIOD",
      description = "How often its security is reviewed, an ISO 8601 period (default: P1Y).")
  String reviewEvery;

  @Mixin CommitOption commitOption;

  @Override
  protected int execute() {
    SupplierService.NewResult result =
        new SupplierService(new RepositoryLoader(), clock())
            .create(
                repositoryRoot(),
                new SupplierNewOptions(
                    id,
                    name,
                    services,
                    dataCategories,
                    subprocessor,
                    owner,
                    lastReviewed,
                    reviewEvery,
                    commitOption.commit(),
                    today()));
    out().println(result.change().summary());
    out().println(result.detail());
    NewItemText.missingSchemaHint(repositoryRoot(), FileKind.SUPPLIER).ifPresent(out()::println);
    return ExitCodes.OK;
  }
}
