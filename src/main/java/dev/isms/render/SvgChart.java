package dev.isms.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trend chart as inline SVG for the HTML pack: a bar per period, coloured by whether it met the
 * target, the target as a dashed line, the value above each bar. The heading above it names it; the
 * title is for screen readers. Self-contained (no script, no external reference, styled by
 * attributes) and readable in black and white, since packs get printed: the values are written out,
 * not only drawn.
 */
public final class SvgChart {
  private static final int WIDTH = 480;
  private static final int HEIGHT = 178;
  private static final int LEFT = 48;
  private static final int RIGHT = 116;
  private static final int TOP = 26;
  private static final int BOTTOM = 36;
  private static final String MET = "#2e7d32";
  private static final String MISSED = "#c62828";
  private static final String NEUTRAL = "#546e7a";
  private static final String INK = "#555555";

  private SvgChart() {}

  /**
   * @param met per value, whether it met the target (null entries when there is no target)
   */
  public static String render(ChartData chart, List<Boolean> met) {
    double min = chart.axisMin();
    double max = chart.axisMax();
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    double slot = (double) plotWidth / Math.max(1, chart.values().size());
    String unit = chart.unit().isBlank() ? "" : chart.unit().strip();
    String label = chart.title() + ": " + String.join(", ", describe(chart));

    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
        .append(" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append('"')
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append('"')
        .append(attr("aria-label", label))
        .append(" font-family=\"sans-serif\" font-size=\"10\">\n");
    svg.append("<title>").append(Xml.escape(label)).append("</title>\n");
    // the axis carries numbers only (with % where that is the unit); a longer unit stands above it
    String suffix = unit.equals("%") ? "%" : "";
    svg.append(text(LEFT - 6, TOP + 4, "end", Numbers.format(max) + suffix, ""));
    svg.append(text(LEFT - 6, TOP + plotHeight, "end", Numbers.format(min) + suffix, ""));
    if (!unit.isEmpty() && suffix.isEmpty()) {
      svg.append(text(4, TOP - 8, "start", unit, " font-style=\"italic\""));
    }
    svg.append(line(LEFT, TOP, LEFT, TOP + plotHeight, INK, ""));
    double zero = y(0, min, max, plotHeight);
    svg.append(line(LEFT, zero, LEFT + plotWidth, zero, INK, ""));
    for (int i = 0; i < chart.values().size(); i++) {
      double value = chart.values().get(i);
      double x = LEFT + i * slot + slot * 0.2;
      double centre = x + slot * 0.3;
      double top = y(value, min, max, plotHeight);
      double barTop = Math.min(top, zero);
      double height = Math.max(1, Math.abs(zero - top));
      Boolean ok = i < met.size() ? met.get(i) : null;
      String fill = ok == null ? NEUTRAL : ok ? MET : MISSED;
      boolean computed = chart.lastComputed() && i == chart.values().size() - 1;
      svg.append("<rect")
          .append(attr("class", ok == null ? "bar" : ok ? "bar met" : "bar missed"))
          .append(attr("x", x))
          .append(attr("y", barTop))
          .append(attr("width", slot * 0.6))
          .append(attr("height", height))
          .append(attr("fill", fill));
      if (computed) {
        svg.append(" fill-opacity=\"0.45\" stroke-dasharray=\"3 2\"").append(attr("stroke", fill));
      }
      svg.append("/>\n");
      svg.append(text(centre, barTop - 4, "middle", Numbers.format(value), ""));
      svg.append(text(centre, TOP + plotHeight + 14, "middle", chart.labels().get(i), ""));
      if (computed) {
        svg.append(
            text(centre, TOP + plotHeight + 27, "middle", "computed", " font-style=\"italic\""));
      }
    }
    if (chart.target() != null) {
      double ty = y(chart.target(), min, max, plotHeight);
      svg.append(line(LEFT, ty, LEFT + plotWidth, ty, MISSED, " stroke-dasharray=\"6 4\""));
      svg.append(
          text(
              LEFT + plotWidth + 4,
              ty + 4,
              "start",
              "target " + Numbers.withUnit(chart.target(), unit),
              attr("fill", MISSED)));
    }
    return svg.append("</svg>").toString();
  }

  private static List<String> describe(ChartData chart) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < chart.values().size(); i++) {
      parts.add(
          chart.labels().get(i) + " " + Numbers.withUnit(chart.values().get(i), chart.unit()));
    }
    if (chart.target() != null) {
      parts.add("target " + Numbers.withUnit(chart.target(), chart.unit()));
    }
    return parts;
  }

  private static double y(double value, double min, double max, int plotHeight) {
    double span = max - min == 0 ? 1 : max - min;
    double clamped = Math.max(min, Math.min(max, value));
    return TOP + plotHeight - (clamped - min) / span * plotHeight;
  }

  private static String text(double x, double y, String anchor, String content, String extra) {
    return "<text"
        + attr("x", x)
        + attr("y", y)
        + attr("text-anchor", anchor)
        + extra
        + ">"
        + Xml.escape(content)
        + "</text>\n";
  }

  private static String line(
      double x1, double y1, double x2, double y2, String stroke, String extra) {
    return "<line"
        + attr("x1", x1)
        + attr("y1", y1)
        + attr("x2", x2)
        + attr("y2", y2)
        + attr("stroke", stroke)
        + extra
        + "/>\n";
  }

  private static String attr(String name, double value) {
    return " " + name + "=\"" + String.format(Locale.ROOT, "%.1f", value) + "\"";
  }

  private static String attr(String name, String value) {
    return " " + name + "=\"" + Xml.escape(value) + "\"";
  }
}
