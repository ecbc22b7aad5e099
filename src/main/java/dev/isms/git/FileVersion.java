package dev.isms.git;

/** One committed version of a file: the commit that left it and the text it left. */
public record FileVersion(CommitSummary commit, String text) {}
