package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule;
import dev.isms.problem.Severity;
import dev.isms.review.Review;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Minutes first committed long after the meeting look written after the fact. Git's history says
 * when they were first recorded; the policy (minutes_within) says how soon they should have been.
 */
public final class MinutesLateRule implements Rule {
  @Override
  public String id() {
    return "minutes-late";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A review's minutes were first committed later after the meeting than the policy allows"
        + " (isms.yaml policy.minutes_within, P14D by default)";
  }

  @Override
  public String help() {
    return "Commit the minutes within the policy's period after the meeting, even as a draft that"
        + " is completed later: the first commit is the evidence of when they were written.";
  }

  @Override
  public Needs needs() {
    return Needs.HISTORY;
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    Period within = context.config().policy().minutesWithin();
    Optional<HistoryWindow> history = HistoryWindow.of(context, findings);
    if (history.isEmpty()) {
      return;
    }
    for (Review review : context.heldReviews()) {
      String file = CheckContext.minutesFile(review);
      if (!context.exists(file)) {
        continue; // review-inputs reports missing minutes
      }
      LocalDate deadline = review.date().plus(within);
      if (!history.get().covers(deadline)) {
        continue;
      }
      findings.checked(file);
      Optional<LocalDate> committed = history.get().firstCommittedOn(file);
      String policy = " (policy.minutes_within: " + within + ")";
      if (committed.isPresent()) {
        if (committed.get().isAfter(deadline)) {
          findings.warningAtLine(
              file,
              1,
              "the minutes of "
                  + review.id()
                  + " (meeting "
                  + review.date()
                  + ") were first committed on "
                  + committed.get()
                  + ", "
                  + Texts.days(ChronoUnit.DAYS.between(review.date(), committed.get()))
                  + " after the meeting; the policy allows "
                  + ReviewCadenceRule.describe(within)
                  + policy
                  + ": commit minutes, even a draft, soon after the meeting");
        }
      } else if (deadline.isBefore(context.asOf())) {
        findings.warningAtLine(
            file,
            1,
            "the minutes of "
                + review.id()
                + " (meeting "
                + review.date()
                + ") are not committed, though the policy allows "
                + ReviewCadenceRule.describe(within)
                + policy
                + " and that ended "
                + deadline
                + ": commit them");
      }
    }
    history.get().noteUncovered(findings, "their minutes were due");
  }
}
