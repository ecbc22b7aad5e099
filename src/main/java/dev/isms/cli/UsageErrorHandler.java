package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.problem.TerminalText;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Bad options or arguments: the reason and where to find help, no usage wall, exit 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("isms: " + TerminalText.escape(ex.getMessage()));
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }
}
