package dev.isms.action;

/** The moves of an action through its lifecycle, each an {@code isms action} subcommand. */
public enum ActionStep {
  START("start"),
  BLOCK("block"),
  COMPLETE("complete"),
  ESCALATE("escalate"),
  CANCEL("cancel"),
  CLOSE("close");

  private final String word;

  ActionStep(String word) {
    this.word = word;
  }

  /** The subcommand, and the word of the commit message: {@code action(ACT-1): complete}. */
  public String word() {
    return word;
  }
}
