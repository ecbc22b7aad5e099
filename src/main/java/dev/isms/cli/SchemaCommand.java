package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import dev.isms.check.report.JsonReporter;
import dev.isms.problem.Suggestions;
import dev.isms.validation.FileKind;
import dev.isms.validation.SchemaCatalog;
import dev.isms.validation.SchemaFields;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description =
        "Lists the fields of a file kind with what each means (--json: its JSON Schema); without"
            + " KIND, lists the kinds.")
final class SchemaCommand extends AbstractCommand {
  static final String CHECK_REPORT = "check-report";

  @Parameters(
      arity = "0..1",
      paramLabel = "KIND",
      description =
          "isms, kpi, objective, risk, action, finding, incident, change or review; or"
              + " check-report (the JSON that `isms check --format json` writes)")
  String kind;

  @Option(
      names = "--json",
      negatable = false,
      description = "Print the JSON Schema itself, as editors and validators read it.")
  boolean json;

  @Override
  protected int execute() {
    if (kind == null) {
      for (FileKind k : FileKind.values()) {
        String where =
            k == FileKind.ISMS
                ? "isms.yaml"
                : k == FileKind.REVIEW ? "reviews/<ID>/review.yaml" : k.location() + "/<ID>.yaml";
        out().printf("%-12s %s%n", k.schemaName(), where);
      }
      out().printf("%-12s %s%n", CHECK_REPORT, "isms check --format json");
      return ExitCodes.OK;
    }
    if (kind.equals(CHECK_REPORT)) {
      out().print(JsonReporter.schema());
      return ExitCodes.OK;
    }
    FileKind fileKind =
        FileKind.byName(kind)
            .orElseThrow(
                () ->
                    IsmsException.input(
                        "unknown kind `"
                            + kind
                            + "`; use one of: "
                            + String.join(", ", FileKind.names())
                            + ", "
                            + CHECK_REPORT
                            + "."
                            + Suggestions.didYouMean(kind, FileKind.names())));
    out()
        .print(
            json
                ? SchemaCatalog.text(fileKind)
                : SchemaFields.of(fileKind, SchemaCatalog.tree(fileKind)));
    return ExitCodes.OK;
  }
}
