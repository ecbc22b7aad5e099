package dev.isms.problem;

import java.util.Comparator;

/**
 * One thing wrong with the ISMS repository. {@code file} is relative to the repository root with
 * forward slashes; {@code line} and {@code column} are 1-based, 0 when unknown.
 */
public record Problem(
    String file, int line, int column, String ruleId, Severity severity, String message) {

  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file)
          .thenComparingInt(Problem::line)
          .thenComparingInt(Problem::column)
          .thenComparing(Problem::ruleId)
          .thenComparing(Problem::message);

  public static Problem error(String file, int line, int column, String ruleId, String message) {
    return new Problem(file, line, column, ruleId, Severity.ERROR, message);
  }

  public static Problem warning(String file, int line, int column, String ruleId, String message) {
    return new Problem(file, line, column, ruleId, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col}, leaving out what is unknown. */
  public String location() {
    if (line <= 0) {
      return file;
    }
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }

  /** The one-line form every command prints: {@code path:line:col: [rule-id] message}. */
  @Override
  public String toString() {
    return location() + ": [" + ruleId + "] " + message;
  }
}
