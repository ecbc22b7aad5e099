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
    try {
      return execute();
    } catch (StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
      // picocli passes only exceptions to the ErrorHandler: an Error would end the JVM with a
      // stack trace and exit 1, which CI reads as "problems found"
      throw new Crash(e);
    }
  }

  /** An Error from a command, carried to the {@link ErrorHandler} as an exception. */
  static final class Crash extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Crash(Error cause) {
      super(cause.toString(), cause);
    }
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

  /** "isms: warning: ..." on stderr, escaped for the terminal. */
  protected void warn(String warning) {
    err().println("isms: warning: " + dev.isms.problem.TerminalText.escape(warning));
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
