package dev.isms.check.rules;

import dev.isms.audit.PreAuditWindow;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.ReviewType;
import dev.isms.problem.Severity;
import dev.isms.review.BusinessDays;
import dev.isms.review.model.Cadence;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
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
 * Clause 9.3.1's "planned intervals": for each review type with a cadence, the last held review
 * that counts for it (its own type, or a type whose {@code counts_as} names it: {@link Cadence})
 * may be no older than the cadence allows; and some review is held at least every twelve months.
 */
public final class ReviewCadenceRule extends AbstractRule {
  public ReviewCadenceRule() {
    super(
        new RuleInfo(
            "review-cadence",
            Severity.ERROR,
            "The last held review of a type with a cadence (isms.yaml review_types.*.every) is"
                + " older than the cadence allows, no review was held in the last twelve months,"
                + " or a before_audit review is late for an external audit of audits/",
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
      Optional<Review> last = Cadence.lastHeld(context.config(), held, type);
      if (last.isPresent()) {
        LocalDate due = last.get().date().plus(every);
        if (due.isBefore(asOf)) {
          reported = true;
          findings.errorAt(
              "isms.yaml",
              pointer,
              (type.equals(last.get().type())
                      ? "the last " + type + " review, " + last.get().id()
                      : "the last review that counts as "
                          + type
                          + ", "
                          + last.get().id()
                          + " ("
                          + last.get().type()
                          + ")")
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
    for (Map.Entry<String, ReviewType> entry : context.config().reviewTypes().entrySet()) {
      if (entry.getValue().isBeforeAudit()) {
        beforeAudits(context, entry.getKey(), entry.getValue(), findings);
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
   * A review type with {@code before_audit: true} is owed before each external audit of audits/:
   * the last one started in the past twelve months must have had one held in its window, and the
   * next booked one must have one held or planned before it once its briefing pack is due.
   */
  private static void beforeAudits(
      CheckContext context, String type, ReviewType reviewType, Findings findings) {
    LocalDate asOf = context.asOf();
    IsmsRepository repo = context.repository();
    String pointer = "/review_types/" + type + "/before_audit";
    List<Review> ofType = repo.reviews().stream().filter(r -> type.equals(r.type())).toList();
    repo.auditRegister().externalStartedBy(asOf).stream()
        .findFirst()
        .filter(a -> a.starts().isAfter(asOf.minus(YEAR)))
        .map(a -> PreAuditWindow.before(a, reviewType.within()))
        .filter(w -> heldIn(ofType, w).isEmpty())
        .ifPresent(
            w ->
                findings.errorAt(
                    "isms.yaml",
                    pointer,
                    "no "
                        + type
                        + " review was held before the external audit "
                        + w.audit().describe()
                        + "; one held between "
                        + w.opens()
                        + " and "
                        + w.closes()
                        + " counts: if it was held, record it (`isms review hold`); hold one"
                        + " before the next external audit"));
    Optional<PreAuditWindow> next =
        repo.auditRegister()
            .nextExternalAfter(asOf)
            .map(a -> PreAuditWindow.before(a, reviewType.within()));
    if (next.isEmpty() || heldIn(ofType, next.get()).isPresent()) {
      return;
    }
    PreAuditWindow w = next.get();
    Optional<Review> planned =
        ofType.stream()
            .filter(r -> !r.wasHeld())
            .filter(r -> !r.date().isBefore(asOf))
            .min(IsmsRepository.BY_DATE);
    if (planned.isPresent() && !w.contains(planned.get().date())) {
      findings.errorAt(
          FileKind.REVIEW.pathOf(planned.get().id()),
          "/date",
          "the "
              + type
              + " review "
              + planned.get().id()
              + " is planned for "
              + planned.get().date()
              + ", but it is owed before the external audit "
              + w.audit().describe()
              + ": move it to a day between "
              + w.opens()
              + " and "
              + w.closes());
      return;
    }
    BusinessDays days = BusinessDays.of(repo.config().policy());
    LocalDate latest = days.onOrBefore(w.closes());
    LocalDate packBy = days.minus(latest, repo.config().policy().packLeadBusinessDays());
    if (planned.isEmpty() && asOf.isAfter(packBy)) {
      findings.errorAt(
          "isms.yaml",
          pointer,
          "the external audit "
              + w.audit().describe()
              + " is booked and no "
              + type
              + " review is held or planned before it, which is late: it must be held by "
              + latest
              + " and its briefing pack was due by "
              + packBy
              + "; plan it now (`isms review new --type "
              + type
              + "`)");
    }
  }

  private static Optional<Review> heldIn(List<Review> reviews, PreAuditWindow window) {
    return reviews.stream()
        .filter(Review::wasHeld)
        .filter(r -> window.contains(r.date()))
        .findFirst();
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
