package dev.isms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.isms.IsmsException;
import dev.isms.problem.Problem;
import dev.isms.problem.Suggestions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The JSON Schemas shipped in the jar, one per file kind, and validation against them. */
public final class SchemaCatalog {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<FileKind, Compiled> compiled = new EnumMap<>(FileKind.class);
  private JsonSchemaFactory factory;
  private SchemaValidatorsConfig config;

  /** A kind's schema, as JSON and ready to validate with. */
  private record Compiled(JsonNode node, JsonSchema schema) {}

  /** Each kind's schema is read and compiled when a file of that kind is first validated. */
  public SchemaCatalog() {}

  /**
   * The kind's schema, compiled on first use; its validators are built before it is handed out, so
   * that files may be validated on several threads at once.
   */
  private synchronized Compiled compiled(FileKind kind) {
    Compiled known = compiled.get(kind);
    if (known == null) {
      if (factory == null) {
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        config =
            SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
      }
      JsonNode node = JSON.valueToTree(readTree(kind));
      JsonSchema schema = factory.getSchema(node, config);
      schema.initializeValidators();
      known = new Compiled(node, schema);
      compiled.put(kind, known);
    }
    return known;
  }

  /** The schema text as shipped, for {@code isms schema KIND}. */
  public static String text(FileKind kind) {
    try (InputStream in = SchemaCatalog.class.getResourceAsStream(kind.schemaResource())) {
      if (in == null) {
        throw new IsmsException(2, "the schema " + kind.schemaResource() + " is not in the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IsmsException(2, "cannot read " + kind.schemaResource(), e);
    }
  }

  /** The schema as shipped, parsed. */
  public static JsonNode tree(FileKind kind) {
    return readTree(kind);
  }

  private static JsonNode readTree(FileKind kind) {
    try {
      return JSON.readTree(text(kind));
    } catch (IOException e) {
      throw new IsmsException(2, "the schema " + kind.schemaResource() + " is broken", e);
    }
  }

  /**
   * Reports every schema violation of the document, or that it is no mapping of fields at all;
   * returns whether there was none.
   */
  public boolean validate(FileKind kind, YamlDocument document, Consumer<Problem> problems) {
    if (!document.root().isObject()) {
      problems.accept(
          ProblemId.WRONG_TYPE.error(
              document.relativePath(),
              1,
              1,
              "must be a mapping of fields (`name: value` lines), not "
                  + (document.root().isArray() ? "a list" : "a single value")));
      return false;
    }
    Compiled kindSchema = compiled(kind);
    JsonNode schema = kindSchema.node();
    Map<String, Problem> limits = ValueLimits.check(document, pointer -> schemaAt(schema, pointer));
    Set<ValidationMessage> messages = kindSchema.schema().validate(document.root());
    List<Problem> found = new ArrayList<>(limits.values());
    for (ValidationMessage message : messages) {
      // a value out of bounds is reported once, in words that say why
      if (!limits.containsKey(message.getInstanceLocation().toString())) {
        found.add(toProblem(kind, document, message));
      }
    }
    found.stream().distinct().sorted(Problem.ORDER).forEach(problems);
    return found.isEmpty();
  }

  private Problem toProblem(FileKind kind, YamlDocument document, ValidationMessage message) {
    String pointer = message.getInstanceLocation().toString();
    String type = message.getType();
    String field = PointerTokens.fieldName(pointer);
    ProblemId rule;
    String text;
    String at = pointer;
    JsonNode value = message.getInstanceNode();
    switch (type) {
      case "required" -> {
        rule = ProblemId.MISSING_FIELD;
        text =
            (pointer.isEmpty() ? "" : "`" + field + "` ")
                + "misses the required field `"
                + message.getProperty()
                + "`; add it (`isms schema "
                + kind.schemaName()
                + "` lists the fields)";
      }
      case "additionalProperties" -> {
        rule = ProblemId.UNKNOWN_FIELD;
        String unknown = message.getProperty();
        at = pointer + "/" + PointerTokens.escape(unknown);
        List<String> known = knownFields(kind, pointer);
        text =
            "has the unknown field `"
                + unknown
                + "`."
                + Suggestions.didYouMean(unknown, known)
                + " Known fields here: "
                + String.join(", ", known)
                + "; a field of your own must start with `x-`";
      }
      case "type" -> {
        rule = ProblemId.WRONG_TYPE;
        String expected = String.valueOf(message.getArguments()[1]);
        text =
            "`"
                + field
                + "` must be "
                + article(expected)
                + ", not "
                + describe(value)
                + (expected.contains("string") && value != null && !value.isContainerNode()
                    ? "; quote the value"
                    : "");
      }
      case "format" -> {
        rule = ProblemId.INVALID_DATE;
        boolean dateTime = String.valueOf(message.getArguments()[0]).contains("date-time");
        text =
            "`"
                + field
                + "` is `"
                + (value == null ? "" : value.asText())
                + "`, which is not a valid "
                + (dateTime ? "timestamp" : "date")
                + "; write "
                + (dateTime
                    ? "an ISO 8601 timestamp with offset such as 2026-08-04T09:12:00+02:00"
                    : "a real ISO 8601 date such as 2026-11-23");
      }
      case "enum" -> {
        rule = ProblemId.INVALID_VALUE;
        List<String> allowed = new ArrayList<>();
        message.getSchemaNode().forEach(n -> allowed.add(n.asText()));
        String given = value == null ? "" : value.asText();
        text =
            "`"
                + field
                + "` is `"
                + given
                + "`; it must be one of "
                + String.join(", ", allowed)
                + "."
                + Suggestions.didYouMean(given, allowed);
      }
      case "pattern" -> {
        rule = ProblemId.INVALID_VALUE;
        String description = describeSchemaAt(kind, pointer);
        text =
            "`"
                + field
                + "` is `"
                + (value == null ? "" : value.asText())
                + "`, which is not in the expected form"
                + (description.isEmpty()
                    ? " (" + stripPointer(message.getMessage()) + ")"
                    : ": " + description);
      }
      default -> {
        rule = ProblemId.INVALID_VALUE;
        String description = describeSchemaAt(kind, pointer);
        text =
            "`"
                + field
                + "` "
                + stripPointer(message.getMessage())
                + (description.isEmpty() ? "" : " (expected: " + description + ")");
      }
    }
    YamlDocument.Position pos = document.positionOf(at);
    return rule.error(document.relativePath(), pos.line(), pos.column(), text);
  }

  private static String article(String expected) {
    String e = expected.replace("[", "").replace("]", "").replace("\"", "").replace(",", " or");
    return (e.startsWith("a") || e.startsWith("i") || e.startsWith("o") ? "an " : "a ") + e;
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isNull()) {
      return "empty";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isBoolean()) {
      return "the boolean " + value.asText();
    }
    if (value.isNumber()) {
      return "the number " + value.asText();
    }
    return "the text `" + value.asText() + "`";
  }

  private static String stripPointer(String message) {
    int colon = message.indexOf(": ");
    return colon >= 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
  }

  /** The properties the schema allows at the instance pointer, for "did you mean". */
  List<String> knownFields(FileKind kind, String pointer) {
    JsonNode schema = schemaAt(compiled(kind).node(), pointer);
    List<String> names = new ArrayList<>();
    if (schema != null && schema.has("properties")) {
      Iterator<String> it = schema.get("properties").fieldNames();
      it.forEachRemaining(names::add);
    }
    return names;
  }

  private String describeSchemaAt(FileKind kind, String pointer) {
    JsonNode schema = schemaAt(compiled(kind).node(), pointer);
    return schema != null && schema.has("description") ? schema.get("description").asText() : "";
  }

  /** Follows properties, additionalProperties and items down the schema along the pointer. */
  private static JsonNode schemaAt(JsonNode schema, String pointer) {
    JsonNode current = schema;
    if (pointer.isEmpty()) {
      return current;
    }
    for (String raw : pointer.substring(1).split("/")) {
      String segment = PointerTokens.unescape(raw);
      if (current == null) {
        return null;
      }
      if (current.has("properties") && current.get("properties").has(segment)) {
        current = current.get("properties").get(segment);
      } else if (current.has("items")) {
        current = current.get("items");
      } else if (current.has("additionalProperties")
          && current.get("additionalProperties").isObject()) {
        current = current.get("additionalProperties");
      } else {
        return null;
      }
    }
    return current;
  }
}
