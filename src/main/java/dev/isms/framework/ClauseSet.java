package dev.isms.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A management-system standard's review clause as data: the inputs a review shall consider and the
 * results it shall produce. Inputs may nest (ISO 27001:2022 9.3.2 d) has d) 1) to d) 4)).
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

  /**
   * The clause that says who reviews and why (9.3.1 General where the review clause has subclauses,
   * as in the harmonized structure; the clause itself for ISO 27001:2013's single 9.3).
   */
  public String generalClause() {
    boolean subclauses =
        mandatoryInputs().stream()
            .map(Clause::ref)
            .anyMatch(r -> r != null && r.startsWith(clause + ".2"));
    return subclauses ? clause + ".1" : clause;
  }

  /**
   * This clause set with the organisation's own inputs and results ({@code procedure:} in
   * isms.yaml): the inputs after the standard's, the results before the table of actions. A result
   * whose id the standard already has (resources, objectives) is not added again: the procedure
   * makes it required, and where the standard did not require it, it is labelled as the
   * procedure's.
   */
  public ClauseSet withProcedure(List<Clause> ownInputs, List<Clause> ownResults) {
    if (ownInputs.isEmpty() && ownResults.isEmpty()) {
      return this;
    }
    List<Clause> allInputs = new ArrayList<>(inputs);
    allInputs.addAll(ownInputs);
    List<Clause> allResults = new ArrayList<>(results);
    int at = allResults.indexOf(result(ResultKind.ACTIONS).orElse(null));
    at = at < 0 ? allResults.size() : at;
    for (Clause own : ownResults) {
      int same = -1;
      for (int i = 0; i < allResults.size(); i++) {
        same = allResults.get(i).id().equals(own.id()) ? i : same;
      }
      if (same < 0) {
        allResults.add(at++, own);
      } else if (!allResults.get(same).isRequired()) {
        Clause std = allResults.get(same);
        allResults.set(
            same,
            Clause.ofProcedure(
                std.id(),
                std.title(),
                own.prompt() == null ? std.prompt() : own.prompt(),
                null,
                std.kind()));
      }
    }
    return new ClauseSet(id, title, clause, allInputs, allResults);
  }

  /** The result of a kind (every clause set has one table of actions and one conclusion). */
  public Optional<Clause> result(ResultKind kind) {
    return results.stream().filter(r -> r.kind() == kind).findFirst();
  }
}
