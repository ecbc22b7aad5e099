package dev.isms.check.report;

import dev.isms.check.CheckReport;

/** The one summary line every format ends with, in words. */
public final class Summary {
  private Summary() {}

  public static String of(CheckReport report) {
    StringBuilder s = new StringBuilder("isms check: ");
    if (report.problems().isEmpty()) {
      s.append("no problems found");
    } else {
      s.append(plural(report.errors(), "error"))
          .append(", ")
          .append(plural(report.warnings(), "warning"));
      if (report.strict() && report.warnings() > 0) {
        s.append(" (--strict: warnings fail the check)");
      }
    }
    if (!report.accepted().isEmpty()) {
      s.append(", ").append(report.accepted().size()).append(" accepted");
    }
    s.append("; ").append(plural(report.rules().size(), "rule")).append(" run");
    long skipped = report.notes().stream().filter(n -> n.skipped()).count();
    if (skipped > 0) {
      s.append(", ").append(skipped).append(" skipped");
    }
    if (!report.disabled().isEmpty()) {
      s.append(", ")
          .append(report.disabled().size())
          .append(" disabled in isms.yaml (")
          .append(String.join(", ", report.disabled().stream().map(d -> d.ruleId()).toList()))
          .append(")");
    }
    s.append("; as of ").append(report.asOf());
    return s.toString();
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
