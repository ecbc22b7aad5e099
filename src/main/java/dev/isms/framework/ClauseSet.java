package dev.isms.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A management-system standard's review clause as data: the inputs a review shall consider and the
 * results it shall produce. Inputs may nest (ISO 27001:2022 9.3.2 d has d.1 to d.4).
 */
public record ClauseSet(
    String id, String title, String clause, List<Clause> inputs, List<Clause> results) {

  public ClauseSet {
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** The inputs a review must cover, in order: every clause without children. */
  public List<Clause> mandatoryInputs() {
    List<Clause> leaves = new ArrayList<>();
    for (Clause input : inputs) {
      input.collectLeaves(leaves);
    }
    return leaves;
  }

  /** The first mandatory input the register feeds, if any. */
  public Optional<Clause> inputFedBy(Feed feed) {
    return mandatoryInputs().stream().filter(c -> c.isFedBy(feed)).findFirst();
  }

  /** The result of a kind (every clause set has one table of actions and one conclusion). */
  public Optional<Clause> result(ResultKind kind) {
    return results.stream().filter(r -> r.kind() == kind).findFirst();
  }
}
