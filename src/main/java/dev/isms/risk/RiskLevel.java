package dev.isms.risk;

import java.util.Locale;

/** Bands of likelihood x impact on the 5 x 5 matrix. */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public static RiskLevel of(int score) {
    if (score >= 20) {
      return CRITICAL;
    }
    if (score >= 10) {
      return HIGH;
    }
    if (score >= 5) {
      return MEDIUM;
    }
    return LOW;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
