package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import java.time.LocalDate;
import java.util.Optional;

/** Reading the history as of the check's date: a commit made after it had not happened yet. */
final class Commits {
  private Commits() {}

  /** The day (in the author's own offset) the file was first committed, on or before as-of. */
  static Optional<LocalDate> firstCommittedOn(CheckContext context, String file) {
    return context.history()
        .firstCommitted(file)
        .map(t -> t.toLocalDate())
        .filter(day -> !day.isAfter(context.asOf()));
  }
}
