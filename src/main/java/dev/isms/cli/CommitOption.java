package dev.isms.cli;

import picocli.CommandLine.Option;

/** {@code --no-commit}, the same on every command that writes: write, leave Git to the user. */
final class CommitOption {
  @Option(
      names = "--no-commit",
      negatable = false,
      description = "Write the files, leave Git alone (nothing is staged or committed).")
  boolean noCommit;

  /** Whether the command commits what it wrote. */
  boolean commit() {
    return !noCommit;
  }
}
