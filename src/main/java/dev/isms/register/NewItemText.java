package dev.isms.register;

import dev.isms.init.InitService;
import dev.isms.store.YamlEditor;
import dev.isms.validation.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a new register item: the yaml-language-server modeline naming the schema `isms init`
 * writes to {@code .isms/schemas/}, then one {@code field: value} line per field, in the order
 * given. Empty lists and absent values are left out; an explicit {@code null} is written.
 */
public final class NewItemText {
  /** A field written as {@code field: null}, so that people see it is still to be filled. */
  public static final Object EMPTY = new Object();

  private NewItemText() {}

  private static String schema(FileKind kind) {
    return InitService.SCHEMA_DIR + "/" + kind.schemaName() + ".schema.json";
  }

  /**
   * What to tell the user when the schema the modeline names is missing from the repository (one
   * made before {@code isms init} wrote schemas, or by hand): how to put it there.
   */
  public static Optional<String> missingSchemaHint(Path root, FileKind kind) {
    if (Files.isRegularFile(root.resolve(schema(kind)))) {
      return Optional.empty();
    }
    return Optional.of(
        "note: the file's modeline names "
            + schema(kind)
            + ", which this repository lacks; for your editor, run `isms schema "
            + kind.schemaName()
            + " --json > "
            + schema(kind)
            + "` and commit it");
  }

  public static String of(FileKind kind, Map<String, Object> fields) {
    StringBuilder out = new StringBuilder();
    out.append("# yaml-language-server: $schema=../").append(schema(kind)).append('\n');
    fields.forEach(
        (key, value) -> {
          if (value == EMPTY) {
            out.append(key).append(": null\n");
          } else if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
            out.append(key).append(": ").append(YamlEditor.renderBlock(value)).append('\n');
          }
        });
    return out.toString();
  }
}
