package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.ReviewType;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Clause 9.3.1's "planned intervals": for each review type with a cadence, the last held review may
 * be no older than the cadence allows; and some review is held at least every twelve months.
 */
public final class ReviewCadenceRule extends AbstractRule {
  public ReviewCadenceRule() {
    super(
        new RuleInfo(
            "review-cadence",
            Severity.ERROR,
            "The last held review of a type with a cadence (isms.yaml review_types.*.every) is"
                + " older than the cadence allows, or no review was held in the last twelve months",
            "Hold the review that is due (`isms review new --type <type>` prepares it) and record"
                + " it as held; if the cadence no longer fits, change `every:` in isms.yaml and say"
                + " why.",
            Needs.CONFIG));
  }

  private static final Period YEAR = Period.ofMonths(12);

  @Override
  public void check(CheckContext context, Findings findings) {
    findings.checked("isms.yaml");
    LocalDate asOf = context.asOf();
    List<Review> held = context.heldReviews();
    Optional<LocalDate> since = recordsSince(context.repository(), asOf);
    boolean reported = false;
    for (Map.Entry<String, ReviewType> entry : context.config().reviewTypes().entrySet()) {
      String type = entry.getKey();
      Period every = entry.getValue().every();
      if (every == null || every.isZero() || every.isNegative()) {
        continue;
      }
      String pointer = "/review_types/" + type + "/every";
      Optional<Review> last =
          held.stream().filter(r -> type.equals(r.type())).max(IsmsRepository.BY_DATE);
      if (last.isPresent()) {
        LocalDate due = last.get().date().plus(every);
        if (due.isBefore(asOf)) {
          reported = true;
          findings.errorAt(
              "isms.yaml",
              pointer,
              "the last "
                  + type
                  + " review, "
                  + last.get().id()
                  + ", was held "
                  + last.get().date()
                  + "; "
                  + type
                  + " reviews are due every "
                  + describe(every)
                  + " ("
                  + every
                  + "), so the next was due "
                  + due
                  + " and is "
                  + Texts.days(ChronoUnit.DAYS.between(due, asOf))
                  + " late: hold it (`isms review new --type "
                  + type
                  + "`) and record it as held");
        }
      } else if (since.isPresent() && since.get().plus(every).isBefore(asOf)) {
        reported = true;
        findings.errorAt(
            "isms.yaml",
            pointer,
            "no "
                + type
                + " review has been held, although "
                + type
                + " reviews are due every "
                + describe(every)
                + " and the ISMS has records since "
                + since.get()
                + ": hold one (`isms review new --type "
                + type
                + "`), or remove the type from isms.yaml if it is not part of the procedure");
      }
    }
    if (reported) {
      return; // a late review of a type already says what the twelve-month check would
    }
    Optional<Review> lastAny = held.stream().max(IsmsRepository.BY_DATE);
    LocalDate yearAgo = asOf.minus(YEAR);
    boolean recent = lastAny.isPresent() && lastAny.get().date().isAfter(yearAgo);
    boolean old = since.isPresent() && !since.get().isAfter(yearAgo);
    if (!recent && old) {
      findings.errorAt(
          "isms.yaml",
          "/review_types",
          "no management review has been held in the twelve months before "
              + asOf
              + lastAny.map(r -> " (the last was " + r.id() + " on " + r.date() + ")").orElse("")
              + ": clause 9.3 requires reviews at planned intervals, at least yearly; hold one"
              + " (`isms review new`)");
    }
  }

  /**
   * The earliest date the repository's records show the ISMS running, so that a new ISMS is not
   * blamed for reviews it could not have held yet.
   */
  static Optional<LocalDate> recordsSince(IsmsRepository repo, LocalDate asOf) {
    return Stream.of(
            repo.reviews().stream().filter(Review::wasHeld).map(Review::date),
            repo.risks().stream().map(r -> r.identified()),
            repo.actions().stream().map(a -> a.raised()),
            repo.findings().stream().map(f -> f.raised()),
            repo.incidents().stream().map(i -> i.opened().toLocalDate()),
            repo.changes().stream().map(c -> c.date()))
        .flatMap(s -> s)
        .filter(Objects::nonNull)
        .filter(d -> !d.isAfter(asOf))
        .min(Comparator.naturalOrder());
  }

  static String describe(Period p) {
    StringBuilder s = new StringBuilder();
    append(s, p.getYears(), "year");
    append(s, p.getMonths(), "month");
    append(s, p.getDays(), "day");
    return s.toString();
  }

  private static void append(StringBuilder s, int n, String unit) {
    if (n == 0) {
      return;
    }
    if (s.length() > 0) {
      s.append(' ');
    }
    s.append(n == 1 ? unit : n + " " + unit + "s");
  }
}
