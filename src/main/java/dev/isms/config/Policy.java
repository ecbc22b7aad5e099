package dev.isms.config;

import java.time.Period;

/** The organisation's review procedure: how early the pack goes out, how soon minutes follow. */
public record Policy(Integer packLeadBusinessDays, Period minutesWithin) {
  public static final Policy DEFAULT = new Policy(5, Period.ofDays(14));

  Policy withDefaults() {
    return new Policy(
        packLeadBusinessDays == null ? DEFAULT.packLeadBusinessDays : packLeadBusinessDays,
        minutesWithin == null ? DEFAULT.minutesWithin : minutesWithin);
  }
}
