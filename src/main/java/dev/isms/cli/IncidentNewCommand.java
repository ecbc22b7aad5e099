package dev.isms.cli;

import dev.isms.validation.FileKind;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Records a security incident under the register's next id.")
final class IncidentNewCommand extends NewItemCommand {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What happened.")
  String title;

  @Option(
      names = "--severity",
      required = true,
      paramLabel = "SEV",
      description = "sev1 (most severe) to sev4.")
  Severity severity;

  @Option(
      names = "--opened",
      paramLabel = "TIMESTAMP",
      description = "When it began, with offset, e.g. 2026-08-04T09:12:00+02:00 (default: now).")
  OffsetDateTime opened;

  @Option(
      names = "--resolved",
      paramLabel = "TIMESTAMP",
      description = "When it was resolved, with offset.")
  OffsetDateTime resolved;

  @Option(
      names = "--customer-visible",
      description = "Customers noticed it (counts in the pack's incident summary).")
  boolean customerVisible;

  @Option(names = "--personal-data", description = "Personal data was involved.")
  boolean personalData;

  @Option(names = "--summary", paramLabel = "TEXT", description = "What happened, in a few lines.")
  String summary;

  enum Severity {
    sev1,
    sev2,
    sev3,
    sev4
  }

  @Override
  FileKind kind() {
    return FileKind.INCIDENT;
  }

  @Override
  Map<String, Object> fields() {
    OffsetDateTime start =
        opened != null ? opened : OffsetDateTime.now(clock()).truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("severity", severity.name());
    f.put("opened", start.format(TIMESTAMP));
    f.put("resolved", resolved == null ? null : resolved.format(TIMESTAMP));
    f.put("customer_visible", customerVisible);
    f.put("personal_data", personalData ? Boolean.TRUE : null);
    f.put("summary", summary);
    return f;
  }
}
