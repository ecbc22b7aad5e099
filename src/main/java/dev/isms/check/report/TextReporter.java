package dev.isms.check.report;

import dev.isms.check.CheckReport;
import dev.isms.check.DisabledRule;
import dev.isms.check.Note;
import dev.isms.problem.Problem;
import dev.isms.problem.TerminalText;
import java.io.PrintWriter;

/**
 * For people: {@code path:line:col: error [rule-id] message} per problem, the skipped and disabled
 * rules with their reasons, then the summary. Colour only when asked for (a terminal).
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

  public TextReporter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(CheckReport report, PrintWriter out) {
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
    String summary = Summary.of(report);
    out.println(
        paint(report.failed() ? RED : report.problems().isEmpty() ? GREEN : YELLOW, summary));
    out.flush();
  }

  private String paint(String style, String text) {
    return colour ? style + text + RESET : text;
  }
}
