package dev.isms.check.rules;

import dev.isms.IsmsException;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.Policy;
import dev.isms.framework.ClauseSet;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Minutes first committed long after the meeting look written after the fact. Git's history says
 * when they were first recorded: the first commit that holds something under an input, since `isms
 * review new` commits the empty template before the meeting. The policy (minutes_within) says how
 * soon they should have been.
 */
public final class MinutesLateRule extends AbstractRule {
  public MinutesLateRule() {
    super(
        new RuleInfo(
            "minutes-late",
            Severity.WARNING,
            "A review's minutes were first committed with content later after the meeting than the"
                + " policy allows (isms.yaml policy.minutes_within, P14D by default)",
            "Commit the minutes within the policy's period after the meeting, even as a draft that"
                + " is completed later: the first commit that records something under an input is"
                + " the evidence of when they were written (the template committed by `isms review"
                + " new` is not).",
            Needs.HISTORY));
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
      Optional<LocalDate> first = history.get().firstCommittedOn(file);
      Optional<LocalDate> written =
          first.isEmpty() ? first : history.get().firstCommittedOn(file, written(context, review));
      String policy = " (" + context.config().policy().cite(Policy.Key.MINUTES_WITHIN) + ")";
      if (written.isPresent()) {
        if (written.get().isAfter(deadline)) {
          findings.warningAtLine(
              file,
              1,
              "the minutes of "
                  + review.id()
                  + " (meeting "
                  + review.date()
                  + ") were first committed "
                  + (written.equals(first) ? "" : "with content ")
                  + "on "
                  + written.get()
                  + ", "
                  + Texts.days(ChronoUnit.DAYS.between(review.date(), written.get()))
                  + " after the meeting"
                  + (written.equals(first) ? "" : " (the earlier commits held only the template)")
                  + "; the policy allows "
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
                + ") are not committed"
                + (first.isPresent()
                    ? " beyond the empty template (committed " + first.get() + ")"
                    : "")
                + ", though the policy allows "
                + ReviewCadenceRule.describe(within)
                + policy
                + " and that ended "
                + deadline
                + ": "
                + (first.isPresent()
                    ? "record what management considered and commit it"
                    : "commit them"));
      }
    }
    history.get().noteUncovered(findings, "their minutes were due");
  }

  /**
   * Whether a version of the minutes records something under an input of the review's framework:
   * `isms review new` commits the template before the meeting, which is no record of it.
   */
  private static Predicate<String> written(CheckContext context, Review review) {
    Optional<ClauseSet> set = context.frameworkOf(review);
    if (set.isEmpty()) {
      return text -> true; // the loader reported the unknown framework; judge by the first commit
    }
    return text ->
        IsmsException.whileReading(
            CheckContext.minutesFile(review),
            () -> new ClauseHeadings(Minutes.parse(text), set.get()).recordSomeInput());
  }
}
