package dev.isms.validation;

import dev.isms.problem.Problem;
import java.util.Map;

/** Where a field of a parsed file starts, for problems that point at it (0 where unknown). */
public final class Positions {
  private final Map<String, YamlDocument> documents;

  /** {@code documents} by relative path; the map may still grow while files are read. */
  public Positions(Map<String, YamlDocument> documents) {
    this.documents = documents;
  }

  public int line(String rel, String pointer) {
    YamlDocument doc = documents.get(rel);
    return doc == null ? 0 : doc.positionOf(pointer).line();
  }

  /** A problem at the field {@code pointer} of the file {@code rel}. */
  public Problem error(ProblemId id, String rel, String pointer, String message) {
    return id.error(rel, line(rel, pointer), column(rel, pointer), message);
  }

  public int column(String rel, String pointer) {
    YamlDocument doc = documents.get(rel);
    return doc == null ? 0 : doc.positionOf(pointer).column();
  }
}
