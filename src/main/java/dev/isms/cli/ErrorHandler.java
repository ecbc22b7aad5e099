package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
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
    int status;
    if (ex instanceof IsmsException ismsException) {
      err.println("isms: " + ismsException.getMessage());
      status = ismsException.exitCode();
    } else {
      err.println(
          "isms: internal error: "
              + ex
              + (root.verbose()
                  ? ""
                  : " (run again with --verbose for the stack trace, and" + " please report it)"));
      status = ExitCodes.USAGE;
    }
    if (root.verbose()) {
      for (Throwable t = ex.getCause(); t != null; t = t.getCause()) {
        err.println("  caused by: " + t);
      }
      ex.printStackTrace(err);
    }
    err.flush();
    return status;
  }
}
