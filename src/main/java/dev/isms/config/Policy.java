package dev.isms.config;

import java.time.Period;
import java.util.List;

/**
 * The organisation's review procedure: how early the pack goes out, how soon minutes follow, the
 * risk appetite (the highest score, likelihood x impact, that may stand without a decision of
 * management: risks above it are treated or accepted by top management, ISO 27001 6.1.2 a), how
 * soon minutes are approved, how long records are kept, the escalation path of overdue actions
 * (roles, lowest first), how many days ahead reviews are announced, and the public holidays that
 * business days skip.
 */
public record Policy(
    Integer packLeadBusinessDays,
    Period minutesWithin,
    Integer riskAppetite,
    Integer approvalWithinDays,
    Integer retentionYears,
    List<String> escalation,
    Integer invitationLeadDays,
    Holidays holidays,
    String riskScores) {
  /** Medium risks (score 5 to 9) may stand; high and critical ones need a decision. */
  public static final int DEFAULT_RISK_APPETITE = 9;

  /** Days after the meeting within which the minutes are approved (warning first, then error). */
  public static final int DEFAULT_APPROVAL_WITHIN_DAYS = 30;

  /** Years the review records are kept (MoS procedure 8.2: at least three). */
  public static final int DEFAULT_RETENTION_YEARS = 3;

  /** Days before the meeting the invitation goes out (MoS procedure: at least two weeks). */
  public static final int DEFAULT_INVITATION_LEAD_DAYS = 14;

  /** The pack's risk counts and heat map place a treated risk at its residual score. */
  public static final String RESIDUAL = "residual";

  /** ... and show the inherent picture beside it, where the procedure asks for both. */
  public static final String BOTH = "both";

  public static final Policy DEFAULT =
      new Policy(
          5,
          Period.ofDays(14),
          DEFAULT_RISK_APPETITE,
          DEFAULT_APPROVAL_WITHIN_DAYS,
          DEFAULT_RETENTION_YEARS,
          List.of(),
          DEFAULT_INVITATION_LEAD_DAYS,
          Holidays.NONE,
          Policy.RESIDUAL);

  public Policy {
    escalation = escalation == null ? List.of() : List.copyOf(escalation);
    holidays = holidays == null ? Holidays.NONE : holidays;
  }

  public Policy(Integer packLeadBusinessDays, Period minutesWithin) {
    this(packLeadBusinessDays, minutesWithin, null, null, null, null, null, null, null);
  }

  /** Whether the pack shows the inherent risk picture beside the residual one. */
  public boolean showsBothRiskScores() {
    return BOTH.equals(riskScores);
  }

  Policy withDefaults() {
    return new Policy(
        packLeadBusinessDays == null ? DEFAULT.packLeadBusinessDays : packLeadBusinessDays,
        minutesWithin == null ? DEFAULT.minutesWithin : minutesWithin,
        riskAppetite == null ? DEFAULT.riskAppetite : riskAppetite,
        approvalWithinDays == null ? DEFAULT.approvalWithinDays : approvalWithinDays,
        retentionYears == null ? DEFAULT.retentionYears : retentionYears,
        escalation,
        invitationLeadDays == null ? DEFAULT.invitationLeadDays : invitationLeadDays,
        holidays,
        riskScores == null ? RESIDUAL : riskScores);
  }
}
