package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.review.ReviewLifecycle;
import dev.isms.store.RepositoryLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "hold",
    mixinStandardHelpOptions = true,
    description = {
      "Records that a review was held: who attended in review.yaml (status: held), and the minutes'"
          + " attendance table generated from it; one commit of exactly those files.",
      "Without --present/--absent, reads the Present column the minutes' table already holds."
    })
final class ReviewHoldCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The review, e.g. 2026-Q4.")
  String id;

  @Option(
      names = "--present",
      arity = "1..*",
      paramLabel = "NAME",
      description = "Who attended; a guest not yet listed as NAME=ROLE.")
  List<String> present = new ArrayList<>();

  @Option(
      names = "--absent",
      paramLabel = "NAME[=REASON]",
      description = "Who sent apologies, with the reason (repeatable).")
  List<String> absent = new ArrayList<>();

  @Option(
      names = "--delegate",
      paramLabel = "NAME=ROLE",
      description = "A present attendee who stands in for a role as its authorised delegate.")
  List<String> delegates = new ArrayList<>();

  @Mixin CommitOption commitOption;

  @Override
  protected int execute() {
    ReviewLifecycle.Outcome outcome =
        new ReviewLifecycle(new RepositoryLoader(), clock())
            .hold(
                repositoryRoot(),
                new ReviewLifecycle.HoldOptions(
                    id, present, absent, delegates, commitOption.commit(), today()));
    LifecycleReport.print(out(), outcome);
    return ExitCodes.OK;
  }
}
