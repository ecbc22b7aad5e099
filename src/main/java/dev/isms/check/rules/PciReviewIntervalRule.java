package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.ObligationCatalog;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * PCI DSS v4.0 12.4.2 (service providers): reviews at least once every three months. No more than
 * three calendar months between one held review and the next, of whatever type, nor between the
 * last held review and the day checked.
 */
public final class PciReviewIntervalRule extends AbstractRule {
  public PciReviewIntervalRule() {
    super(
        new RuleInfo(
            "pci-review-interval",
            Severity.ERROR,
            "With obligations: [pci-dss-4], more than three months passed between two held"
                + " reviews, or since the last one (PCI DSS 12.4.2)",
            "Hold a review at least once every three months (a quarterly review type with every:"
                + " P3M does it); a review of any type counts. Schedule the next one with `isms"
                + " review new`.",
            Needs.CONFIG));
  }

  @Override
  public Optional<String> obligation() {
    return Optional.of(ObligationCatalog.PCI_DSS_4);
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    List<Review> held = context.heldReviews();
    Review previous = null;
    for (Review review : held) {
      String file = CheckContext.reviewFile(review);
      findings.checked(file);
      if (previous != null && late(previous.date(), review.date())) {
        findings.errorAt(
            file,
            "/date",
            "review "
                + review.id()
                + " was held on "
                + review.date()
                + ", "
                + gap(previous.date(), review.date())
                + " after the previous held review "
                + previous.id()
                + " ("
                + previous.date()
                + "): PCI DSS 12.4.2 asks for a review at least once every three months (by "
                + previous.date().plusMonths(3)
                + "); hold the reviews no more than three months apart");
      }
      previous = review;
    }
    if (previous != null && late(previous.date(), context.asOf())) {
      findings.errorAt(
          CheckContext.reviewFile(previous),
          "/date",
          "no review was held in the "
              + gap(previous.date(), context.asOf())
              + " since "
              + previous.id()
              + " ("
              + previous.date()
              + "): PCI DSS 12.4.2 asked for the next by "
              + previous.date().plusMonths(3)
              + "; hold one now (`isms review new`) and keep the reviews at most three months"
              + " apart");
    }
  }

  private static boolean late(LocalDate from, LocalDate to) {
    return to.isAfter(from.plusMonths(3));
  }

  private static String gap(LocalDate from, LocalDate to) {
    long months = ChronoUnit.MONTHS.between(from, to);
    long days = ChronoUnit.DAYS.between(from.plusMonths(months), to);
    return Texts.plural(months, "month") + (days == 0 ? "" : " and " + Texts.days(days));
  }
}
