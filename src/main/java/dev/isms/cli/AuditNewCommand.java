package dev.isms.cli;

import dev.isms.IsmsException;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description =
        "Books an audit (internal, or external by the certification body) under the register's"
            + " next id; a review type with before_audit: true is due before each external one.")
final class AuditNewCommand extends NewItemCommand {
  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description = "internal or external.")
  FindingNewCommand.AuditType kind;

  @Option(
      names = "--starts",
      required = true,
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The audit's first day.")
  LocalDate starts;

  @Option(
      names = "--ends",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The audit's last day (default: the first).")
  LocalDate ends;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The audit in one line, e.g. \"Surveillance audit 2027\".")
  String title;

  @Option(
      names = "--body",
      paramLabel = "NAME",
      description = "The certification body, or the internal auditor.")
  String body;

  @Option(
      names = "--framework",
      paramLabel = "ID",
      description = "A standard audited against, e.g. iso27001-2022 (repeatable).")
  List<String> frameworks;

  @Option(names = "--scope", paramLabel = "TEXT", description = "What the audit covers.")
  String scope;

  @Override
  FileKind kind() {
    return FileKind.AUDIT;
  }

  @Override
  Map<String, Object> fields() {
    if (ends != null && ends.isBefore(starts)) {
      throw IsmsException.input(
          "--ends " + ends + " is before --starts " + starts + "; give the audit's last day");
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("kind", kind.name());
    f.put("starts", starts);
    f.put("ends", ends);
    f.put("body", body);
    f.put("frameworks", frameworks == null ? List.of() : List.copyOf(frameworks));
    f.put("scope", scope);
    return f;
  }
}
