package dev.isms.kpi;

/**
 * A KPI's target, of one of three kinds: a bound ({@code op} and {@code value}, such as {@code >=
 * 95 %}, optionally {@code sustained} over the last N periods with a value), a range ({@code min}
 * and {@code max}), or a direction ({@code trend: down} or {@code up}, judged over the periods
 * shown).
 */
public record Target(
    String op, Double value, String unit, Double min, Double max, String trend, Integer sustained) {

  /** The three kinds of target. */
  public enum Kind {
    BOUND,
    RANGE,
    TREND
  }

  public static Target bound(String op, double value, String unit) {
    return new Target(op, value, unit, null, null, null, null);
  }

  public Kind kind() {
    if (trend != null) {
      return Kind.TREND;
    }
    return op == null && (min != null || max != null) ? Kind.RANGE : Kind.BOUND;
  }

  /** Periods that must each meet a bound; 1 unless {@code sustained} says more. */
  public int periodsToSustain() {
    return kind() == Kind.BOUND && sustained != null && sustained > 1 ? sustained : 1;
  }

  /**
   * Whether one value meets a bound or lies in the range; a trend target judges no single value, so
   * every value passes it here.
   */
  public boolean isMetBy(double actual) {
    return switch (kind()) {
      case TREND -> true;
      case RANGE -> (min == null || actual >= min) && (max == null || actual <= max);
      case BOUND ->
          switch (op) {
            case ">=" -> actual >= value;
            case "<=" -> actual <= value;
            case ">" -> actual > value;
            case "<" -> actual < value;
            default -> actual == value;
          };
    };
  }

  /**
   * Whether a rising value is good news: true or false for a one-sided bound or a trend; for an
   * exact value or a range, neither (see {@link #distance}).
   */
  public java.util.Optional<Boolean> higherIsBetter() {
    return switch (kind()) {
      case TREND -> java.util.Optional.of("up".equals(trend));
      case RANGE -> java.util.Optional.empty();
      case BOUND ->
          "=".equals(op) ? java.util.Optional.empty() : java.util.Optional.of(op.startsWith(">"));
    };
  }

  /** How far a value lies from an exact value or range (0 inside it). */
  public double distance(double actual) {
    if (kind() == Kind.RANGE) {
      if (min != null && actual < min) {
        return min - actual;
      }
      return max != null && actual > max ? actual - max : 0;
    }
    return value == null ? 0 : Math.abs(actual - value);
  }

  /** The value a chart draws as its target line; none for a range or a trend. */
  public Double line() {
    return kind() == Kind.BOUND ? value : null;
  }

  /** The largest number the target names, for the scale of a trend's tolerance. */
  public double scale() {
    double s = 0;
    for (Double d : new Double[] {value, min, max}) {
      if (d != null) {
        s = Math.max(s, Math.abs(d));
      }
    }
    return s;
  }
}
