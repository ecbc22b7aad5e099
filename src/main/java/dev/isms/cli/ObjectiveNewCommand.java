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
    description = "Sets an information security objective (clause 6.2) under the next id.")
final class ObjectiveNewCommand extends NewItemCommand {
  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The objective.")
  String title;

  @Option(names = "--owner", paramLabel = "NAME", description = "Who answers for it.")
  String owner;

  @Option(
      names = "--due",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "When it is to be achieved.")
  LocalDate due;

  @Option(
      names = "--measure",
      paramLabel = "TEXT",
      description = "How achievement is measured, e.g. a KPI id.")
  String measure;

  @Option(names = "--description", paramLabel = "TEXT", description = "The objective in full.")
  String description;

  @Override
  FileKind kind() {
    return FileKind.OBJECTIVE;
  }

  @Override
  Map<String, Object> fields() {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("title", title);
    f.put("description", description);
    f.put("owner", owner);
    f.put("due", due);
    f.put("status", "on-track");
    f.put("measure", measure);
    return f;
  }
}
