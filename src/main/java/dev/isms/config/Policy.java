package dev.isms.config;

import java.time.Period;

/**
 * The organisation's review procedure: how early the pack goes out, how soon minutes follow, and
 * the risk appetite (the highest score, likelihood x impact, that may stand without a decision of
 * management: risks above it are treated or accepted by top management, ISO 27001 6.1.2 a).
 */
public record Policy(Integer packLeadBusinessDays, Period minutesWithin, Integer riskAppetite) {
  /** Medium risks (score 5 to 9) may stand; high and critical ones need a decision. */
  public static final int DEFAULT_RISK_APPETITE = 9;

  public static final Policy DEFAULT = new Policy(5, Period.ofDays(14), DEFAULT_RISK_APPETITE);

  public Policy(Integer packLeadBusinessDays, Period minutesWithin) {
    this(packLeadBusinessDays, minutesWithin, null);
  }

  Policy withDefaults() {
    return new Policy(
        packLeadBusinessDays == null ? DEFAULT.packLeadBusinessDays : packLeadBusinessDays,
        minutesWithin == null ? DEFAULT.minutesWithin : minutesWithin,
        riskAppetite == null ? DEFAULT.riskAppetite : riskAppetite);
  }
}
