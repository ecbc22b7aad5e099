package dev.isms.review;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The human-readable account of `isms review new`: what was written, committed, and what next. */
public final class ScaffoldReport {
  private final ScaffoldResult result;

  public ScaffoldReport(ScaffoldResult result) {
    this.result = result;
  }

  public void print(PrintWriter out) {
    ReviewPlan plan = result.plan();
    out.println(
        "Scaffolded the "
            + plan.type()
            + " management review "
            + plan.id()
            + ": "
            + BusinessDays.weekday(plan.date())
            + " "
            + plan.date()
            + ", "
            + result.duration()
            + " minutes, chaired by "
            + result.chair()
            + ".");
    out.println("  date: " + plan.dateReason());
    for (Path p : result.written()) {
      out.println("  wrote " + relative(p));
    }
    switch (result.committed()) {
      case YES ->
          out.println(
              "Committed "
                  + result.written().size()
                  + " files as "
                  + result.commitId().orElseThrow().substring(0, 12)
                  + ": "
                  + result.commitMessage());
      case NOT_ASKED -> out.println("Nothing was committed (--no-commit).");
      case NO_GIT_REPOSITORY ->
          out.println("Nothing was committed: " + result.root() + " is not in a Git repository.");
    }
    for (String note : result.notes()) {
      out.println("Note: " + note);
    }
    String folder = "reviews/" + plan.id() + "/";
    out.println("Next:");
    out.println(
        "  1. Read "
            + folder
            + "agenda.md and send it with the invitation "
            + folder
            + "invite.ics to the attendees.");
    out.println(
        "  2. Run `isms pack "
            + plan.id()
            + "` and send the briefing pack by "
            + BusinessDays.weekday(result.preRead())
            + " "
            + result.preRead()
            + ".");
    out.println(
        "  3. After the meeting: write "
            + folder
            + "minutes.md, set `present` and"
            + " `status: held` in "
            + folder
            + "review.yaml, and run `isms check`.");
  }

  private String relative(Path p) {
    return result.root().relativize(p).toString().replace('\\', '/');
  }
}
