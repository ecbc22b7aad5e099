package dev.isms.cli;

import dev.isms.action.ActionStep;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "close",
    mixinStandardHelpOptions = true,
    description =
        "Closes a completed action after verification: the verifier may not be the owner, the"
            + " evidence may not be a placeholder, and a path must exist in the repository.")
final class ActionCloseCommand extends ActionStepCommand {
  @Option(
      names = "--evidence",
      required = true,
      paramLabel = "TEXT|PATH",
      description = "What shows it is done: a file of the repository, a link, or a sentence.")
  String evidence;

  @Option(
      names = "--verified-by",
      required = true,
      paramLabel = "NAME",
      description = "Who checked the evidence (not the owner); a name or a role under `people:`.")
  String verifiedBy;

  @Override
  ActionStep step() {
    return ActionStep.CLOSE;
  }

  @Override
  String evidence() {
    return evidence;
  }

  @Override
  String verifiedBy() {
    return verifiedBy;
  }
}
