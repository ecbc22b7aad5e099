package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.ReviewType;
import dev.isms.problem.Severity;
import dev.isms.review.model.Quorum;
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
            "A held review lacked its quorum: top management (or its review type's"
                + " required_roles), in person or by an authorised delegate",
            "Clause 9.3.1 requires top management to review the ISMS. Record the attendance in"
                + " reviews/<ID>/review.yaml truthfully; if no top manager attended, hold the"
                + " review again with them or have them review and approve the minutes.",
            Needs.CONFIG));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    List<String> topManagement = context.config().topManagement();
    eachItem(
        context.heldReviews(),
        FileKind.REVIEW,
        Review::id,
        findings,
        (review, file) -> {
          ReviewType type = context.config().reviewType(review.type()).orElse(null);
          Quorum quorum = Quorum.of(type, topManagement);
          Quorum.Assessment assessment = quorum.assess(review);
          for (Quorum.Cover cover : assessment.delegations()) {
            findings.note(
                "review "
                    + review.id()
                    + ": "
                    + cover.by().name()
                    + " ("
                    + cover.by().role()
                    + ") stood in for the "
                    + cover.role()
                    + " as an authorised delegate (review_types."
                    + review.type()
                    + ".delegates)");
          }
          if (assessment.met()) {
            return;
          }
          String hint = unauthorisedHint(review, assessment);
          if (assessment.everyRole()) {
            for (String role : assessment.missing()) {
              int index = indexOfRole(review, role);
              findings.errorAt(
                  file,
                  index < 0 ? "/attendees" : "/attendees/" + index,
                  "review "
                      + review.id()
                      + " was held without its quorum: no "
                      + role
                      + " was present (review_types."
                      + review.type()
                      + ".required_roles: "
                      + String.join(", ", quorum.roles())
                      + ")"
                      + hint
                      + "; record their attendance, or hold the review again with them");
            }
            return;
          }
          withoutTopManagement(review, file, topManagement, hint, findings);
        });
  }

  private static void withoutTopManagement(
      Review review, String file, List<String> roles, String hint, Findings findings) {
    Set<String> wanted =
        roles.stream().map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<Integer> topIndexes = new ArrayList<>();
    for (int i = 0; i < review.attendees().size(); i++) {
      if (wanted.contains(review.attendees().get(i).role().toLowerCase(Locale.ROOT))) {
        topIndexes.add(i);
      }
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
              + " (isms.yaml top_management)"
              + hint
              + "; clause 9.3.1 requires top management to review"
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
            + hint
            + "; clause 9.3.1 requires top management to review the ISMS: record their"
            + " attendance, or hold the review again with them");
  }

  private static int indexOfRole(Review review, String role) {
    for (int i = 0; i < review.attendees().size(); i++) {
      if (review.attendees().get(i).role().equalsIgnoreCase(role)) {
        return i;
      }
    }
    return -1;
  }

  /** Why a recorded stand-in did not count, and how to authorise one if it should have. */
  private static String unauthorisedHint(Review review, Quorum.Assessment assessment) {
    if (assessment.unauthorised().isEmpty()) {
      return "";
    }
    Quorum.UnauthorisedDelegate d = assessment.unauthorised().get(0);
    return " ("
        + d.attendee().name()
        + " stood in for the "
        + d.role()
        + ", but review type "
        + review.type()
        + " does not authorise a "
        + d.attendee().role()
        + " to: add delegates: {"
        + d.role()
        + ": ["
        + d.attendee().role()
        + "]} under review_types."
        + review.type()
        + " in isms.yaml if that delegation was agreed)";
  }
}
