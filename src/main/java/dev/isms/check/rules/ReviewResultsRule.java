package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.ResultKind;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import dev.isms.minutes.Section;
import dev.isms.minutes.Table;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * Clause 9.3.3: the minutes record decisions on improvement, the changes needed to the ISMS,
 * actions with owner and due date, and a conclusion on suitability, adequacy and effectiveness.
 * "Security was discussed" as a whole section is the vague record auditors flag.
 */
public final class ReviewResultsRule extends MinutesRule {
  public ReviewResultsRule() {
    super(
        new RuleInfo(
            "review-results",
            Severity.ERROR,
            "The minutes of a held review lack decisions on improvement or changes, actions with"
                + " owner and due date, or a conclusion on suitability, adequacy and effectiveness;"
                + " or record them vaguely",
            "Under the results (9.3.3) of reviews/<ID>/minutes.md, record each decision, the"
                + " changes needed to the ISMS, one table row per action (| ID | Action | Owner |"
                + " Due | Success criteria |) and whether the ISMS remains suitable, adequate and"
                + " effective, on what evidence. Phrases such as \"continue current approach\""
                + " record no decision.",
            Needs.CONFIG));
  }

  private static final List<String> CONCLUSION_STEMS = List.of("suitab", "adequa", "effective");

  @Override
  void check(CheckContext context, Review review, ClauseSet set, Findings findings) {
    context.minutes(review).ifPresent(m -> checkMinutes(review, m, set, findings));
  }

  private void checkMinutes(Review review, Minutes minutes, ClauseSet set, Findings findings) {
    String file = CheckContext.minutesFile(review);
    findings.checked(file);
    ClauseHeadings headings = new ClauseHeadings(minutes, set);
    for (Clause result : set.results()) {
      boolean required = result.isRequired();
      Optional<Heading> heading = headings.result(result);
      if (heading.isEmpty()) {
        if (required) {
          findings.errorAtLine(
              file,
              headings.lineForMissingResult(),
              "minutes of "
                  + review.id()
                  + " record no `"
                  + result.title()
                  + "` ("
                  + result.source()
                  + "): add a section headed `### "
                  + result.resultHeading()
                  + "`; "
                  + lowerFirst(result.prompt()));
        }
        continue;
      }
      Section section = minutes.section(heading.get(), headings::isClauseHeading);
      if (result.kind() == ResultKind.ACTIONS) {
        checkActions(review, file, section, findings);
        continue;
      }
      SectionContent content = SectionContent.judge(section.text(), result.prompt());
      int line = heading.get().line();
      String name = "`" + result.title() + "`";
      switch (content.verdict()) {
        case EMPTY, BARE_NA, PLACEHOLDER -> {
          String says =
              content.verdict() == SectionContent.Verdict.EMPTY
                  ? " holds nothing but the template's prompt: "
                  : " says only `" + content.quote() + "`: ";
          findings.atLine(
              required ? Severity.ERROR : Severity.WARNING,
              file,
              line,
              name + says + lowerFirst(result.prompt()));
        }
        case VAGUE ->
            findings.warningAtLine(
                file,
                line,
                name
                    + " says only `"
                    + content.quote()
                    + "`, which records no decision: "
                    + lowerFirst(result.prompt()));
        case RECORDED -> {
          if (result.kind() == ResultKind.CONCLUSION) {
            SectionContent.missingStem(content.quote(), CONCLUSION_STEMS)
                .ifPresent(
                    stem ->
                        findings.warningAtLine(
                            file,
                            line,
                            "the conclusion does not say whether the ISMS remains "
                                + quality(stem)
                                + ": state a conclusion on its suitability, adequacy and"
                                + " effectiveness (9.3.1), and on what evidence"));
          }
        }
      }
    }
  }

  private void checkActions(Review review, String file, Section section, Findings findings) {
    int line = section.heading().line();
    Optional<Table> table =
        section.tables().stream()
            .filter(t -> t.column("owner").isPresent() || t.column("due", "due date").isPresent())
            .findFirst();
    if (table.isEmpty()) {
      SectionContent content = SectionContent.judge(section.text(), null);
      if (content.isJustifiedNotApplicable()) {
        return; // N/A with a reason: the review decided no new actions and said why
      }
      findings.errorAtLine(
          file,
          line,
          "the actions of "
              + review.id()
              + " are not recorded as a table: add one row per action (| ID | Action | Owner |"
              + " Due | Success criteria |), or write `N/A: <reason>` if the review decided none");
      return;
    }
    Table t = table.get();
    Optional<Integer> owner = t.column("owner");
    Optional<Integer> due = t.column("due", "due date");
    if (owner.isEmpty() || due.isEmpty()) {
      findings.errorAtLine(
          file,
          t.line(),
          "the actions table has no `"
              + (owner.isEmpty() ? "Owner" : "Due")
              + "` column: give every action an owner and a due date");
      return;
    }
    if (t.rows().isEmpty()) {
      findings.errorAtLine(
          file,
          t.line(),
          "the actions table of "
              + review.id()
              + " has no rows: record the actions decided, each with owner and due date, or"
              + " write `N/A: <reason>` instead of the table if the review decided none");
      return;
    }
    for (Table.Row row : t.rows()) {
      String label = row.cell(0).isEmpty() ? "an action" : "action `" + row.cell(0) + "`";
      String who = row.cell(owner.get());
      String when = row.cell(due.get());
      if (who.isEmpty()) {
        findings.errorAtLine(
            file, row.line(), label + " has no owner: name the person who answers for it");
      }
      if (when.isEmpty()) {
        findings.errorAtLine(file, row.line(), label + " has no due date: add one (YYYY-MM-DD)");
      } else if (!isDate(when)) {
        findings.errorAtLine(
            file,
            row.line(),
            label + " is due `" + when + "`, which is not a date: write it as YYYY-MM-DD");
      }
    }
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String quality(String stem) {
    return switch (stem) {
      case "suitab" -> "suitable";
      case "adequa" -> "adequate";
      default -> "effective";
    };
  }

  private static String lowerFirst(String s) {
    if (s == null || s.isEmpty()) {
      return "record it";
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
