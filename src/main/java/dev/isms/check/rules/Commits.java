package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import java.time.LocalDate;
import java.util.Optional;

/** Reading the history as of the check's date: a commit made after it had not happened yet. */
final class Commits {
  /** The file whose first commit marks when the ISMS came into Git. */
  static final String START = "isms.yaml";

  private Commits() {}

  /** The day (in the author's own offset) the file was first committed, on or before as-of. */
  static Optional<LocalDate> firstCommittedOn(CheckContext context, String file) {
    return context.history()
        .firstCommitted(file)
        .map(t -> t.toLocalDate())
        .filter(day -> !day.isAfter(context.asOf()));
  }

  /**
   * The day the ISMS came into Git. What had to be committed before it (minutes of reviews held
   * before an organisation adopted the repository, say) the history cannot judge.
   */
  static Optional<LocalDate> historyStart(CheckContext context) {
    return firstCommittedOn(context, START);
  }

  /** The note for the rule about what its history cannot cover. */
  static String before(LocalDate start, int count, String what) {
    return count
        + (count == 1 ? " review was" : " reviews were")
        + " not judged: "
        + what
        + " before "
        + START
        + " was first committed ("
        + start
        + "), so Git cannot tell when "
        + (count == 1 ? "its file was" : "their files were")
        + " written";
  }
}
