package dev.isms.kpi;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * One KPI value for a period such as {@code 2026-Q3}, {@code 2026-09} or {@code 2026}. A period
 * with nothing to measure (no Sev-1 incident, so no Sev-1 restore time) is written {@code value:
 * none}: it is no data, not zero, and is left out of trends and charts.
 */
public record Measurement(String period, Double value, String note) {
  /** The word that records a period with nothing to measure. */
  public static final String NONE = "none";

  @JsonCreator
  static Measurement bind(
      @JsonProperty("period") String period,
      @JsonProperty("value") JsonNode value,
      @JsonProperty("note") String note) {
    return new Measurement(
        period, value == null || !value.isNumber() ? null : value.doubleValue(), note);
  }

  public static Measurement of(String period, double value) {
    return new Measurement(period, value, null);
  }

  /** Whether the period had nothing to measure ({@code value: none}). */
  public boolean isNone() {
    return value == null;
  }

  public Optional<Double> amount() {
    return Optional.ofNullable(value);
  }
}
