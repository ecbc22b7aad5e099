package dev.isms.cli;

import dev.isms.store.RepositoryLocator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/**
 * What every subcommand shares: the global options of the root, the output streams picocli was
 * given, and finding the ISMS repository. Errors are left to the root's {@link ErrorHandler}.
 */
@CommandLine.Command
abstract class AbstractCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public final Integer call() {
    return execute();
  }

  protected abstract int execute();

  protected IsmsCommand root() {
    return (IsmsCommand) spec.root().userObject();
  }

  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  protected LocalDate today() {
    return root().today();
  }

  protected Clock clock() {
    return root().clock();
  }

  /** The ISMS repository root: -C DIR or the current folder, walking up to isms.yaml. */
  protected Path repositoryRoot() {
    return RepositoryLocator.locate(root().startDirectory());
  }
}
