package dev.isms.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every field of every shipped schema says what it means, as editors and `isms schema` show. */
class SchemaDescriptionsTest {
  @Test
  void everyFieldOfEverySchemaHasADescriptionANewcomerCanUse() {
    List<String> missing = new ArrayList<>();
    List<String> formatOnly = new ArrayList<>();
    for (FileKind kind : FileKind.values()) {
      JsonNode schema = SchemaCatalog.tree(kind);
      walk(schema, kind.schemaName() + ":", missing, formatOnly);
    }

    assertThat(missing).as("fields without a description").isEmpty();
    assertThat(formatOnly).as("descriptions that give only the format, not the meaning").isEmpty();
  }

  @Test
  void theWordsNewcomersAskAboutAreExplained() {
    assertThat(describe(FileKind.CHANGE, "party")).contains("interested party");
    assertThat(describe(FileKind.CHANGE, "impact")).contains("what the change means");
    assertThat(describe(FileKind.RISK, "impact")).contains("how bad").contains("1").contains("5");
    assertThat(describe(FileKind.ACTION, "owner")).contains("accountable");
    assertThat(describe(FileKind.RISK, "owner")).contains("accountable");
    assertThat(describe(FileKind.ACTION, "status"))
        .contains("completed (the owner reports it done, not yet verified)")
        .contains("closed (verified by someone other than the owner, with evidence)");
    assertThat(describe(FileKind.ACTION, "completed_on")).contains("completed is not closed");
  }

  private static String describe(FileKind kind, String field) {
    return SchemaCatalog.tree(kind).path("properties").path(field).path("description").asText();
  }

  /** Checks each field under {@code properties} and each schema of named entries. */
  private static void walk(
      JsonNode node, String path, List<String> missing, List<String> formatOnly) {
    if (node.isObject()) {
      for (var field : node.path("properties").properties()) {
        check(field.getValue(), path + "/" + field.getKey(), missing, formatOnly);
      }
      JsonNode entries = node.path("additionalProperties");
      if (entries.isObject()) {
        check(entries, path + "/<name>", missing, formatOnly);
      }
      for (var child : node.properties()) {
        walk(child.getValue(), path + "/" + child.getKey(), missing, formatOnly);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, missing, formatOnly);
      }
    }
  }

  private static void check(
      JsonNode field, String path, List<String> missing, List<String> formatOnly) {
    String description = field.path("description").asText("").strip();
    if (description.length() < 12) {
      missing.add(path + (description.isEmpty() ? "" : " (\"" + description + "\")"));
    } else if (description.startsWith("ISO 8601")) {
      formatOnly.add(path + " (\"" + description + "\")");
    }
  }
}
