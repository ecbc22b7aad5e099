package dev.isms.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file in a format-v1 ISMS repository, each with its JSON Schema. */
public enum FileKind {
  ISMS("isms", "isms.yaml"),
  KPI("kpi", "kpis"),
  OBJECTIVE("objective", "objectives"),
  RISK("risk", "risks"),
  ACTION("action", "actions"),
  FINDING("finding", "findings"),
  INCIDENT("incident", "incidents"),
  CHANGE("change", "changes"),
  AUDIT("audit", "audits"),
  SUPPLIER("supplier", "suppliers"),
  REVIEW("review", "reviews");

  private final String schemaName;
  private final String location;

  FileKind(String schemaName, String location) {
    this.schemaName = schemaName;
    this.location = location;
  }

  /** The name `isms schema` takes and the schema file is named after. */
  public String schemaName() {
    return schemaName;
  }

  /** The folder of a register (or the file name, for isms.yaml). */
  public String location() {
    return location;
  }

  public String schemaResource() {
    return "/schemas/" + schemaName + ".schema.json";
  }

  /** The registers that hold one item per file directly in their folder. */
  public static List<FileKind> registers() {
    return List.of(KPI, OBJECTIVE, RISK, ACTION, FINDING, INCIDENT, CHANGE, AUDIT, SUPPLIER);
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(FileKind::schemaName).toList();
  }

  /** The file of the item with this id, relative to the repository root. */
  public String pathOf(String id) {
    return switch (this) {
      case ISMS -> "isms.yaml";
      case REVIEW -> "reviews/" + id + "/review.yaml";
      default -> location + "/" + id + ".yaml";
    };
  }

  public static Optional<FileKind> byName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(k -> k.schemaName.equals(n) || k.location.equals(n))
        .findFirst();
  }
}
