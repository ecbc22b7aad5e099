package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.review.ReviewLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "log",
    mixinStandardHelpOptions = true,
    description = {
      "Shows a review's trail from Git, oldest first: one line per commit that touched"
          + " reviews/<ID>/ and one for the approval tag, with the step it represents (scaffolded,"
          + " packed, edited, held, approved, changed after approval), date, commit, author,"
          + " committer and signature. Changes nothing."
    })
final class ReviewLogCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The review, e.g. 2026-Q4.")
  String id;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  enum Format {
    text,
    json
  }

  @Override
  protected int execute() {
    ReviewLog.Trail trail = new ReviewLog(clock()).trail(repositoryRoot(), id);
    out().print(format == Format.json ? ReviewLog.json(trail) : ReviewLog.text(trail));
    return ExitCodes.OK;
  }
}
