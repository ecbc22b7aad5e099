package dev.isms.store;

/** A file's text, already checked to be small enough, valid UTF-8 and inside the repository. */
public record SourceText(String relativePath, String text) {}
