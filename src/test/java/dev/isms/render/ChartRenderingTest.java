package dev.isms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartRenderingTest {
  private final ChartData chart =
      new ChartData(
          "Sev-1 MTTR",
          "h",
          List.of("2026-Q2", "2026-Q3", "2026-11-24"),
          List.of(3.0, 6.0, 3.5),
          4.0,
          true);

  @Test
  void mermaidDrawsValuesAsBarsAndTheTargetAsALine() {
    assertThat(MermaidChart.block(chart))
        .isEqualTo(
            """
        ```mermaid
        xychart-beta
            x-axis ["2026-Q2", "2026-Q3", "2026-11-24"]
            y-axis "h" 0 --> 10
            bar [3, 6, 3.5]
            line [4, 4, 4]
        ```
        """);
  }

  @Test
  void axesEndOnRoundNumbersAndPercentagesAtAHundred() {
    assertThat(ChartData.niceCeiling(6)).isEqualTo(10);
    assertThat(ChartData.niceCeiling(17)).isEqualTo(20);
    assertThat(ChartData.niceCeiling(230)).isEqualTo(250);
    assertThat(new ChartData("x", "%", List.of("a"), List.of(96.0), 95.0, false).axisMax())
        .isEqualTo(100);
    assertThat(new ChartData("x", "", List.of("a"), List.of(-3.0), null, false).axisMin())
        .isEqualTo(-5);
  }

  @Test
  void theHtmlPageDrawsAKnownMermaidBlockAsSvgAndLeavesOtherCodeAlone() {
    String markdown =
        "# Pack\n\n" + MermaidChart.block(chart) + "\n```mermaid\ngraph TD; A-->B\n```\n";

    String page =
        HtmlPage.render(
            "Pack <1>",
            markdown,
            Map.of(
                MermaidChart.body(chart),
                new HtmlPage.Chart(chart, Arrays.asList(true, false, true))),
            "main { color: black }</style><script>x</script>");

    assertThat(page)
        .contains("<title>Pack &lt;1&gt;</title>")
        .contains("<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\"")
        .contains("fill=\"#c62828\"", "target 4 h", ">computed</text>")
        .contains("<pre><code class=\"language-mermaid\">graph TD; A--&gt;B")
        .contains("<\\/style><script>x<\\/script>")
        .doesNotContain("xychart-beta");
  }
}
