package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.action.ActionListing;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists actions, unfinished first by due date (the most overdue on top).")
final class ActionListCommand extends AbstractCommand {
  @Option(names = "--overdue", description = "Only unfinished actions past their due date.")
  boolean overdue;

  @Option(
      names = "--owner",
      paramLabel = "NAME",
      description = "Only this owner's actions (a name or a role under `people:`).")
  String owner;

  @Option(
      names = "--status",
      paramLabel = "S",
      description =
          "Only actions with this status: open, in-progress, completed, closed, escalated, cancelled.")
  String status;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  enum Format {
    text,
    json,
    csv
  }

  @Override
  protected int execute() {
    IsmsRepository repo = new RepositoryLoader().loadValid(repositoryRoot());
    String who = owner == null ? null : repo.config().personFor(owner).orElse(owner);
    ActionListing listing =
        new ActionListing(repo.actions(), new ActionListing.Filter(overdue, who, status, today()));
    out()
        .print(
            switch (format) {
              case text -> listing.text();
              case json -> listing.json();
              case csv -> listing.csv();
            });
    return ExitCodes.OK;
  }
}
