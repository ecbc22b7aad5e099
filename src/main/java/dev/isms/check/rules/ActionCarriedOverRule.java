package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule;
import dev.isms.problem.Severity;
import dev.isms.review.Review;
import dev.isms.store.FileKind;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An action that has stayed open through two or more held reviews: the "actions open review after
 * review" pattern auditors flag, because it shows decisions that are not followed through.
 */
public final class ActionCarriedOverRule implements Rule {
  @Override
  public String id() {
    return "action-carried-over";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "An action has stayed open through two or more held reviews";
  }

  @Override
  public String help() {
    return "Have the next review decide on the action explicitly: escalate it, re-plan it with a"
        + " realistic due date and the resources it needs, or cancel it with a reason.";
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repo = context.repository();
    for (Action action : repo.actions()) {
      String file = IsmsRepository.pathOf(FileKind.ACTION, action.id());
      findings.checked(file);
      Optional<LocalDate> raised = repo.raisedOn(action);
      if (raised.isEmpty() || !action.wasOpenOn(context.asOf())) {
        continue;
      }
      List<Review> through =
          CarryOver.heldReviewsOpenThrough(action, raised.get(), context.heldReviews());
      if (through.size() < CarryOver.LIMIT) {
        continue;
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
    }
  }
}
