package dev.isms.check.report;

import dev.isms.check.Accepted;
import dev.isms.check.CheckReport;
import dev.isms.check.DisabledRule;
import dev.isms.check.Note;
import dev.isms.problem.Problem;
import dev.isms.problem.TerminalText;
import java.io.PrintWriter;

/**
 * For people: {@code path:line:col: error [rule-id] message} per problem, the skipped and disabled
 * rules with their reasons, the accepted findings with theirs, then the summary (with --quiet the
 * summary alone). Colour only when asked for (a terminal).
 */
public final class TextReporter implements Reporter {
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String GREEN = "\u001b[1;32m";
  private static final String CYAN = "\u001b[36m";

  private final boolean colour;
  private final boolean quiet;

  public TextReporter(boolean colour) {
    this(colour, false);
  }

  /** {@code quiet}: the summary line alone. */
  public TextReporter(boolean colour, boolean quiet) {
    this.colour = colour;
    this.quiet = quiet;
  }

  @Override
  public void write(CheckReport report, PrintWriter out) {
    if (!quiet) {
      details(report, out);
    }
    String summary = Summary.of(report);
    out.println(
        paint(report.failed() ? RED : report.problems().isEmpty() ? GREEN : YELLOW, summary));
    out.flush();
  }

  private void details(CheckReport report, PrintWriter out) {
    for (Problem p : report.problems()) {
      out.println(
          paint(BOLD, TerminalText.escape(p.location()) + ":")
              + " "
              + paint(p.isError() ? RED : YELLOW, p.severity().label())
              + " "
              + paint(DIM, "[" + p.ruleId() + "]")
              + " "
              + TerminalText.escape(p.message()));
    }
    for (Note n : report.notes()) {
      out.println(
          paint(CYAN, "note")
              + " "
              + paint(DIM, "[" + n.ruleId() + "]")
              + " "
              + TerminalText.escape(n.message()));
    }
    for (DisabledRule d : report.disabled()) {
      out.println(
          paint(CYAN, "disabled")
              + " "
              + paint(DIM, "[" + d.ruleId() + "]")
              + " in isms.yaml: "
              + TerminalText.escape(d.reason()));
    }
    for (Accepted a : report.accepted()) {
      Problem p = a.problem();
      out.println(
          paint(CYAN, "accepted")
              + " "
              + paint(DIM, "[" + p.ruleId() + "]")
              + " "
              + TerminalText.escape(p.location() + ": " + p.message())
              + " -- "
              + TerminalText.escape(a.describe()));
    }
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }
}
