package dev.isms.testing;

/** What one run of the CLI printed and returned. */
public record CommandResult(int exitCode, String out, String err) {}
