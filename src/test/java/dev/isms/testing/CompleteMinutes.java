package dev.isms.testing;

import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.minutes.TriggerRecord;

/**
 * Minutes that satisfy every rule of `isms check`, built from a clause set the way `review new`
 * lays them out: each input under its clause heading with the prompt as a comment and a recorded
 * discussion, then the results with an actions table and a full conclusion. An ad-hoc review's (an
 * id ending in {@code -adhoc}) also record the incident that called it.
 */
public final class CompleteMinutes {
  private CompleteMinutes() {}

  public static String of(String reviewId, String frameworkId) {
    return of(reviewId, new FrameworkCatalog().find(frameworkId).orElseThrow());
  }

  /** Minutes of a clause set as a repository uses it (its own procedure's inputs included). */
  public static String of(String reviewId, ClauseSet set) {
    StringBuilder md = new StringBuilder();
    md.append("# Management review ").append(reviewId).append(": minutes\n\n");
    if (reviewId.endsWith("-adhoc")) {
      md.append("## Trigger: the incident\n\n");
      for (TriggerRecord.Part part : TriggerRecord.INCIDENT.parts()) {
        md.append("### ").append(part.heading()).append("\n\n");
        md.append("<!-- ").append(part.prompt()).append(" -->\n\n");
        md.append("Recorded in the meeting: the certificate expired unmonitored.\n\n");
      }
    }
    md.append("## Inputs (").append(set.clause()).append(")\n\n");
    for (Clause input : set.inputs()) {
      md.append("### ").append(input.heading()).append("\n\n");
      if (input.hasChildren()) {
        for (Clause child : input.children()) {
          section(md, "####", child, reviewId);
        }
      } else {
        body(md, input, reviewId);
      }
    }
    md.append("## Results\n\n");
    for (Clause result : set.results()) {
      md.append("### ").append(result.title()).append("\n\n");
      md.append("<!-- ").append(result.prompt()).append(" -->\n");
      switch (result.kind()) {
        case ACTIONS ->
            md.append(
                "| ID | Action | Owner | Due | Success criteria |\n"
                    + "| --- | --- | --- | --- | --- |\n"
                    + "| ACT-1 | Enforce phishing-resistant MFA | Priya Shah | 2026-12-31 |"
                    + " All admins on FIDO2 keys |\n\n");
        case CONCLUSION ->
            md.append(
                "The ISMS remains suitable for the scope, adequate in its resources and effective:"
                    + " every KPI met its target this quarter.\n\n");
        case DECISION ->
            md.append(
                "Management decided to automate the access review export by Q4;"
                    + " Marco Diaz takes it forward.\n\n");
      }
    }
    return md.toString();
  }

  private static void section(StringBuilder md, String level, Clause clause, String reviewId) {
    md.append(level).append(' ').append(clause.heading()).append("\n\n");
    body(md, clause, reviewId);
  }

  /** What was considered, in words of this review's own (so no two reviews' minutes repeat). */
  private static void body(StringBuilder md, Clause clause, String reviewId) {
    md.append("<!-- ").append(clause.prompt()).append(" -->\n");
    md.append("Discussed at ")
        .append(reviewId)
        .append(" with figures from the pack: ")
        .append(clause.title())
        .append(" showed no change that needs a decision beyond those recorded below.\n\n");
  }
}
