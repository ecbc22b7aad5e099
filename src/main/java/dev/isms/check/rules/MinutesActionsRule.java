package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.minutes.ActionsTable;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.util.Optional;

/**
 * The minutes' actions table and the action register tell the same story: every action id the table
 * names has a file (after approval; before it, `isms review approve` creates them), and every
 * action whose source is a review appears in that review's minutes.
 */
public final class MinutesActionsRule extends AbstractRule {
  public MinutesActionsRule() {
    super(
        new RuleInfo(
            "minutes-actions",
            Severity.ERROR,
            "An action id in a review's actions table has no file in actions/, or an action's"
                + " source names a review whose minutes do not mention it",
            "Let `isms review approve ID` turn the minutes' actions table into action files; correct"
                + " an id in the table that names no action, or the source of an action that the review"
                + " did not decide.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repository = context.repository();
    for (Review review : repository.reviews()) {
      Optional<Minutes> minutes = context.minutes(review);
      if (minutes.isEmpty()) {
        continue;
      }
      String file = CheckContext.minutesFile(review);
      findings.checked(file);
      boolean approved = "approved".equals(review.status());
      for (ActionsTable.Row row : ActionsTable.rows(minutes.get())) {
        if (row.isBlank()
            || row.hasNoId()
            || repository.action(row.id()).isPresent()
            || context.exists(IsmsRepository.pathOf(FileKind.ACTION, row.id()))) {
          continue; // an action file that is there but invalid is the loader's to report
        }
        String message =
            "the actions table of "
                + review.id()
                + " names "
                + row.id()
                + ", which has no file "
                + IsmsRepository.pathOf(FileKind.ACTION, row.id());
        if (approved) {
          findings.errorAtLine(
              file,
              row.line(),
              message
                  + ", though the review is approved: create the action file (source: "
                  + review.id()
                  + "), or correct the id in the minutes");
        } else {
          findings.warningAtLine(
              file,
              row.line(),
              message
                  + " yet: `isms review approve "
                  + review.id()
                  + "` creates it from the row, or correct the id");
        }
      }
    }
    for (Action action : repository.actions()) {
      if (Texts.isBlank(action.source())) {
        continue;
      }
      Optional<Review> source = repository.review(action.source().strip());
      if (source.isEmpty()) {
        continue;
      }
      Optional<Minutes> minutes = context.minutes(source.get());
      String actionFile = IsmsRepository.pathOf(FileKind.ACTION, action.id());
      findings.checked(actionFile);
      if (minutes.isEmpty() || !source.get().wasHeld() || minutes.get().mentions(action.id())) {
        continue;
      }
      findings.errorAt(
          actionFile,
          "/source",
          action.id()
              + " names review "
              + source.get().id()
              + " as its source, but the minutes of "
              + source.get().id()
              + " do not mention it: add it to that review's actions table, or correct the"
              + " source");
    }
  }
}
