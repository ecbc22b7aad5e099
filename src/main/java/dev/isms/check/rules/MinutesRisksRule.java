package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.minutes.RiskMentions;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.util.List;

/**
 * A risk the meeting identified is only managed once it is in the register: a risk id the minutes
 * name with no file in risks/ is a warning while the review is held (approval refuses until it is
 * entered) and an error once it is approved.
 */
public final class MinutesRisksRule extends AbstractRule {
  public MinutesRisksRule() {
    super(
        new RuleInfo(
            "minutes-risks",
            Severity.ERROR,
            "The minutes of a held review name a risk id that the risk register does not hold",
            "Enter each risk the review identified as risks/<ID>.yaml (owner, likelihood, impact,"
                + " treatment) before `isms review approve`, or correct the id in the minutes.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repository = context.repository();
    List<String> ids = repository.risks().stream().map(Risk::id).toList();
    eachItem(
        context.heldReviews(),
        FileKind.REVIEW,
        Review::id,
        findings,
        (review, reviewFile) -> {
          String file = CheckContext.minutesFile(review);
          context
              .minutes(review)
              .ifPresent(
                  minutes -> {
                    findings.checked(file);
                    for (RiskMentions.Mention m : RiskMentions.unknown(minutes.markdown(), ids)) {
                      if (context.exists(IsmsRepository.pathOf(FileKind.RISK, m.id()))) {
                        continue; // there but invalid: the loader reports it
                      }
                      String message =
                          "the minutes of "
                              + review.id()
                              + " name risk "
                              + m.id()
                              + ", which has no file "
                              + IsmsRepository.pathOf(FileKind.RISK, m.id());
                      if ("approved".equals(review.status())) {
                        findings.errorAtLine(
                            file,
                            m.line(),
                            message
                                + ", though the review is approved: enter the risk the review"
                                + " identified, or correct the id in the minutes");
                      } else {
                        findings.warningAtLine(
                            file,
                            m.line(),
                            message
                                + " yet: enter it (owner, likelihood, impact, treatment) before"
                                + " `isms review approve "
                                + review.id()
                                + "`, which refuses until then");
                      }
                    }
                  });
        });
  }
}
