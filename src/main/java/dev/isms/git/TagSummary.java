package dev.isms.git;

/**
 * An annotated tag: its name, the commit it points to, its message and whether it carries a
 * signature (OpenPGP or SSH, as Git stores them in the tag).
 */
public record TagSummary(
    String name, String commitId, String tagger, String message, boolean signed) {}
