package dev.isms.action;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.isms.problem.TerminalText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code isms action list}: the actions that pass the filters, most overdue first, as a table for
 * people, JSON or CSV for machines.
 */
public final class ActionListing {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);

  /** The filters; a null filter lets everything through. */
  public record Filter(boolean overdue, String owner, String status, LocalDate today) {}

  private final List<Action> actions;
  private final LocalDate today;

  public ActionListing(List<Action> all, Filter filter) {
    this.today = filter.today();
    this.actions =
        all.stream()
            .filter(a -> !filter.overdue() || a.isOverdueOn(today))
            .filter(a -> filter.owner() == null || filter.owner().equalsIgnoreCase(a.owner()))
            .filter(a -> filter.status() == null || filter.status().equals(a.status()))
            .sorted(
                Comparator.comparing(Action::isFinished)
                    .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due())
                    .thenComparing(Action::id))
            .toList();
  }

  public List<Action> actions() {
    return actions;
  }

  private long daysOverdue(Action a) {
    return a.isOverdueOn(today) ? ChronoUnit.DAYS.between(a.due(), today) : 0;
  }

  public String text() {
    if (actions.isEmpty()) {
      return "no action matches\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            "%-14s %-12s %-10s %7s  %-20s %s%n",
            "ID", "STATUS", "DUE", "OVERDUE", "OWNER", "TITLE"));
    for (Action a : actions) {
      long late = daysOverdue(a);
      out.append(
          String.format(
              "%-14s %-12s %-10s %7s  %-20s %s%n",
              TerminalText.escape(a.id()),
              a.status(),
              a.due() == null ? "-" : a.due().toString(),
              late > 0 ? late + " d" : "",
              TerminalText.escape(a.owner() == null ? "-" : a.owner()),
              TerminalText.escape(a.title())));
    }
    return out.toString();
  }

  public String json() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Action a : actions) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", a.id());
      row.put("title", a.title());
      row.put("owner", a.owner());
      row.put("source", a.source());
      row.put("due", a.due());
      row.put("priority", a.priority());
      row.put("status", a.status());
      row.put("days_overdue", daysOverdue(a));
      row.put("completed_on", a.completedOn());
      row.put("escalated_to", a.escalatedTo());
      rows.add(row);
    }
    try {
      return JSON.writeValueAsString(rows) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4180: every field that holds a comma, quote or line break is quoted. */
  public String csv() {
    StringBuilder out =
        new StringBuilder("id,title,owner,source,due,priority,status,days_overdue\r\n");
    for (Action a : actions) {
      List<String> fields =
          List.of(
              a.id(),
              nz(a.title()),
              nz(a.owner()),
              nz(a.source()),
              a.due() == null ? "" : a.due().toString(),
              nz(a.priority()),
              nz(a.status()),
              String.valueOf(daysOverdue(a)));
      out.append(String.join(",", fields.stream().map(ActionListing::csvField).toList()))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String csvField(String s) {
    String safe = s.matches("^[=+\\-@].*") ? "'" + s : s; // no formulas in spreadsheets
    if (safe.matches("(?s).*[\",\r\n].*")) {
      return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
    return safe;
  }
}
