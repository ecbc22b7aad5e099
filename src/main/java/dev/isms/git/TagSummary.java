package dev.isms.git;

import java.time.ZonedDateTime;

/**
 * An annotated tag: its name, the commit it points to, its message and whether it carries a
 * signature (OpenPGP or SSH, as Git stores them in the tag), with who tagged it and when (null when
 * the tag names no tagger).
 */
public record TagSummary(
    String name,
    String commitId,
    String tagger,
    String message,
    boolean signed,
    String taggerEmail,
    ZonedDateTime taggedAt) {

  public TagSummary(String name, String commitId, String tagger, String message, boolean signed) {
    this(name, commitId, tagger, message, signed, "", null);
  }
}
