package dev.isms.cli;

import dev.isms.review.ReviewLifecycle;
import java.io.PrintWriter;

/** Prints what hold or approve did: its lines, then the commit or why there is none. */
final class LifecycleReport {
  private LifecycleReport() {}

  static void print(PrintWriter out, ReviewLifecycle.Outcome outcome) {
    outcome.lines().forEach(out::println);
    out.println(
        outcome
            .written()
            .commitName()
            .map(
                c ->
                    "Committed "
                        + c.substring(0, 7)
                        + " ("
                        + outcome.written().files().size()
                        + " files)")
            .orElse("Not committed: " + outcome.written().outcome().note()));
  }
}
