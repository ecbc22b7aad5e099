package dev.isms.check;

/**
 * Something the check could not do, said instead of failing: a rule skipped as a whole and why
 * ({@code skipped}), or a part of its work it left out (reviews older than the Git history).
 */
public record Note(String ruleId, String message, boolean skipped) {
  public static Note skipped(String ruleId, String message) {
    return new Note(ruleId, message, true);
  }

  public static Note partial(String ruleId, String message) {
    return new Note(ruleId, message, false);
  }
}
