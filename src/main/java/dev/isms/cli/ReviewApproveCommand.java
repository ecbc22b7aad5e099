package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.review.ReviewLifecycle;
import dev.isms.store.RepositoryLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
      "Approves a held review's minutes: refuses while `isms check` finds an error in the review's"
          + " files; writes approved_by and approved_on; turns the minutes' actions table into"
          + " actions/<ID>.yaml files; commits them and tags the commit review/<ID> with the"
          + " approver, the chair and the SHA-256 of each file (signed when Git is configured to"
          + " sign)."
    })
final class ReviewApproveCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The review, e.g. 2026-Q4.")
  String id;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who approved the minutes: the chair (default) or a person of top management.")
  String by;

  @Override
  protected int execute() {
    ReviewLifecycle.Outcome outcome =
        new ReviewLifecycle(new RepositoryLoader(), clock())
            .approve(repositoryRoot(), new ReviewLifecycle.ApproveOptions(id, by, true, today()));
    LifecycleReport.print(out(), outcome);
    return ExitCodes.OK;
  }
}
