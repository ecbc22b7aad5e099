package dev.isms.register;

import java.util.Optional;

/**
 * What a register command did to one item's file: which file, the commit message it used, and the
 * commit id, or why there is no commit ("--no-commit", "not in a Git repository").
 */
public record ItemChange(
    String id, String relativePath, String message, Optional<String> commit, String whyNoCommit) {

  /** The line a command prints: "actions/ACT-2026-031.yaml: action(ACT-2026-031): complete". */
  public String summary() {
    String subject = message.lines().findFirst().orElse(message);
    String state = commit.map(c -> "committed " + c.substring(0, 12)).orElse(whyNoCommit);
    return relativePath + ": " + subject + " (" + state + ")";
  }
}
