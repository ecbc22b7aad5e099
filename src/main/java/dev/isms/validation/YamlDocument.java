package dev.isms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML file: the tree and where each value stands in the text, keyed by JSON pointer
 * ({@code /attendees/0/present}). For a member of a mapping the location is that of its key, which
 * is where a person looks to fix it.
 */
public record YamlDocument(String relativePath, JsonNode root, Map<String, Position> positions) {

  public record Position(int line, int column) {}

  /** The position of the pointer, or of its nearest parent that has one. */
  public Position positionOf(String pointer) {
    String p = pointer;
    while (true) {
      Position pos = positions.get(p);
      if (pos != null) {
        return pos;
      }
      if (p.isEmpty()) {
        return new Position(1, 1);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }
}
