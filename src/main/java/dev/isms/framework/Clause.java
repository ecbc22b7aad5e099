package dev.isms.framework;

import java.util.List;

/**
 * One input or result of a review clause. An input's {@code data} names the register that feeds it
 * (none when no register does), so the pack and the agenda know what to show under it. A result's
 * {@code kind} says what it records, and {@code required} whether the standard demands it (else
 * left empty it is only warned about).
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
    List<Clause> children) {

  public Clause {
    children = children == null ? List.of() : List.copyOf(children);
    kind = kind == null ? ResultKind.DECISION : kind;
    required = required == null || required;
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

  /** The heading text used in agendas and minutes: {@code 9.3.2 c) Changes in needs ...}. */
  public String heading() {
    String t =
        title == null || title.isEmpty()
            ? ""
            : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    return ref == null || ref.isEmpty() ? t : ref + " " + t;
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
