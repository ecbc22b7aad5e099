package dev.isms.register;

import java.util.Optional;

/**
 * What a register command did to one item's file: which file, the commit message it used, and the
 * commit id unless the command was told not to commit or found no Git repository.
 */
public record ItemChange(String id, String relativePath, String message, Optional<String> commit) {

  /** The line a command prints: "actions/ACT-2026-031.yaml: action(ACT-2026-031): complete". */
  public String summary() {
    String state =
        commit.map(c -> "committed " + c.substring(0, 7)).orElse("written, not committed");
    return relativePath + ": " + message + " (" + state + ")";
  }
}
