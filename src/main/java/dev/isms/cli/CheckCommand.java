package dev.isms.cli;

import dev.isms.IsmsException;
import dev.isms.IsmsVersion;
import dev.isms.check.CheckOptions;
import dev.isms.check.CheckReport;
import dev.isms.check.CheckService;
import dev.isms.check.Rule;
import dev.isms.check.RuleRegistry;
import dev.isms.check.report.Colour;
import dev.isms.check.report.ReportFormat;
import dev.isms.store.RepositoryLoader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks the ISMS repository the way an auditor would: every file against its schema and"
          + " references, then the rules on management reviews (clause 9.3), actions, risks,"
          + " incidents and KPIs. Run it in CI on every push.",
      "Exit 0: no errors (warnings allowed unless --strict); 1: problems found; 2: bad usage or"
          + " no ISMS repository."
    })
final class CheckCommand extends AbstractCommand {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default), json, junit (JUnit XML for GitLab/Jenkins), sarif (SARIF"
              + " 2.1.0 for code scanning) or github (GitHub Actions annotations).")
  ReportFormat format;

  @Option(
      names = "--rule",
      paramLabel = "ID",
      description = "Run only this rule (repeatable). `--list-rules` shows the ids.")
  List<String> only = new ArrayList<>();

  @Option(names = "--skip", paramLabel = "ID", description = "Leave this rule out (repeatable).")
  List<String> skip = new ArrayList<>();

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
  boolean strict;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour the text report: auto (on a terminal, unless NO_COLOR is set), always,"
              + " never.")
  Colour colour;

  @Option(names = "--list-rules", description = "List the rules with their severity and exit.")
  boolean listRules;

  @Override
  protected int execute() {
    RuleRegistry registry = RuleRegistry.builtIn();
    if (listRules) {
      if (format != ReportFormat.TEXT) {
        throw IsmsException.input(
            "--list-rules prints a table for people; leave out --format "
                + format.name().toLowerCase(java.util.Locale.ROOT)
                + " (the sarif report describes every rule for machines)");
      }
      for (Rule rule : registry.rules()) {
        out().printf("%-24s %-8s %s%n", rule.id(), rule.severity().label(), rule.summary());
      }
      out().flush();
      return 0;
    }
    CheckReport report =
        new CheckService(new RepositoryLoader(), registry, clock())
            .check(repositoryRoot(), new CheckOptions(today(), only, skip, strict));
    boolean colourOn = colour.enabled(System.console() != null, System.getenv());
    format.reporter(colourOn, IsmsVersion.current()).write(report, out());
    return report.exitCode();
  }
}
