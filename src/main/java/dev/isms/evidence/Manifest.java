package dev.isms.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.isms.IsmsException;
import dev.isms.render.MarkdownEscaper;
import dev.isms.store.Sha256;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A bundle's manifest: {@code manifest.json} lists every other file of the bundle with its SHA-256
 * and size (so {@code isms evidence --verify} and anyone with {@code sha256sum} can re-check them),
 * after what the bundle is about; {@code MANIFEST.md} says the same for people.
 */
final class Manifest {
  static final String JSON_NAME = "manifest.json";
  static final String MARKDOWN_NAME = "MANIFEST.md";
  static final String FORMAT_VERSION = "1";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private Manifest() {}

  /**
   * Adds MANIFEST.md ({@code markdown} followed by the table of files) and manifest.json ({@code
   * header} followed by the files, MANIFEST.md among them).
   */
  static void seal(BundleFiles files, Map<String, Object> header, String markdown) {
    StringBuilder md = new StringBuilder(markdown);
    md.append("## Files\n\n");
    md.append(
        "Every file of the bundle with its SHA-256 (`manifest.json` lists these and MANIFEST.md;"
            + " `isms evidence --verify` re-checks them, as does `sha256sum`).\n\n");
    md.append("| File | Bytes | SHA-256 |\n| --- | ---: | --- |\n");
    files
        .asMap()
        .forEach(
            (path, bytes) ->
                md.append("| ")
                    .append(MarkdownEscaper.inline(path))
                    .append(" | ")
                    .append(bytes.length)
                    .append(" | `")
                    .append(Sha256.of(bytes))
                    .append("` |\n"));
    files.put(MARKDOWN_NAME, md.toString());
    Map<String, Object> root = new LinkedHashMap<>(header);
    List<Object> listed = new ArrayList<>();
    files
        .asMap()
        .forEach(
            (path, bytes) -> {
              Map<String, Object> entry = new LinkedHashMap<>();
              entry.put("path", path);
              entry.put("sha256", Sha256.of(bytes));
              entry.put("bytes", bytes.length);
              listed.add(entry);
            });
    root.put("files", listed);
    files.put(JSON_NAME, json(root));
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  /** The SHA-256 per path that a manifest.json lists; an unreadable manifest is bad input. */
  static Map<String, String> hashes(byte[] manifest, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(manifest);
    } catch (IOException e) {
      throw IsmsException.input(
          where + " is not valid JSON (" + e.getMessage() + "); it is no isms manifest", e);
    }
    JsonNode list = root == null ? null : root.get("files");
    if (list == null || !list.isArray()) {
      throw IsmsException.input(where + " has no `files` list; it is no isms manifest");
    }
    Map<String, String> hashes = new TreeMap<>();
    for (JsonNode entry : list) {
      String path = entry.path("path").asText("");
      String sha = entry.path("sha256").asText("");
      if (path.isEmpty() || !sha.matches("[0-9a-f]{64}")) {
        throw IsmsException.input(
            where
                + " lists a file without a path or a SHA-256 ("
                + entry
                + "); it is no isms"
                + " manifest");
      }
      hashes.put(path, sha);
    }
    return hashes;
  }
}
