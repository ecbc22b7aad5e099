package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.validation.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Clause 9.3.1: top management reviews the ISMS, so a held review needs one of them present. */
public final class TopManagementRule extends AbstractRule {
  public TopManagementRule() {
    super(
        new RuleInfo(
            "top-management",
            Severity.ERROR,
            "A held review had no one of a top-management role (isms.yaml top_management) present",
            "Clause 9.3.1 requires top management to review the ISMS. Record the attendance in"
                + " reviews/<ID>/review.yaml truthfully; if no top manager attended, hold the"
                + " review again with them or have them review and approve the minutes.",
            Needs.CONFIG));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    List<String> roles = context.config().topManagement();
    Set<String> wanted =
        roles.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    eachItem(
        context.heldReviews(),
        FileKind.REVIEW,
        Review::id,
        findings,
        (review, file) -> {
          List<Integer> topIndexes = new ArrayList<>();
          boolean present = false;
          for (int i = 0; i < review.attendees().size(); i++) {
            Review.Attendee a = review.attendees().get(i);
            if (wanted.contains(a.role().toLowerCase(Locale.ROOT))) {
              topIndexes.add(i);
              present |= a.isPresent();
            }
          }
          if (present) {
            return;
          }
          String roleList = String.join(" or ", roles);
          if (topIndexes.isEmpty()) {
            findings.errorAt(
                file,
                "/attendees",
                "review "
                    + review.id()
                    + " was held without top management: no attendee has the role "
                    + roleList
                    + " (isms.yaml top_management); clause 9.3.1 requires top management to review"
                    + " the ISMS: add them to the attendees, or hold the review again with them");
            return;
          }
          int first = topIndexes.get(0);
          Review.Attendee a = review.attendees().get(first);
          String state = a.present() == null ? "has no recorded attendance" : "is marked absent";
          findings.errorAt(
              file,
              "/attendees/" + first + (a.present() == null ? "" : "/present"),
              "review "
                  + review.id()
                  + " was held without top management: "
                  + a.name()
                  + " ("
                  + a.role()
                  + ") "
                  + state
                  + (topIndexes.size() > 1 ? " and no other " + roleList + " was present" : "")
                  + "; clause 9.3.1 requires top management to review the ISMS: record their"
                  + " attendance, or hold the review again with them");
        });
  }
}
