package dev.isms.config;

import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.framework.ResultKind;
import java.util.List;

/**
 * {@code procedure:} in isms.yaml: the inputs and results the organisation's own review procedure
 * adds to those of the standard (resource adequacy, near misses and lessons learned, approval of
 * exceptions...). Agenda, pack and minutes print them, and {@code check} checks them, like the
 * standard's own, labelled as the organisation's procedure.
 */
public record Procedure(List<Item> inputs, List<Item> results) {
  public static final Procedure NONE = new Procedure(List.of(), List.of());

  public Procedure {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** The standard's clause set with this procedure's inputs and results added. */
  public ClauseSet applyTo(ClauseSet set) {
    return set.withProcedure(
        inputs.stream()
            .map(
                i ->
                    Clause.ofProcedure(
                        INPUT_PREFIX + i.id(), i.title(), i.prompt(), i.data(), null))
            .toList(),
        results.stream()
            .map(r -> Clause.ofProcedure(r.id(), r.title(), r.prompt(), null, ResultKind.DECISION))
            .toList());
  }

  /** Prefixed to an own input's id, so that it never meets a standard's input id. */
  static final String INPUT_PREFIX = "procedure:";

  /**
   * One input or result: a stable id, the heading's title, what the minutes must record, and for an
   * input the register that feeds it (one of {@link Feed#PROCEDURE}; null when none does, and
   * always for a result, whose schema has no {@code data}).
   */
  public record Item(String id, String title, String prompt, Feed data) {}
}
