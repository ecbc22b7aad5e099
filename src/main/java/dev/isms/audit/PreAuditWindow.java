package dev.isms.audit;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a review before an external audit counts for it: held in the {@code within} period (three
 * months unless the review type says otherwise) before the audit's first day, and before that day.
 */
public record PreAuditWindow(Audit audit, LocalDate opens, LocalDate closes) {
  /** How long before an audit its readiness review may be held, unless the type gives `within`. */
  public static final Period DEFAULT_WITHIN = Period.ofMonths(3);

  public static PreAuditWindow before(Audit audit, Period within) {
    Period w = within == null || within.isZero() || within.isNegative() ? DEFAULT_WITHIN : within;
    return new PreAuditWindow(audit, audit.starts().minus(w), audit.starts().minusDays(1));
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(opens) && !day.isAfter(closes);
  }
}
