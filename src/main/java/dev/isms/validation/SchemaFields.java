package dev.isms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON Schema as a person reads it: one entry per field, with its kind of value, whether it is
 * required, and its description, nested fields indented under their parent. {@code isms schema
 * KIND} prints it.
 */
public final class SchemaFields {
  private static final int WIDTH = 100;

  private SchemaFields() {}

  /** The field list of a file kind's schema. */
  public static String of(FileKind kind, JsonNode schema) {
    StringBuilder out = new StringBuilder();
    out.append(wrap(kind.schemaName() + ": " + schema.path("description").asText(), 0));
    out.append("Fields (* required; a field of your own starts with `x-`):\n");
    fields(schema, 1, out);
    out.append(
        wrap(
            "`isms schema "
                + kind.schemaName()
                + " --json` prints the JSON Schema (for editors: `isms init` writes it to"
                + " .isms/schemas/).",
            0));
    return out.toString();
  }

  private static void fields(JsonNode schema, int depth, StringBuilder out) {
    Set<String> required = new HashSet<>();
    schema.path("required").forEach(r -> required.add(r.asText()));
    for (var e : schema.path("properties").properties()) {
      field(e.getKey(), required.contains(e.getKey()), e.getValue(), depth, out);
    }
    JsonNode extra = schema.path("additionalProperties");
    if (extra.isObject()) {
      field("<name>", false, extra, depth, out);
    }
  }

  private static void field(
      String name, boolean required, JsonNode schema, int depth, StringBuilder out) {
    String indent = "  ".repeat(depth);
    out.append(indent).append(name).append(required ? " *" : "");
    out.append(" (").append(kindOf(schema)).append(")\n");
    String description = schema.path("description").asText("");
    if (!description.isEmpty()) {
      out.append(wrap(description, depth * 2 + 4));
    }
    for (JsonNode nested : nested(schema)) {
      fields(nested, depth + 1, out);
    }
  }

  /** The object schemas whose fields are listed under a field. */
  private static List<JsonNode> nested(JsonNode schema) {
    List<JsonNode> objects = new ArrayList<>();
    if (schema.has("properties") || schema.path("additionalProperties").isObject()) {
      objects.add(schema);
    }
    JsonNode items = schema.path("items");
    if (items.has("properties")) {
      objects.add(items);
    }
    schema.path("anyOf").forEach(option -> objects.addAll(nested(option)));
    return objects;
  }

  /** A few words on the value a field takes: text, date, one of ..., list of ... */
  static String kindOf(JsonNode schema) {
    if (schema.has("anyOf")) {
      List<String> options = new ArrayList<>();
      schema.path("anyOf").forEach(option -> options.add(kindOf(option)));
      return String.join(" or ", options);
    }
    if (schema.has("enum")) {
      List<String> values = new ArrayList<>();
      schema.path("enum").forEach(v -> values.add(v.asText()));
      return "one of " + String.join(", ", values);
    }
    List<String> types = new ArrayList<>();
    JsonNode type = schema.path("type");
    if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type.isTextual()) {
      types.add(type.asText());
    }
    boolean nullable = types.remove("null");
    String text =
        types.isEmpty()
            ? "any value"
            : String.join(" or ", types.stream().map(t -> word(t, schema)).toList());
    return nullable ? text + ", or empty" : text;
  }

  private static String word(String type, JsonNode schema) {
    return switch (type) {
      case "string" ->
          switch (schema.path("format").asText("")) {
            case "date" -> "date, e.g. 2026-11-23";
            case "date-time" -> "timestamp with offset, e.g. 2026-08-04T09:12:00+02:00";
            default -> "text";
          };
      case "integer" -> "whole number" + range(schema);
      case "number" -> "number" + range(schema);
      case "boolean" -> "true or false";
      case "array" -> "list of " + plural(schema.path("items"));
      case "object" -> schema.has("properties") ? "fields below" : "names mapped to values below";
      default -> type;
    };
  }

  private static String plural(JsonNode items) {
    if (items.has("properties")) {
      return "entries with the fields below";
    }
    String one = kindOf(items);
    return one.equals("text") ? "texts" : one;
  }

  private static String range(JsonNode schema) {
    if (schema.has("minimum") && schema.has("maximum")) {
      return " " + schema.get("minimum").asText() + ".." + schema.get("maximum").asText();
    }
    return schema.has("minimum") ? ", at least " + schema.get("minimum").asText() : "";
  }

  private static String wrap(String text, int indent) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder(" ".repeat(indent));
    for (String word : text.split(" ")) {
      if (line.length() > indent && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line = new StringBuilder(" ".repeat(indent));
      }
      if (line.length() > indent) {
        line.append(' ');
      }
      line.append(word);
    }
    return out.append(line).append('\n').toString();
  }
}
