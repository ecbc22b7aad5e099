package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.check.CheckOptions;
import dev.isms.check.CheckReport;
import dev.isms.check.CheckService;
import dev.isms.check.TextReporter;
import dev.isms.store.RepositoryLoader;
import picocli.CommandLine.Command;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Checks the ISMS repository: every file against its schema, every reference.")
final class CheckCommand extends AbstractCommand {
  @Override
  protected int execute() {
    CheckReport report =
        new CheckService(new RepositoryLoader()).check(repositoryRoot(), new CheckOptions(today()));
    new TextReporter().write(report, out());
    return report.errors() > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }
}
