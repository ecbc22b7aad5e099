package dev.isms.pack;

import java.util.List;

/** A row of block characters, one per value, scaled from the smallest to the largest value. */
public final class Sparkline {
  private static final String BARS = "▁▂▃▄▅▆▇█";

  private Sparkline() {}

  public static String of(List<Double> values) {
    if (values.isEmpty()) {
      return "";
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    StringBuilder out = new StringBuilder();
    for (double v : values) {
      int index = max == min ? 3 : (int) Math.round((v - min) / (max - min) * (BARS.length() - 1));
      out.append(BARS.charAt(index));
    }
    return out.toString();
  }
}
