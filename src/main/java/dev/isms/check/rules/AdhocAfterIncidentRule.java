package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.ReviewType;
import dev.isms.incident.Incident;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation's own procedure: an incident of a severity some review type is held after
 * (isms.yaml {@code after_incidents}) gets such a review within that type's period.
 */
public final class AdhocAfterIncidentRule extends AbstractRule {
  public AdhocAfterIncidentRule() {
    super(
        new RuleInfo(
            "adhoc-after-incident",
            Severity.ERROR,
            "An incident of a severity listed in a review type's after_incidents (e.g. Sev-1,"
                + " Sev-2) had no such review held within the type's period (within, P14D by"
                + " default)",
            "Hold the ad-hoc review (`isms review new --type ad-hoc --trigger <INCIDENT>`), or, if"
                + " one was held, record it in reviews/ with `trigger:` naming the incident.",
            Needs.CONFIG));
  }

  static final Period DEFAULT_WITHIN = Period.ofDays(14);

  @Override
  public void check(CheckContext context, Findings findings) {
    Map<String, ReviewType> types = context.config().reviewTypes();
    for (Incident incident : context.repository().incidents()) {
      List<String> covering = new ArrayList<>();
      types.forEach(
          (name, type) -> {
            if (type.afterIncidents().contains(incident.severity())) {
              covering.add(name);
            }
          });
      if (covering.isEmpty()) {
        continue;
      }
      String file = IsmsRepository.pathOf(FileKind.INCIDENT, incident.id());
      findings.checked(file);
      LocalDate opened = incident.opened().toLocalDate();
      LocalDate deadline =
          covering.stream()
              .map(name -> opened.plus(within(types.get(name))))
              .max(Comparator.naturalOrder())
              .orElseThrow();
      if (!deadline.isBefore(context.asOf())) {
        continue; // the window is still open: nothing to judge yet
      }
      boolean reviewed =
          context.heldReviews().stream()
              .anyMatch(
                  r ->
                      covering.contains(r.type())
                          && !r.date().isBefore(opened)
                          && !r.date().isAfter(opened.plus(within(types.get(r.type())))));
      if (reviewed) {
        continue;
      }
      String type = covering.get(0);
      Period within = within(types.get(type));
      Optional<Review> late =
          context.heldReviews().stream().filter(r -> incident.id().equals(r.trigger())).findFirst();
      String what =
          late.map(
                  r ->
                      "its "
                          + r.type()
                          + " review, "
                          + r.id()
                          + ", was held only on "
                          + r.date()
                          + ", "
                          + Texts.days(ChronoUnit.DAYS.between(opened, r.date()))
                          + " after it was opened")
              .orElse("no " + String.join(" or ", covering) + " review was held");
      findings.errorAt(
          file,
          "/severity",
          incident.id()
              + " ("
              + incident.severity()
              + ", opened "
              + opened
              + ") called for "
              + Texts.article(type)
              + " review within "
              + ReviewCadenceRule.describe(within)
              + " (by "
              + opened.plus(within)
              + "), but "
              + what
              + ": "
              + (late.isPresent()
                  ? "record why it was late in its minutes, and hold the next one in time"
                  : "hold it now (`isms review new --type "
                      + type
                      + " --trigger "
                      + incident.id()
                      + "`), or record the review that was held with `trigger: "
                      + incident.id()
                      + "`"));
    }
  }

  private static Period within(ReviewType type) {
    return type.within() == null ? DEFAULT_WITHIN : type.within();
  }
}
