package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.Policy;
import dev.isms.config.ReviewType;
import dev.isms.problem.Severity;
import dev.isms.review.BusinessDays;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Attendees are invited some time before a planned review (isms.yaml policy.invitation_lead_days,
 * 14 by default; the Ministry of Security procedure asks for two weeks). The invitation is the
 * commit that scaffolds the review ({@code isms review new} commits review.yaml, the agenda and
 * invite.ics together), so Git says when it went out. The deadline falls on a business day (the one
 * before, if the lead time ends on a weekend or a listed public holiday). A review called by an
 * incident, finding or change is held at short notice and is not judged.
 */
public final class ReviewInvitationRule extends AbstractRule {
  public ReviewInvitationRule() {
    super(
        new RuleInfo(
            "review-invitation",
            Severity.WARNING,
            "A planned review was scaffolded (its invitation, the first commit of"
                + " reviews/<ID>/review.yaml) fewer days before the meeting than the policy asks"
                + " (policy.invitation_lead_days, 14 by default)",
            "Scaffold each review (`isms review new`) and send its invite.ics by the invitation"
                + " date `isms calendar` lists; if the procedure allows less notice, lower"
                + " policy.invitation_lead_days in isms.yaml.",
            Needs.HISTORY));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    int lead = context.config().policy().invitationLeadDays();
    BusinessDays days = BusinessDays.of(context.config().policy());
    Optional<HistoryWindow> history = HistoryWindow.of(context, findings);
    if (history.isEmpty()) {
      return;
    }
    String policy = " (" + context.config().policy().cite(Policy.Key.INVITATION_LEAD_DAYS) + ")";
    for (Review review : context.repository().reviews()) {
      Optional<ReviewType> type = context.config().reviewType(review.type());
      if (review.date() == null || type.isEmpty() || calledAtShortNotice(review, type.get())) {
        continue; // an unknown type is reported by the loader; ad-hoc reviews are not planned
      }
      LocalDate deadline = days.onOrBefore(review.date().minusDays(lead));
      if (!history.get().covers(deadline)) {
        continue;
      }
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      Optional<LocalDate> invited = history.get().firstCommittedOn(file);
      if (invited.isPresent()) {
        if (invited.get().isAfter(deadline)) {
          long ahead = ChronoUnit.DAYS.between(invited.get(), review.date());
          findings.warningAt(
              file,
              "/date",
              "the invitation to "
                  + review.id()
                  + " (the commit that scaffolded "
                  + file
                  + ") is dated "
                  + invited.get()
                  + ", "
                  + (ahead < 0
                      ? Texts.days(-ahead) + " after the meeting on " + review.date()
                      : Texts.days(ahead) + " before the meeting on " + review.date())
                  + "; the policy asks for "
                  + Texts.days(lead)
                  + policy
                  + ", so by "
                  + deadline
                  + ": scaffold the next review by the invitation date `isms calendar` lists");
        }
      } else if (deadline.isBefore(context.asOf()) && !review.wasHeld()) {
        findings.warningAt(
            file,
            "/date",
            "review "
                + review.id()
                + " on "
                + review.date()
                + " is not committed, so no invitation is on record, though the policy asks for"
                + " one "
                + Texts.days(lead)
                + " ahead"
                + policy
                + ", by "
                + deadline
                + ": commit it (`isms review new` does) and send its invite.ics");
      }
    }
    history.get().noteUncovered(findings, "their invitations were due");
  }

  /** A review an incident, finding or change called: held within days of it, not planned. */
  private static boolean calledAtShortNotice(Review review, ReviewType type) {
    return review.trigger() != null || (type.every() == null && type.isTriggered());
  }
}
