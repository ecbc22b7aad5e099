package dev.isms.check;

import dev.isms.problem.Problem;
import java.io.PrintWriter;

/** The human-readable report: one line per problem, then a summary line. */
public final class TextReporter {
  public void write(CheckReport report, PrintWriter out) {
    for (Problem p : report.problems()) {
      out.println(p.location() + ": " + p.severity().label() + " [" + p.ruleId() + "] " + p.message());
    }
    out.println(summary(report));
  }

  public static String summary(CheckReport report) {
    if (report.problems().isEmpty()) {
      return "isms check: no problems found";
    }
    return "isms check: "
        + plural(report.errors(), "error")
        + ", "
        + plural(report.warnings(), "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
