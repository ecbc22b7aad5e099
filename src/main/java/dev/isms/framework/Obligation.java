package dev.isms.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * Another obligation a management review serves beside its standard (SOC 2, PCI DSS), as data in
 * {@code obligations/}: the criteria or requirements the review evidences, and the {@code isms
 * check} rules that check what they add to the standard's review clause.
 */
public record Obligation(String id, String title, String name, List<Criterion> criteria) {

  public Obligation {
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  /**
   * The lines of a review's "This review also evidences" section: one per criterion of each
   * obligation the review serves ({@code SOC 2 CC4.2 (Deficiencies communicated): ...}).
   */
  public static List<String> evidenceLines(List<Obligation> obligations, List<String> roles) {
    boolean board =
        roles.stream()
            .anyMatch(r -> r != null && r.toLowerCase(java.util.Locale.ROOT).contains("board"));
    return obligations.stream()
        .flatMap(
            o ->
                o.evidencedBy(board).stream()
                    .map(c -> o.name() + " " + c.id() + " (" + c.title() + "): " + c.evidence()))
        .toList();
  }

  /** The criteria a review evidences: all of them where the board attends, else the others. */
  public List<Criterion> evidencedBy(boolean boardAttends) {
    return criteria.stream()
        .filter(c -> boardAttends || c.when() != Criterion.When.BOARD_ATTENDS)
        .toList();
  }

  /**
   * One criterion (SOC 2 CC4.2) or requirement (PCI DSS 12.4.2): {@code summary} states it in our
   * words, {@code evidence} what of the review evidences it, {@code when} whether it needs a board
   * member present, {@code rules} the check rules that check it.
   */
  public record Criterion(
      String id, String title, String summary, String evidence, When when, List<String> rules) {

    public Criterion {
      rules = rules == null ? List.of() : List.copyOf(rules);
      when = when == null ? When.ALWAYS : when;
    }

    /** When a review serves the criterion. */
    public enum When {
      ALWAYS,
      /** Only where an attendee's role names the board (a director, a board observer). */
      BOARD_ATTENDS;

      @JsonCreator
      public static When of(String key) {
        return switch (key) {
          case "always" -> ALWAYS;
          case "board-attends" -> BOARD_ATTENDS;
          default ->
              throw new IllegalArgumentException(
                  "unknown `when` `" + key + "`: use always or board-attends");
        };
      }
    }
  }
}
