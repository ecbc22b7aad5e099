package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.Policy;
import dev.isms.problem.Severity;
import dev.isms.review.BusinessDays;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The briefing pack should reach attendees some business days before the meeting (isms.yaml
 * policy.pack_lead_business_days, 5 by default), so they come prepared. Git says when it was first
 * committed. Weekends and the public holidays of policy.holidays are not business days.
 */
public final class PackLateRule extends AbstractRule {
  public PackLateRule() {
    super(
        new RuleInfo(
            "pack-late",
            Severity.WARNING,
            "A review's briefing pack (reviews/<ID>/pack.md) was first committed fewer business"
                + " days before the meeting than the policy asks (policy.pack_lead_business_days, 5"
                + " by default)",
            "Generate and commit the pack (`isms pack`) early enough that attendees can read it"
                + " before the meeting.",
            Needs.HISTORY));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    int lead = context.config().policy().packLeadBusinessDays();
    BusinessDays days = BusinessDays.of(context.config().policy());
    Optional<HistoryWindow> history = HistoryWindow.of(context, findings);
    if (history.isEmpty()) {
      return;
    }
    for (Review review : context.repository().reviews()) {
      String file = CheckContext.packFile(review);
      if (!context.exists(file)) {
        continue; // reviews without a pack are not judged
      }
      LocalDate deadline = days.minus(review.date(), lead);
      if (!history.get().covers(deadline)) {
        continue;
      }
      findings.checked(file);
      Optional<LocalDate> committed = history.get().firstCommittedOn(file);
      String policy =
          " (" + context.config().policy().cite(Policy.Key.PACK_LEAD_BUSINESS_DAYS) + ")";
      if (committed.isPresent()) {
        int ahead = days.between(committed.get(), review.date());
        if (ahead < lead) {
          String when =
              committed.get().isAfter(review.date())
                  ? "after the meeting on " + review.date()
                  : Texts.plural(ahead, "business day") + " before the meeting on " + review.date();
          findings.warningAtLine(
              file,
              1,
              "the briefing pack of "
                  + review.id()
                  + " was first committed on "
                  + committed.get()
                  + ", "
                  + when
                  + "; the policy asks for "
                  + Texts.plural(lead, "business day")
                  + policy
                  + ": commit it by "
                  + deadline
                  + " next time so attendees can prepare");
        }
      } else if (deadline.isBefore(context.asOf())) {
        findings.warningAtLine(
            file,
            1,
            "the briefing pack of "
                + review.id()
                + " is not committed, though the meeting "
                + (review.date().isBefore(context.asOf()) ? "was" : "is")
                + " on "
                + review.date()
                + " and the policy asks for it "
                + Texts.plural(lead, "business day")
                + " ahead"
                + policy
                + ": commit it");
      }
    }
    history.get().noteUncovered(findings, "their packs were due");
  }
}
