package dev.isms.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of the minutes' actions tables: every table with an ID and an Owner column (the results
 * section's "Actions" table that `isms review new` writes).
 */
public final class ActionsTable {
  private ActionsTable() {}

  /** Every row of every actions table, in document order. */
  public static List<Row> rows(Minutes minutes) {
    List<Row> rows = new ArrayList<>();
    for (Heading heading : minutes.headings()) {
      for (Table table : minutes.section(heading, h -> true).tables()) {
        Optional<Integer> id = table.column("id");
        Optional<Integer> owner = table.column("owner");
        if (id.isEmpty() || owner.isEmpty()) {
          continue;
        }
        Optional<Integer> title = table.column("action", "title");
        Optional<Integer> due = table.column("due", "due date");
        Optional<Integer> criteria = table.column("success criteria", "success_criteria");
        Optional<Integer> priority = table.column("priority");
        for (Table.Row row : table.rows()) {
          rows.add(
              new Row(
                  row.cell(id.get()),
                  title.map(row::cell).orElse(""),
                  row.cell(owner.get()),
                  due.map(row::cell).orElse(""),
                  criteria.map(row::cell).orElse(""),
                  priority.map(row::cell).orElse(""),
                  row.line()));
        }
      }
    }
    return rows;
  }

  /**
   * One decided action as the minutes record it, with its line; priority is blank where the table
   * has no Priority column.
   */
  public record Row(
      String id,
      String title,
      String owner,
      String due,
      String successCriteria,
      String priority,
      int line) {
    /** Whether the row leaves the id to be allocated (blank, "new", "-", "tbd"). */
    public boolean hasNoId() {
      String s = id.strip().toLowerCase(java.util.Locale.ROOT);
      return s.isEmpty() || s.equals("new") || s.equals("-") || s.equals("—") || s.equals("tbd");
    }

    /** Whether the row is empty (every cell blank): a template line. */
    public boolean isBlank() {
      return id.isBlank() && title.isBlank() && owner.isBlank() && due.isBlank();
    }
  }
}
