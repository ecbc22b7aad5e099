package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import dev.isms.IsmsVersion;
import dev.isms.check.AcceptOptions;
import dev.isms.check.AcceptanceWriter;
import dev.isms.check.AcceptedFindings;
import dev.isms.check.CheckOptions;
import dev.isms.check.CheckReport;
import dev.isms.check.CheckService;
import dev.isms.check.Rule;
import dev.isms.check.RuleRegistry;
import dev.isms.check.report.Colour;
import dev.isms.check.report.ReportFormat;
import dev.isms.problem.TerminalText;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.ProblemId;
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

  @Option(
      names = {"-q", "--quiet"},
      description = "Text format: print only the summary line.")
  boolean quiet;

  @Option(
      names = "--accept",
      paramLabel = "RULE:ITEM",
      description =
          "Instead of checking, record in .isms/accepted.yaml that the findings of RULE on ITEM (an"
              + " item id such as ACT-2026-014, or a file) are accepted, and commit that file."
              + " Needs --reason and --until.")
  String accept;

  @Option(
      names = "--reason",
      paramLabel = "TEXT",
      description = "With --accept: why management accepts the finding.")
  String reason;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "With --accept: the last day the acceptance holds.")
  java.time.LocalDate until;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "With --accept: who accepted it (default: the Git user).")
  String by;

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
    if (accept != null) {
      return accept(registry);
    }
    if (reason != null || until != null || by != null) {
      throw IsmsException.input("--reason, --until and --by go with --accept RULE:ITEM");
    }
    if (quiet && format != ReportFormat.TEXT) {
      throw IsmsException.input("--quiet applies to the text format; leave it out with --format");
    }
    CheckReport report =
        new CheckService(new RepositoryLoader(), registry, clock())
            .check(repositoryRoot(), new CheckOptions(today(), only, skip, strict));
    boolean colourOn = colour.enabled(System.console() != null, System.getenv());
    format.reporter(colourOn, quiet, IsmsVersion.current()).write(report, out());
    return report.exitCode();
  }

  private int accept(RuleRegistry registry) {
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(registry.ids());
    ids.addAll(ProblemId.ids());
    AcceptanceWriter.Result result =
        new AcceptanceWriter(ids, clock())
            .accept(repositoryRoot(), new AcceptOptions(accept, reason, until, by, today()));
    out()
        .println(
            "Accepted "
                + TerminalText.escape(result.entry().target())
                + " until "
                + result.entry().until()
                + " in "
                + AcceptedFindings.FILE
                + result.commit().map(id -> "; committed as " + id.substring(0, 12)).orElse("")
                + ".");
    return ExitCodes.OK;
  }
}
