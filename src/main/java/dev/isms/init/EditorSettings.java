package dev.isms.init;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.isms.IsmsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VS Code's workspace settings ({@code .vscode/settings.json}) with {@code yaml.schemas} mapping
 * each register folder to its schema, so that the YAML language server validates and completes
 * register files without a modeline. An existing file is merged into, never replaced: the entries
 * it lacks are inserted as text after the opening brace, so its other settings, its comments and
 * its layout stay as they were, and a schema it maps already keeps the user's mapping. VS Code
 * reads this file as JSON with comments and trailing commas; anything else is refused.
 */
public final class EditorSettings {
  public static final String PATH = ".vscode/settings.json";
  static final String KEY = "yaml.schemas";

  private static final JsonFactory JSONC =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private EditorSettings() {}

  /**
   * The settings text to write, or empty when the existing file maps every schema already.
   *
   * @param existing the file's text, if there is one
   * @param schemas schema path (relative to the repository, e.g. {@code
   *     ./.isms/schemas/action.schema.json}) to the file patterns it applies to
   */
  public static Optional<String> merged(Optional<String> existing, Map<String, String> schemas) {
    if (existing.isEmpty()) {
      return Optional.of("{\n" + block(schemas) + "\n}\n");
    }
    String text = existing.get();
    Layout layout = layout(text);
    if (layout.schemasOpen < 0) {
      String insert = block(schemas) + (layout.topHasMembers ? "," : "\n");
      return Optional.of(insertAfter(text, layout.topOpen, "\n" + insert));
    }
    Map<String, String> missing = new LinkedHashMap<>(schemas);
    layout.mapped.forEach(missing::remove);
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    List<String> entries = entries(missing, "    ");
    String insert =
        layout.schemasHaveMembers
            ? "\n" + String.join(",\n", entries) + ","
            : "\n" + String.join(",\n", entries) + "\n  ";
    return Optional.of(insertAfter(text, layout.schemasOpen, insert));
  }

  private static String block(Map<String, String> schemas) {
    return "  \"" + KEY + "\": {\n" + String.join(",\n", entries(schemas, "    ")) + "\n  }";
  }

  private static List<String> entries(Map<String, String> schemas, String indent) {
    List<String> lines = new ArrayList<>();
    schemas.forEach((schema, files) -> lines.add(indent + quote(schema) + ": " + quote(files)));
    return lines;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String insertAfter(String text, int offset, String insert) {
    return text.substring(0, offset + 1) + insert + text.substring(offset + 1);
  }

  /** Where the top-level object and its yaml.schemas object open, and what is mapped already. */
  private static final class Layout {
    int topOpen = -1;
    boolean topHasMembers;
    int schemasOpen = -1;
    boolean schemasHaveMembers;
    final List<String> mapped = new ArrayList<>();
  }

  private static Layout layout(String text) {
    Layout layout = new Layout();
    try (JsonParser p = JSONC.createParser(text)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw refused(p.currentTokenLocation(), "it does not hold a JSON object `{...}`");
      }
      layout.topOpen = offset(p);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        layout.topHasMembers = true;
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (KEY.equals(name)) {
          if (value != JsonToken.START_OBJECT) {
            throw refused(
                p.currentTokenLocation(),
                "`" + KEY + "` is not an object of schema -> file patterns");
          }
          layout.schemasOpen = offset(p);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            layout.schemasHaveMembers = true;
            layout.mapped.add(p.currentName());
            p.nextToken();
            p.skipChildren();
          }
        } else {
          p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw refused(p.currentTokenLocation(), "there is more after the closing `}`");
      }
    } catch (JsonProcessingException e) {
      throw refused(e.getLocation(), e.getOriginalMessage());
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + PATH + ": " + e.getMessage(), e);
    }
    return layout;
  }

  private static int offset(JsonParser p) {
    return (int) p.currentTokenLocation().getCharOffset();
  }

  private static IsmsException refused(JsonLocation at, String why) {
    String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
    String reason = why == null ? "" : why.lines().findFirst().orElse("");
    return IsmsException.input(
        PATH
            + where
            + ": not valid JSON ("
            + reason
            + "), so isms cannot add `"
            + KEY
            + "` to it without losing your settings; fix the file (comments and trailing commas"
            + " are fine) or move it away, then run isms init again. Nothing was written.");
  }
}
