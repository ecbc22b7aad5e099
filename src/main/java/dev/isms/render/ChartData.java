package dev.isms.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The data of one small trend chart: a value per period and, if there is one, the target as a line.
 * Both the Mermaid block of the Markdown and the SVG of the HTML page are drawn from it, so they
 * always agree. {@code lastComputed} marks a last value that isms computed from the registers.
 */
public record ChartData(
    String title,
    String unit,
    List<String> labels,
    List<Double> values,
    Double target,
    boolean lastComputed) {

  public ChartData {
    labels = List.copyOf(labels);
    values = List.copyOf(values);
    if (labels.size() != values.size()) {
      throw new IllegalArgumentException("a label per value: " + labels + " " + values);
    }
    unit = unit == null ? "" : unit;
  }

  /** Bottom of the value axis: zero, unless a value is negative. */
  public double axisMin() {
    double min = 0;
    for (double v : values) {
      min = Math.min(min, v);
    }
    if (target != null) {
      min = Math.min(min, target);
    }
    return min < 0 ? -niceCeiling(-min) : 0;
  }

  /**
   * Top of the value axis: a round number just above every value and the target (1, 2, 2.5 or 5
   * times a power of ten), so that values of 4 to 12 fill the chart instead of lying flat on a
   * scale to 100; never above 100 for percentages.
   */
  public double axisMax() {
    double max = 0;
    for (double v : values) {
      max = Math.max(max, v);
    }
    if (target != null) {
      max = Math.max(max, target);
    }
    if (max <= 0) {
      return 1;
    }
    double top = niceCeiling(max);
    return "%".equals(unit.strip()) && max <= 100 ? Math.min(100, top) : top;
  }

  /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code x}. */
  static double niceCeiling(double x) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(x)));
    for (double step : new double[] {1, 2, 2.5, 5, 10}) {
      if (step * magnitude >= x) {
        return BigDecimal.valueOf(step * magnitude).setScale(6, RoundingMode.HALF_UP).doubleValue();
      }
    }
    return 10 * magnitude;
  }
}
