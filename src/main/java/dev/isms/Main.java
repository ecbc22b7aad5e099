package dev.isms;

import dev.isms.cli.IsmsCommand;
import dev.isms.git.GitFacade;
import dev.isms.problem.TerminalText;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;

/** Entry point. Only {@link #main} touches the process; everything else is testable. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (!asksForVersion(args)) {
      GitFacade.honourHomeVariable(System.getenv("HOME"));
    }
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  public static int run(PrintWriter out, PrintWriter err, String... args) {
    // the version first: the clock would read the time-zone database
    return asksForVersion(args)
        ? printVersion(out)
        : run(out, err, Clock.systemDefaultZone(), args);
  }

  /** Runs one command line; the clock stamps commits, so tests can fix it. */
  public static int run(PrintWriter out, PrintWriter err, Clock clock, String... args) {
    if (asksForVersion(args)) {
      return printVersion(out);
    }
    CommandLine cli = IsmsCommand.commandLine(clock);
    cli.setOut(out);
    cli.setErr(err);
    int status;
    try {
      status = cli.execute(args);
    } catch (RuntimeException | Error e) { // outside any command, so the ErrorHandler never saw it
      err.println(
          "isms: internal error: " + TerminalText.escape(e.toString()) + " (please report it)");
      status = ExitCodes.USAGE;
    }
    out.flush();
    err.flush();
    return status;
  }

  /**
   * Answers {@code isms --version} without building the command line, whose classes are most of its
   * time (docs/PERFORMANCE.md); picocli prints the same lines for {@code --version} among other
   * options.
   */
  private static int printVersion(PrintWriter out) {
    for (String line : IsmsVersion.lines()) {
      out.println(line);
    }
    out.flush();
    return ExitCodes.OK;
  }

  /**
   * {@code isms --version} (or {@code -V}) and nothing else, which picocli would answer the same.
   */
  private static boolean asksForVersion(String... args) {
    return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
  }
}
