package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The part of the past the Git history can judge, read as of the check's date: from the day the
 * ISMS came into Git (isms.yaml's first commit) to as-of. A file that had to be committed before
 * that day (minutes of reviews held before an organisation adopted the repository, say) is not
 * judged, and a commit made after as-of had not happened yet.
 */
final class HistoryWindow {
  /** The file whose first commit marks when the ISMS came into Git. */
  static final String START = "isms.yaml";

  private final CheckContext context;
  private final LocalDate start;
  private int uncovered;

  private HistoryWindow(CheckContext context, LocalDate start) {
    this.context = context;
    this.start = start;
  }

  /** The window, or a note that the history holds nothing of the ISMS yet. */
  static Optional<HistoryWindow> of(CheckContext context, Findings findings) {
    Optional<LocalDate> start = firstCommittedOn(context, START);
    if (start.isEmpty()) {
      findings.note(
          "not judged: "
              + START
              + " is not committed yet, so the history holds nothing"
              + " of this ISMS");
    }
    return start.map(day -> new HistoryWindow(context, day));
  }

  /** Whether something due on that day falls inside the history; counts what does not. */
  boolean covers(LocalDate due) {
    if (due.isBefore(start)) {
      uncovered++;
      return false;
    }
    return true;
  }

  /** The day (in the author's own offset) the file was first committed, on or before as-of. */
  Optional<LocalDate> firstCommittedOn(String file) {
    return firstCommittedOn(context, file);
  }

  /** The day the file was first committed with text that passes the test, on or before as-of. */
  Optional<LocalDate> firstCommittedOn(String file, Predicate<String> content) {
    return onOrBeforeAsOf(context, context.history().firstCommitted(file, content));
  }

  /** Says, once, how many reviews fell before the history: {@code what} were due then. */
  void noteUncovered(Findings findings, String what) {
    if (uncovered == 0) {
      return;
    }
    findings.note(
        uncovered
            + (uncovered == 1 ? " review was" : " reviews were")
            + " not judged: "
            + what
            + " before "
            + START
            + " was first committed ("
            + start
            + "), so Git cannot tell when "
            + (uncovered == 1 ? "its file was" : "their files were")
            + " written");
  }

  private static Optional<LocalDate> firstCommittedOn(CheckContext context, String file) {
    return onOrBeforeAsOf(context, context.history().firstCommitted(file));
  }

  /** A commit dated after as-of had not happened yet, as the check sees it. */
  private static Optional<LocalDate> onOrBeforeAsOf(
      CheckContext context, Optional<ZonedDateTime> committed) {
    return committed.map(ZonedDateTime::toLocalDate).filter(day -> !day.isAfter(context.asOf()));
  }
}
