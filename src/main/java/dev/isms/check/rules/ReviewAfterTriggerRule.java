package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.ReviewType;
import dev.isms.problem.Severity;
import dev.isms.review.TriggerItem;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation's own procedure: an item that calls for a review (isms.yaml {@code triggers} of
 * a review type, or the older {@code after_incidents}: an incident of a listed severity, a
 * personal-data breach notified to an authority, a finding of a listed kind and audit type, a
 * change marked {@code significant: true}) gets such a review within that type's period. Formerly
 * {@code adhoc-after-incident}, an id still accepted.
 */
public final class ReviewAfterTriggerRule extends AbstractRule {
  public ReviewAfterTriggerRule() {
    super(
        new RuleInfo(
            "review-after-trigger",
            Severity.ERROR,
            "An incident, finding or change that a review type's triggers name (e.g. a Sev-1, a"
                + " notified personal-data breach, a major NC from an external audit, a significant"
                + " change) had no such review held within the type's period (within, P14D by default)",
            "Hold the review (`isms review new --trigger <ID>`), or, if one was held, record it in"
                + " reviews/ with `trigger:` naming the item.",
            Needs.CONFIG));
  }

  static final Period DEFAULT_WITHIN = Period.ofDays(14);

  @Override
  public List<String> formerIds() {
    return List.of("adhoc-after-incident");
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    Map<String, ReviewType> types = context.config().reviewTypes();
    Map<String, TriggerItem> items = new LinkedHashMap<>();
    Map<String, List<String>> callers = new LinkedHashMap<>();
    types.forEach(
        (name, type) -> {
          if (type.isTriggered()) {
            for (TriggerItem item : TriggerItem.calling(context.repository(), type)) {
              items.putIfAbsent(item.id(), item);
              callers.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(name);
            }
          }
        });
    for (TriggerItem item : items.values()) {
      List<String> covering = callers.get(item.id());
      String file = IsmsRepository.pathOf(item.kind(), item.id());
      findings.checked(file);
      LocalDate on = item.day();
      LocalDate deadline =
          covering.stream()
              .map(name -> on.plus(within(types.get(name))))
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
                          && !r.date().isBefore(on)
                          && !r.date().isAfter(on.plus(within(types.get(r.type())))));
      if (reviewed) {
        continue;
      }
      String type = covering.get(0);
      Period within = within(types.get(type));
      Optional<Review> late =
          context.heldReviews().stream().filter(r -> item.id().equals(r.trigger())).findFirst();
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
                          + Texts.days(ChronoUnit.DAYS.between(on, r.date()))
                          + " after it")
              .orElse("no " + String.join(" or ", covering) + " review was held");
      findings.errorAt(
          file,
          pointer(item),
          item.text()
              + " called for "
              + Texts.article(type)
              + " review within "
              + ReviewCadenceRule.describe(within)
              + " (by "
              + on.plus(within)
              + "), but "
              + what
              + ": "
              + (late.isPresent()
                  ? "record why it was late in its minutes, and hold the next one in time"
                  : "hold it now (`isms review new --type "
                      + type
                      + " --trigger "
                      + item.id()
                      + "`), or record the review that was held with `trigger: "
                      + item.id()
                      + "`"));
    }
  }

  /** The field that made the item call a review. */
  private static String pointer(TriggerItem item) {
    if (item.incident().isPresent()) {
      return "/severity";
    }
    return item.finding().isPresent() ? "/kind" : "/significant";
  }

  private static Period within(ReviewType type) {
    return type.within() == null ? DEFAULT_WITHIN : type.within();
  }
}
