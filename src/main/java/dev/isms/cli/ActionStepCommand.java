package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.action.ActionStep;
import dev.isms.action.ActionStepOptions;
import dev.isms.register.ActionService;
import dev.isms.store.RepositoryLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What the lifecycle subcommands share: the action's id, a note, --no-commit. */
abstract class ActionStepCommand extends AbstractCommand {
  @Parameters(index = "0", paramLabel = "ID", description = "The action, e.g. ACT-2026-031.")
  String id;

  @Option(
      names = {"--note", "--reason"},
      paramLabel = "TEXT",
      description =
          "Why, or what happened, in a sentence: kept in the file (the blocker, escalation or"
              + " cancel reason; for start, complete and close an entry of updates:) and in the"
              + " commit message.")
  String note;

  @Mixin CommitOption commitOption;

  abstract ActionStep step();

  String evidence() {
    return null;
  }

  String verifiedBy() {
    return null;
  }

  @Override
  protected int execute() {
    ActionService.StepResult result =
        new ActionService(new RepositoryLoader(), clock())
            .step(
                repositoryRoot(),
                new ActionStepOptions(
                    id, step(), note, evidence(), verifiedBy(), commitOption.commit(), today()));
    out().println(result.detail());
    out().println(result.change().summary());
    return ExitCodes.OK;
  }
}
