package dev.isms.config;

import java.time.Period;
import java.util.List;
import java.util.Locale;

/**
 * The organisation's review procedure: how early the pack goes out, how soon minutes follow, the
 * risk appetite (the highest score, likelihood x impact, that may stand without a decision of
 * management: risks above it are treated or accepted by top management, ISO 27001 6.1.2 a), how
 * soon minutes are approved, how long records are kept, the escalation path of overdue actions
 * (roles, lowest first), how many days ahead reviews are announced, and the public holidays that
 * business days skip.
 *
 * <p>The record keeps what isms.yaml sets (null where it sets nothing); the accessors give the
 * value in force, the isms default where isms.yaml is silent. {@link #isSet} and {@link #cite} are
 * the one place that knows which, so every message that prints a policy figure says whether the
 * organisation chose it.
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
  /** Business days before the meeting the briefing pack reaches the attendees. */
  public static final int DEFAULT_PACK_LEAD_BUSINESS_DAYS = 5;

  /** How soon after the meeting the minutes are committed. */
  public static final Period DEFAULT_MINUTES_WITHIN = Period.ofDays(14);

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

  /** isms.yaml sets no policy: every value is the isms default. */
  public static final Policy DEFAULT =
      new Policy(null, null, null, null, null, null, null, null, null);

  /** The settings under {@code policy:} whose figures messages print. */
  public enum Key {
    PACK_LEAD_BUSINESS_DAYS,
    MINUTES_WITHIN,
    RISK_APPETITE,
    APPROVAL_WITHIN_DAYS,
    RETENTION_YEARS,
    INVITATION_LEAD_DAYS,
    RISK_SCORES;

    /** The key as isms.yaml spells it: {@code policy.risk_appetite}. */
    public String path() {
      return "policy." + name().toLowerCase(Locale.ROOT);
    }
  }

  public Policy {
    escalation = escalation == null ? List.of() : List.copyOf(escalation);
    holidays = holidays == null ? Holidays.NONE : holidays;
  }

  public Policy(Integer packLeadBusinessDays, Period minutesWithin) {
    this(packLeadBusinessDays, minutesWithin, null, null, null, null, null, null, null);
  }

  @Override
  public Integer packLeadBusinessDays() {
    return packLeadBusinessDays == null ? DEFAULT_PACK_LEAD_BUSINESS_DAYS : packLeadBusinessDays;
  }

  @Override
  public Period minutesWithin() {
    return minutesWithin == null ? DEFAULT_MINUTES_WITHIN : minutesWithin;
  }

  @Override
  public Integer riskAppetite() {
    return riskAppetite == null ? DEFAULT_RISK_APPETITE : riskAppetite;
  }

  @Override
  public Integer approvalWithinDays() {
    return approvalWithinDays == null ? DEFAULT_APPROVAL_WITHIN_DAYS : approvalWithinDays;
  }

  @Override
  public Integer retentionYears() {
    return retentionYears == null ? DEFAULT_RETENTION_YEARS : retentionYears;
  }

  @Override
  public Integer invitationLeadDays() {
    return invitationLeadDays == null ? DEFAULT_INVITATION_LEAD_DAYS : invitationLeadDays;
  }

  @Override
  public String riskScores() {
    return riskScores == null ? RESIDUAL : riskScores;
  }

  /** Whether the pack shows the inherent risk picture beside the residual one. */
  public boolean showsBothRiskScores() {
    return BOTH.equals(riskScores());
  }

  /** Whether isms.yaml sets the value (false: the isms default is in force). */
  public boolean isSet(Key key) {
    return raw(key) != null;
  }

  /**
   * Where a printed figure comes from: "policy.risk_appetite in isms.yaml", or "the isms default;
   * set policy.risk_appetite in isms.yaml" where isms.yaml does not set it.
   */
  public String source(Key key) {
    return isSet(key)
        ? key.path() + " in isms.yaml"
        : "the isms default; set " + key.path() + " in isms.yaml";
  }

  /**
   * The setting with its value, as a message cites it: "policy.invitation_lead_days: 14", or
   * "policy.invitation_lead_days: 14, the isms default; isms.yaml does not set it".
   */
  public String cite(Key key) {
    return key.path()
        + ": "
        + value(key)
        + (isSet(key) ? "" : ", the isms default; isms.yaml does not set it");
  }

  /** The value in force. */
  public Object value(Key key) {
    return switch (key) {
      case PACK_LEAD_BUSINESS_DAYS -> packLeadBusinessDays();
      case MINUTES_WITHIN -> minutesWithin();
      case RISK_APPETITE -> riskAppetite();
      case APPROVAL_WITHIN_DAYS -> approvalWithinDays();
      case RETENTION_YEARS -> retentionYears();
      case INVITATION_LEAD_DAYS -> invitationLeadDays();
      case RISK_SCORES -> riskScores();
    };
  }

  private Object raw(Key key) {
    return switch (key) {
      case PACK_LEAD_BUSINESS_DAYS -> packLeadBusinessDays;
      case MINUTES_WITHIN -> minutesWithin;
      case RISK_APPETITE -> riskAppetite;
      case APPROVAL_WITHIN_DAYS -> approvalWithinDays;
      case RETENTION_YEARS -> retentionYears;
      case INVITATION_LEAD_DAYS -> invitationLeadDays;
      case RISK_SCORES -> riskScores;
    };
  }
}
