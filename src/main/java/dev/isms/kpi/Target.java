package dev.isms.kpi;

/** A KPI's target, such as {@code >= 95 %}. */
public record Target(String op, double value, String unit) {

  public boolean isMetBy(double actual) {
    return switch (op) {
      case ">=" -> actual >= value;
      case "<=" -> actual <= value;
      case ">" -> actual > value;
      case "<" -> actual < value;
      default -> actual == value;
    };
  }

  /** Whether a rising value is good news for this target. */
  public boolean higherIsBetter() {
    return op.startsWith(">");
  }
}
