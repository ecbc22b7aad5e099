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
    description =
        "Records a change in context or feedback from an interested party (9.3.2 b, c, e)"
            + " under the register's next id.")
final class ChangeNewCommand extends NewItemCommand {
  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "What changed.")
  String title;

  @Option(
      names = "--kind",
      required = true,
      paramLabel = "KIND",
      description =
          "external-issue, internal-issue, interested-party-need, interested-party-feedback,"
              + " subprocessor or improvement-opportunity.")
  String kind;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "The day of the change (default: today).")
  LocalDate date;

  @Option(
      names = "--party",
      paramLabel = "NAME",
      description = "The interested party it concerns, e.g. a customer or a regulator.")
  String party;

  @Option(names = "--description", paramLabel = "TEXT", description = "The change in full.")
  String description;

  @Option(names = "--impact", paramLabel = "TEXT", description = "What it means for the ISMS.")
  String impact;

  @Override
  FileKind kind() {
    return FileKind.CHANGE;
  }

  @Override
  Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("date", date == null ? today() : date);
    f.put("kind", kind);
    f.put("title", title);
    f.put("party", party);
    f.put("description", description);
    f.put("impact", impact);
    return f;
  }
}
