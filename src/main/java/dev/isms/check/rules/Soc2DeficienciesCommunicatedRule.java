package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.finding.Finding;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.framework.ObligationCatalog;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SOC 2 CC4.2: deficiencies are communicated to those responsible for corrective action, senior
 * management among them. The deficiencies are the nonconformities (findings of kind major-nc or
 * minor-nc) open on the day of a held review; its minutes, the record of what the attendees were
 * told, name each of them and, where it has corrective actions, at least one of those with its
 * status.
 */
public final class Soc2DeficienciesCommunicatedRule extends MinutesRule {
  public Soc2DeficienciesCommunicatedRule() {
    super(
        new RuleInfo(
            "soc2-deficiencies-communicated",
            Severity.ERROR,
            "With obligations: [soc2], the minutes of a held review do not name a nonconformity"
                + " open on its day, or name none of its corrective actions (SOC 2 CC4.2)",
            "Under the nonconformities input (9.3.2 d) 1)) of the minutes, name each open"
                + " nonconformity by its id with the status of its corrective actions (by their"
                + " ids), so the minutes show the deficiencies were communicated to management.",
            Needs.CONFIG));
  }

  @Override
  public Optional<String> obligation() {
    return Optional.of(ObligationCatalog.SOC2);
  }

  @Override
  void check(CheckContext context, Review review, ClauseSet set, Findings findings) {
    Optional<Minutes> read = context.minutes(review);
    if (read.isEmpty()) {
      return; // review-inputs reports minutes that are missing
    }
    Minutes minutes = read.get();
    String file = CheckContext.minutesFile(review);
    findings.checked(file);
    int line =
        set.inputFedBy(Feed.NONCONFORMITIES)
            .flatMap(c -> new ClauseHeadings(minutes, set).input(c))
            .map(Heading::line)
            .orElse(1);
    for (Finding f : openOn(context, review.date())) {
      if (!minutes.mentions(f.id())) {
        findings.errorAtLine(
            file,
            line,
            "minutes of "
                + review.id()
                + " do not name "
                + Texts.named(f.id(), f.title())
                + " ("
                + f.kind()
                + ", open on "
                + review.date()
                + "): SOC 2 CC4.2 asks for deficiencies to be communicated to those responsible;"
                + " record it under the nonconformities with the status of its corrective"
                + " actions");
        continue;
      }
      List<String> actions = f.correctiveActions();
      if (!actions.isEmpty() && actions.stream().noneMatch(minutes::mentions)) {
        findings.errorAtLine(
            file,
            line,
            "minutes of "
                + review.id()
                + " name "
                + f.id()
                + " but none of its corrective actions ("
                + String.join(", ", actions)
                + "): record their status, so the attendees know where the remediation"
                + " stands (SOC 2 CC4.2)");
      }
    }
  }

  /** The nonconformities raised by that day and not yet closed on it. */
  private static List<Finding> openOn(CheckContext context, LocalDate day) {
    return context.repository().findings().stream()
        .filter(Finding::isNonconformity)
        .filter(f -> f.raised() == null || !f.raised().isAfter(day))
        .filter(f -> f.closed() != null ? f.closed().isAfter(day) : f.isOpen())
        .toList();
  }
}
