package dev.isms.framework;

import java.util.List;

/**
 * One input or result of a review clause. {@code data} names the register that feeds it (actions,
 * kpis, risks...), so the pack and the agenda know what to show under it.
 */
public record Clause(
    String id,
    String ref,
    String title,
    String data,
    String presenter,
    String prompt,
    List<Clause> children) {

  public Clause {
    children = children == null ? List.of() : List.copyOf(children);
  }

  public boolean hasChildren() {
    return !children.isEmpty();
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
