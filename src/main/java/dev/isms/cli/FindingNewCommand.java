package dev.isms.cli;

import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Records an audit finding under the register's next id, status open.")
final class FindingNewCommand extends NewItemCommand {
  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What was found.")
  String title;

  @Option(
      names = "--audit",
      required = true,
      paramLabel = "NAME",
      description = "The audit that raised it, e.g. \"Internal audit 2026\".")
  String audit;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "major-nc, minor-nc, observation or opportunity.")
  String kind;

  @Option(names = "--audit-type", paramLabel = "TYPE", description = "internal or external.")
  AuditType auditType;

  @Option(
      names = "--raised",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The day it was raised (default: today).")
  LocalDate raised;

  @Option(names = "--clause", paramLabel = "CLAUSE", description = "The clause, e.g. 9.2.")
  String clause;

  @Option(
      names = "--control",
      paramLabel = "CONTROL",
      description = "The Annex A control, e.g. A.5.18.")
  String control;

  @Option(names = "--description", paramLabel = "TEXT", description = "The finding in full.")
  String description;

  enum AuditType {
    internal,
    external
  }

  @Override
  FileKind kind() {
    return FileKind.FINDING;
  }

  @Override
  Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("audit", audit);
    f.put("audit_type", auditType == null ? null : auditType.name());
    f.put("kind", kind);
    f.put("raised", raised == null ? today() : raised);
    f.put("status", "open");
    f.put("clause", clause);
    f.put("control", control);
    f.put("description", description);
    return f;
  }
}
