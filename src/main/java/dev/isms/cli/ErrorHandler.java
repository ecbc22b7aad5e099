package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import dev.isms.problem.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns any exception a command lets through into one clear message and an exit code; the stack
 * trace only with --verbose.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
  private final IsmsCommand root;

  ErrorHandler(IsmsCommand root) {
    this.root = root;
  }

  @Override
  public int handleExecutionException(
      Exception ex, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    report(ex, root.verbose(), err);
    return ex instanceof IsmsException ismsException ? ismsException.exitCode() : ExitCodes.USAGE;
  }

  /**
   * Prints {@code failure} (each line of its message on its own, indented under the first) (escaped
   * for the terminal), and with {@code verbose} the cause chain and the stack trace. Anything but
   * an {@link IsmsException} is a failure of isms itself: exit 2 (never 1, which CI reads as
   * "problems found").
   */
  static void report(Throwable failure, boolean verbose, PrintWriter err) {
    Throwable shown = failure instanceof AbstractCommand.Crash ? failure.getCause() : failure;
    if (shown instanceof IsmsException ismsException) {
      java.util.List<String> lines = ismsException.lines();
      err.println("isms: " + TerminalText.escape(lines.get(0)));
      for (String line : lines.subList(1, lines.size())) {
        err.println("  " + TerminalText.escape(line));
      }
    } else {
      err.println(
          "isms: internal error: "
              + TerminalText.escape(shown.toString())
              + (verbose
                  ? ""
                  : " (run again with --verbose for the stack trace, and please report it)"));
    }
    if (verbose) {
      for (Throwable t = shown.getCause(); t != null; t = t.getCause()) {
        err.println("  caused by: " + TerminalText.escape(t.toString()));
      }
      shown.printStackTrace(err);
    }
    err.flush();
  }
}
