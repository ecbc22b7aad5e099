package dev.isms.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The attendance table of the minutes (under a heading that starts with "Attendance"): one row per
 * person with the Present column as written.
 */
public record Attendance(int line, List<Row> rows) {
  public Attendance {
    rows = List.copyOf(rows);
  }

  /** The table, if the minutes have an Attendance heading with a Name and a Present column. */
  public static Optional<Attendance> of(Minutes minutes) {
    Optional<Heading> heading =
        minutes.find(h -> h.text().toLowerCase(Locale.ROOT).startsWith("attendance"));
    if (heading.isEmpty()) {
      return Optional.empty();
    }
    for (Table table : minutes.section(heading.get(), h -> false).tables()) {
      Optional<Integer> name = table.column("name");
      Optional<Integer> present = table.column("present", "attended", "attendance");
      if (name.isEmpty() || present.isEmpty()) {
        continue;
      }
      Optional<Integer> role = table.column("role");
      List<Row> rows = new ArrayList<>();
      for (Table.Row row : table.rows()) {
        if (row.cell(name.get()).isEmpty()) {
          continue;
        }
        rows.add(
            new Row(
                row.cell(name.get()),
                role.map(row::cell).orElse(""),
                row.cell(present.get()),
                row.line()));
      }
      return Optional.of(new Attendance(table.line(), rows));
    }
    return Optional.empty();
  }

  /** One person's row: the Present cell as written, and its line in the minutes. */
  public record Row(String name, String role, String presentCell, int line) {
    /** Yes, no, or empty when the cell is blank or says something else. */
    public Optional<Boolean> present() {
      return Presence.of(presentCell);
    }
  }

  /** How the Present column is read: "yes" or "present"; "no", "absent" or "apologies (...)". */
  public static final class Presence {
    private Presence() {}

    public static Optional<Boolean> of(String cell) {
      String c = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
      if (c.isEmpty()) {
        return Optional.empty();
      }
      for (String yes : List.of("yes", "present", "x", "✓", "true")) {
        if (c.equals(yes) || c.startsWith(yes + " ") || c.startsWith(yes + ",")) {
          return Optional.of(true);
        }
      }
      for (String no : List.of("no", "absent", "apolog", "excused", "false")) {
        if (c.startsWith(no)) {
          return Optional.of(false);
        }
      }
      return Optional.empty();
    }
  }
}
