package dev.isms.check;

import dev.isms.problem.Severity;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule is, apart from what it checks: the stable id users write in {@code --rule}, {@code
 * --skip} and {@code disabled_rules}; the severity of what it usually reports; one sentence saying
 * what it finds; what to do about it (SARIF's help and {@code --list-rules}); and what it cannot
 * run without.
 */
public record RuleInfo(
    String id, Severity severity, String summary, String help, Rule.Needs needs) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(help, "help");
    Objects.requireNonNull(needs, "needs");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("a rule id is lower-case words joined by '-': " + id);
    }
    if (summary.isBlank() || help.isBlank()) {
      throw new IllegalArgumentException("rule " + id + " needs a summary and a help text");
    }
  }
}
