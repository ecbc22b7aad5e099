package dev.isms.check.report;

import dev.isms.check.Accepted;
import dev.isms.check.CheckReport;
import dev.isms.check.DisabledRule;
import dev.isms.check.Note;
import dev.isms.problem.Problem;
import dev.isms.problem.TerminalText;
import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands: each problem becomes an annotation on its file and line in the
 * pull request ({@code ::error file=...,line=...,title=rule::message}), escaped as GitHub's toolkit
 * escapes them. Paths are relative to the Git repository's top, as GitHub resolves them.
 */
public final class GithubReporter implements Reporter {
  @Override
  public void write(CheckReport report, PrintWriter out) {
    for (Problem p : report.problems()) {
      out.println(
          "::"
              + (p.isError() ? "error" : "warning")
              + " "
              + location(report, p)
              + ",title="
              + property(p.ruleId())
              + "::"
              + data(p.message()));
    }
    for (Note n : report.notes()) {
      out.println("::notice title=" + property(n.ruleId()) + "::" + data(n.message()));
    }
    for (DisabledRule d : report.disabled()) {
      out.println(
          "::notice title="
              + property(d.ruleId() + " disabled")
              + "::"
              + data("disabled in isms.yaml: " + d.reason()));
    }
    for (Accepted a : report.accepted()) {
      Problem p = a.problem();
      out.println(
          "::notice "
              + location(report, p)
              + ",title="
              + property(p.ruleId() + " accepted")
              + "::"
              + data(p.message() + " -- accepted: " + a.describe()));
    }
    out.println(Summary.of(report));
    out.flush();
  }

  /** The file=,line=,col= properties of an annotation. */
  private static String location(CheckReport report, Problem p) {
    StringBuilder props = new StringBuilder();
    props.append("file=").append(property(report.gitPath(p.file())));
    if (p.line() > 0) {
      props.append(",line=").append(p.line());
      if (p.column() > 0) {
        props.append(",col=").append(p.column());
      }
    }
    return props.toString();
  }

  /**
   * The message of a command: control characters made visible by the one terminal escaper (so no
   * line break or ESC reaches the log), then % escaped as GitHub's toolkit does.
   */
  static String data(String s) {
    return TerminalText.escape(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: as data, and also : and , which end properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
