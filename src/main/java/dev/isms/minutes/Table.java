package dev.isms.minutes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A GFM table of the minutes: its header cells and its body rows, each with its line. */
public record Table(List<String> header, List<Row> rows, int line) {
  public Table {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /** The index of the first column whose header is one of the names (ignoring case), if any. */
  public Optional<Integer> column(String... names) {
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i).trim().toLowerCase(Locale.ROOT);
      for (String name : names) {
        if (h.equals(name)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /** One body row: its cells as plain text (missing cells are empty) and its line. */
  public record Row(List<String> cells, int line) {
    public Row {
      cells = List.copyOf(cells);
    }

    public String cell(int index) {
      return index < cells.size() ? cells.get(index).trim() : "";
    }
  }
}
