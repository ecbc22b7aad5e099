package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.minutes.Attendance;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Attendance lives in review.yaml; the minutes' attendance table shows it. Where the two disagree
 * (a person in one and not the other, present in one and absent in the other) one of them is wrong,
 * and an auditor cannot tell which.
 */
public final class AttendanceMismatchRule extends AbstractRule {
  public AttendanceMismatchRule() {
    super(
        new RuleInfo(
            "attendance-mismatch",
            Severity.ERROR,
            "review.yaml's attendees and the minutes' attendance table disagree",
            "Record attendance once, with `isms review hold ID --present NAME...`, which writes"
                + " review.yaml and generates the minutes' table from it; or correct whichever of the"
                + " two is wrong.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    for (Review review : context.repository().reviews()) {
      Optional<Minutes> minutes = context.minutes(review);
      Optional<Attendance> table = minutes.flatMap(Attendance::of);
      if (table.isEmpty()) {
        continue;
      }
      String file = CheckContext.minutesFile(review);
      findings.checked(file);
      findings.checked(CheckContext.reviewFile(review));
      Map<String, Review.Attendee> yaml = new LinkedHashMap<>();
      review.attendees().forEach(a -> yaml.putIfAbsent(key(a.name()), a));
      Map<String, Attendance.Row> rows = new LinkedHashMap<>();
      for (Attendance.Row row : table.get().rows()) {
        rows.putIfAbsent(key(row.name()), row);
        Review.Attendee attendee = yaml.get(key(row.name()));
        if (attendee == null) {
          findings.errorAtLine(
              file,
              row.line(),
              "the attendance table of "
                  + review.id()
                  + " lists "
                  + row.name()
                  + ", who is not among the attendees in "
                  + CheckContext.reviewFile(review)
                  + ": add them there, or remove the row");
          continue;
        }
        Optional<Boolean> inTable = row.present();
        if (inTable.isPresent()
            && attendee.present() != null
            && !inTable.get().equals(attendee.present())) {
          findings.errorAtLine(
              file,
              row.line(),
              "the attendance table of "
                  + review.id()
                  + " marks "
                  + row.name()
                  + (inTable.get() ? " present" : " absent (" + row.presentCell() + ")")
                  + " but "
                  + CheckContext.reviewFile(review)
                  + " says present: "
                  + attendee.present()
                  + ": correct whichever is wrong");
        } else if (review.wasHeld() && inTable.isPresent() != (attendee.present() != null)) {
          findings.errorAtLine(
              file,
              row.line(),
              "the attendance of "
                  + row.name()
                  + " at "
                  + review.id()
                  + " is recorded "
                  + (inTable.isPresent()
                      ? "in the minutes' table but not in " + CheckContext.reviewFile(review)
                      : "in " + CheckContext.reviewFile(review) + " but not in the minutes' table")
                  + ": record it in both (`isms review hold` does)");
        }
      }
      for (Map.Entry<String, Review.Attendee> e : yaml.entrySet()) {
        if (!rows.containsKey(e.getKey())) {
          findings.errorAtLine(
              file,
              table.get().line(),
              "the attendance table of "
                  + review.id()
                  + " leaves out "
                  + e.getValue().name()
                  + " ("
                  + e.getValue().role()
                  + "), an attendee in "
                  + CheckContext.reviewFile(review)
                  + ": add a row for them");
        }
      }
    }
  }

  private static String key(String name) {
    return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
