package dev.isms.framework;

import java.util.List;

/**
 * One input or result of a review clause. An input's {@code data} names the register that feeds it
 * (none when no register does), so the pack and the agenda know what to show under it. A result's
 * {@code kind} says what it records, and {@code required} whether the standard demands it (else
 * left empty it is only warned about). {@code procedure} marks an input or result the
 * organisation's own procedure adds ({@code procedure:} in isms.yaml); clause data never sets it.
 * {@code ask} is what management is asked beyond the registers (Amd 1:2024's climate question under
 * b) and c)), which the agenda and the pack put before the meeting, as the prompt puts it to the
 * minutes.
 */
public record Clause(
    String id,
    String ref,
    String title,
    Feed data,
    String presenter,
    String prompt,
    ResultKind kind,
    Boolean required,
    List<Clause> children,
    Boolean procedure,
    String ask) {

  /** How an input or result the organisation's own procedure adds is labelled. */
  public static final String PROCEDURE = "the organisation's procedure";

  public Clause {
    children = children == null ? List.of() : List.copyOf(children);
    kind = kind == null ? ResultKind.DECISION : kind;
    required = required == null || required;
    procedure = procedure != null && procedure;
  }

  /**
   * An input or result of the organisation's own procedure: required, fed by {@code data} (null
   * when no register feeds it).
   */
  public static Clause ofProcedure(
      String id, String title, String prompt, Feed data, ResultKind kind) {
    return new Clause(id, null, title, data, null, prompt, kind, true, List.of(), true, null);
  }

  /** Whether the organisation's procedure adds this input or result (not the standard). */
  public boolean isProcedure() {
    return procedure;
  }

  public boolean hasChildren() {
    return !children.isEmpty();
  }

  /** Whether a register feeds this input. */
  public boolean isFedBy(Feed feed) {
    return data == feed;
  }

  /** Whether the minutes must record this result (9.3.3 "shall include"). */
  public boolean isRequired() {
    return required;
  }

  /**
   * The heading of an input in agendas, packs and minutes, labelled by where it comes from: {@code
   * 9.3.2 c) Changes in needs ...} for the standard's, {@code Near misses (the organisation's
   * procedure)} for the organisation's own.
   */
  public String heading() {
    String t = upperTitle();
    if (procedure) {
      return t + " (" + PROCEDURE + ")";
    }
    return ref == null || ref.isEmpty() ? t : ref + " " + t;
  }

  /**
   * The heading of a result, labelled by what requires it: the clause ({@code 9.3.3 Decisions
   * ...}), the organisation's procedure, or neither (review practice the clause does not require,
   * only warned about when left empty).
   */
  public String resultHeading() {
    if (procedure || ref == null || ref.isEmpty()) {
      return heading();
    }
    return required ? ref + " " + upperTitle() : upperTitle() + " (not required by " + ref + ")";
  }

  /** Where it comes from, for messages: the clause reference, or the organisation's procedure. */
  public String source() {
    return procedure ? PROCEDURE : ref;
  }

  /** How messages name it: {@code 9.3.2 c) changes in ...} or {@code `Near misses` (the ...)}. */
  public String name() {
    return procedure ? "`" + title + "` (" + PROCEDURE + ")" : ref + " " + title;
  }

  private String upperTitle() {
    return title == null || title.isEmpty()
        ? ""
        : Character.toUpperCase(title.charAt(0)) + title.substring(1);
  }

  void collectLeaves(List<Clause> into) {
    if (children.isEmpty()) {
      into.add(this);
    } else {
      for (Clause child : children) {
        child.collectLeaves(into);
      }
    }
  }
}
