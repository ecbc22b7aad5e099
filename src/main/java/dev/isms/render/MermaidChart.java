package dev.isms.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A trend chart as a Mermaid {@code xychart-beta} block, which GitHub and GitLab draw in place:
 * bars for the values, a line for the target. Text from the repository is reduced to a safe
 * alphabet first: Mermaid has its own syntax inside quotes, and a backtick fence in a title must
 * not end the code block.
 */
public final class MermaidChart {
  /** No {@code #} or {@code ;}: Mermaid reads {@code #60;} as an entity. */
  private static final String ALLOWED_PUNCTUATION = " -_.,:()%/+'";

  private MermaidChart() {}

  /**
   * The fenced block, from the opening {@code ```mermaid} to the closing fence, ending in a
   * newline.
   */
  public static String block(ChartData chart) {
    return "```mermaid\n" + body(chart) + "```\n";
  }

  /** What stands between the fences; the HTML page recognises a chart by it. */
  public static String body(ChartData chart) {
    // no title: the heading above the block names the chart
    StringBuilder out = new StringBuilder("xychart-beta\n");
    out.append("    x-axis [")
        .append(
            chart.labels().stream()
                .map(l -> "\"" + safe(l) + "\"")
                .collect(Collectors.joining(", ")))
        .append("]\n");
    String unit = safe(chart.unit());
    out.append("    y-axis ");
    if (!unit.isEmpty()) {
      out.append('"').append(unit).append("\" ");
    }
    out.append(Numbers.format(chart.axisMin()))
        .append(" --> ")
        .append(Numbers.format(chart.axisMax()))
        .append('\n');
    out.append("    bar [").append(numbers(chart.values())).append("]\n");
    if (chart.target() != null) {
      List<Double> line = new ArrayList<>();
      chart.values().forEach(v -> line.add(chart.target()));
      out.append("    line [").append(numbers(line)).append("]\n");
    }
    return out.toString();
  }

  private static String numbers(List<Double> values) {
    return values.stream().map(Numbers::format).collect(Collectors.joining(", "));
  }

  /** Letters, digits and a little punctuation; everything else becomes a space. */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              boolean ok =
                  Character.isLetterOrDigit(c)
                      || ALLOWED_PUNCTUATION.indexOf(c) >= 0
                      || c == '≥'
                      || c == '≤';
              out.appendCodePoint(ok ? c : ' ');
            });
    // "%%" starts a Mermaid comment or directive, even inside a title.
    String collapsed = out.toString().replaceAll("%+", "%").replaceAll("\\s+", " ").strip();
    return collapsed.length() > 80 ? collapsed.substring(0, 80).strip() : collapsed;
  }
}
