package dev.isms.check.report;

/** The formats of `isms check --format`: for people, for scripts, and for the CI systems. */
public enum ReportFormat {
  TEXT,
  JSON,
  JUNIT,
  SARIF,
  GITHUB;

  /** The reporter; {@code colour} applies to text only. */
  public Reporter reporter(boolean colour, String version) {
    return reporter(colour, false, version);
  }

  /** The reporter; {@code colour} and {@code quiet} (the summary line alone) apply to text only. */
  public Reporter reporter(boolean colour, boolean quiet, String version) {
    return switch (this) {
      case TEXT -> new TextReporter(colour, quiet);
      case JSON -> new JsonReporter(version);
      case JUNIT -> new JunitReporter();
      case SARIF -> new SarifReporter(version);
      case GITHUB -> new GithubReporter();
    };
  }
}
