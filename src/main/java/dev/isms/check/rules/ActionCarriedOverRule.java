package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An action that has stayed open through two or more held reviews: the "actions open review after
 * review" pattern auditors flag, because it shows decisions that are not followed through.
 */
public final class ActionCarriedOverRule extends AbstractRule {
  public ActionCarriedOverRule() {
    super(
        new RuleInfo(
            "action-carried-over",
            Severity.WARNING,
            "An action has stayed open through two or more held reviews",
            "Have the next review decide on the action explicitly: escalate it, re-plan it with a"
                + " realistic due date and the resources it needs, or cancel it with a reason.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repo = context.repository();
    eachItem(
        repo.actions(),
        FileKind.ACTION,
        Action::id,
        findings,
        (action, file) -> {
          Optional<LocalDate> raised = repo.raisedOn(action);
          if (raised.isEmpty() || !action.wasOpenOn(context.asOf())) {
            return;
          }
          List<Review> through =
              CarryOver.heldReviewsOpenThrough(action, raised.get(), context.heldReviews());
          if (through.size() < CarryOver.LIMIT) {
            return;
          }
          findings.warningAt(
              file,
              action.raised() != null ? "/raised" : "/status",
              Texts.named(action.id(), action.title())
                  + " (owner: "
                  + (action.owner() == null ? "none" : action.owner())
                  + ") has stayed open through "
                  + through.size()
                  + " held reviews ("
                  + through.stream().map(Review::id).collect(Collectors.joining(", "))
                  + "): have the next review escalate it, re-plan it with a realistic due date, or"
                  + " cancel it with a reason");
        });
  }
}
