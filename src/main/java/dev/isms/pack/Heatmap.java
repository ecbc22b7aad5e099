package dev.isms.pack;

import dev.isms.risk.Risk;
import dev.isms.risk.RiskLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The 5 x 5 likelihood x impact matrix as a table: impact 5 at the top, likelihood 1 on the left,
 * each cell coloured by its band (a coloured square, since Markdown tables have no colours) and
 * listing the risks that sit in it.
 */
final class Heatmap {
  record Cell(String text) {}

  record Row(String impact, List<Cell> cells) {}

  static final String LEGEND =
      "🟥 critical (score 20-25) · 🟧 high (10-16) · 🟨 medium (5-9) · 🟩 low (1-4)";

  private Heatmap() {}

  static String square(RiskLevel level) {
    return switch (level) {
      case CRITICAL -> "🟥";
      case HIGH -> "🟧";
      case MEDIUM -> "🟨";
      case LOW -> "🟩";
    };
  }

  /** Where a risk sits: likelihood and impact. */
  record Position(int likelihood, int impact) {}

  static List<Row> rows(List<Risk> risks) {
    return rows(risks, r -> new Position(r.likelihood(), r.impact()));
  }

  static List<Row> rows(List<Risk> risks, java.util.function.Function<Risk, Position> at) {
    List<Row> rows = new ArrayList<>();
    for (int impact = 5; impact >= 1; impact--) {
      List<Cell> cells = new ArrayList<>();
      for (int likelihood = 1; likelihood <= 5; likelihood++) {
        int l = likelihood;
        int i = impact;
        List<String> ids =
            risks.stream()
                .filter(r -> at.apply(r).equals(new Position(l, i)))
                .map(Risk::id)
                .sorted()
                .toList();
        String square = square(RiskLevel.of(l * i));
        cells.add(new Cell(ids.isEmpty() ? square : square + " " + String.join(", ", ids)));
      }
      rows.add(new Row(String.valueOf(impact), cells));
    }
    return rows;
  }
}
