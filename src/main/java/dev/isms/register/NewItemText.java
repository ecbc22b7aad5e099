package dev.isms.register;

import dev.isms.init.InitService;
import dev.isms.store.YamlEditor;
import dev.isms.validation.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The text of a new register item: the yaml-language-server modeline (when the repository has the
 * schemas `isms init` writes), then one {@code field: value} line per field, in the order given.
 * Empty lists and absent values are left out; an explicit {@code null} is written.
 */
public final class NewItemText {
  /** A field written as {@code field: null}, so that people see it is still to be filled. */
  public static final Object EMPTY = new Object();

  private NewItemText() {}

  public static String of(Path root, FileKind kind, Map<String, Object> fields) {
    StringBuilder out = new StringBuilder();
    String schema = InitService.SCHEMA_DIR + "/" + kind.schemaName() + ".schema.json";
    if (Files.isRegularFile(root.resolve(schema))) {
      out.append("# yaml-language-server: $schema=../").append(schema).append('\n');
    }
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
