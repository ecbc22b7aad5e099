package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.util.Optional;

/**
 * Clause 9.3.2: the minutes of every held review cover each mandatory input of its framework with
 * something more than the template's prompt. An auditor's first question about a review.
 */
public final class ReviewInputsRule extends MinutesRule {
  public ReviewInputsRule() {
    super(
        new RuleInfo(
            "review-inputs",
            Severity.ERROR,
            "The minutes of a held review leave out a mandatory input of its framework (9.3.2 a-g),"
                + " or hold only the template's prompt there",
            "Give every mandatory input its own section in reviews/<ID>/minutes.md, headed by its"
                + " clause reference (### 9.3.2 c) ...), and record what management considered;"
                + " write `N/A: <reason>` where an input truly did not apply.",
            Needs.CONFIG));
  }

  @Override
  void check(CheckContext context, Review review, ClauseSet set, Findings findings) {
    String minutesFile = CheckContext.minutesFile(review);
    if (!context.exists(minutesFile)) {
      findings.errorAt(
          CheckContext.reviewFile(review),
          "/status",
          "review "
              + review.id()
              + " is "
              + review.status()
              + " but has no minutes: write "
              + minutesFile
              + " with one section per input of "
              + set.title()
              + " clause "
              + set.clause()
              + " (the minutes are the evidence that the review took place)");
      return;
    }
    context.minutes(review).ifPresent(m -> checkMinutes(review, m, set, findings));
  }

  private void checkMinutes(Review review, Minutes minutes, ClauseSet set, Findings findings) {
    String file = CheckContext.minutesFile(review);
    findings.checked(file);
    ClauseHeadings headings = new ClauseHeadings(minutes, set);
    for (Clause input : set.mandatoryInputs()) {
      String name = input.ref() + " " + input.title();
      Optional<Heading> heading = headings.input(input);
      if (heading.isEmpty()) {
        findings.errorAtLine(
            file,
            headings.lineForMissingInput(input),
            "minutes of "
                + review.id()
                + " do not cover "
                + name
                + ": add a section headed `"
                + "#".repeat(input.id().contains(".") ? 4 : 3)
                + " "
                + input.ref()
                + " ...` that records what management considered");
        continue;
      }
      SectionContent content = headings.content(heading.get(), input);
      int line = heading.get().line();
      switch (content.verdict()) {
        case EMPTY ->
            findings.errorAtLine(
                file,
                line,
                "the section on "
                    + name
                    + " holds nothing but the template's prompt: record what management"
                    + " considered, or write `N/A: <reason>`");
        case BARE_NA ->
            findings.errorAtLine(
                file,
                line,
                "the section on "
                    + name
                    + " says only `"
                    + content.quote()
                    + "`: give the reason it does not apply (`N/A: <reason>`), or record what was"
                    + " considered");
        case PLACEHOLDER ->
            findings.errorAtLine(
                file,
                line,
                "the section on "
                    + name
                    + " holds only the placeholder `"
                    + content.quote()
                    + "`: record what management considered");
        case VAGUE ->
            findings.warningAtLine(
                file,
                line,
                "the section on "
                    + name
                    + " says only `"
                    + content.quote()
                    + "`, which an auditor reads as not considered: record what was found and"
                    + " decided");
        case RECORDED -> {}
      }
    }
  }
}
