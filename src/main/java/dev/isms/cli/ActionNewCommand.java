package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.action.ActionNewOptions;
import dev.isms.register.ActionService;
import dev.isms.register.ItemChange;
import dev.isms.register.NewItemText;
import dev.isms.store.RepositoryLoader;
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
        "Raises an action under the register's next id (ACT-2026-031 after ACT-2026-030),"
            + " status open, raised today.")
final class ActionNewCommand extends AbstractCommand {
  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What is done.")
  String title;

  @Option(
      names = "--owner",
      required = true,
      paramLabel = "NAME",
      description = "Who answers for it: a name, or a role held under `people:` in isms.yaml.")
  String owner;

  @Option(
      names = "--due",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The agreed due date (today or later).")
  LocalDate due;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "ID",
      description = "The review, finding, incident, risk or KPI the action comes from.")
  String source;

  @Option(
      names = "--success-criteria",
      required = true,
      paramLabel = "TEXT",
      description = "How anyone can tell it is done.")
  String successCriteria;

  @Option(
      names = "--priority",
      paramLabel = "P",
      defaultValue = "medium",
      description = "high, medium or low (default: ${DEFAULT-VALUE}).")
  Priority priority;

  @Option(names = "--resources", paramLabel = "TEXT", description = "What it needs to get done.")
  String resources;

  @Option(
      names = "--depends-on",
      paramLabel = "ID",
      description = "An action that must be finished first (repeatable).")
  List<String> dependsOn;

  @Mixin CommitOption commitOption;

  enum Priority {
    high,
    medium,
    low
  }

  @Override
  protected int execute() {
    ItemChange change =
        new ActionService(new RepositoryLoader(), clock())
            .create(
                repositoryRoot(),
                new ActionNewOptions(
                    title,
                    owner,
                    due,
                    source,
                    successCriteria,
                    priority.name(),
                    resources,
                    dependsOn,
                    commitOption.commit(),
                    today()));
    out().println(change.summary());
    NewItemText.missingSchemaHint(repositoryRoot(), FileKind.ACTION).ifPresent(out()::println);
    return ExitCodes.OK;
  }
}
