package dev.isms.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The clause set of an integrated review: the union of several standards' review clauses. The first
 * standard's inputs keep their references; an input of a later standard fed by the same register
 * (audit results, nonconformities, improvement...) is merged into it and named in its title, so the
 * meeting considers it once; the others follow under their standard's name. Results merge by id
 * (and the table of actions and the conclusion by kind), required where any standard requires them.
 */
final class IntegratedSet {
  /** The separator of the member ids in an integrated set's id. */
  static final String JOIN = "+";

  private IntegratedSet() {}

  static ClauseSet of(List<ClauseSet> members) {
    if (members.size() == 1) {
      return members.get(0);
    }
    ClauseSet first = members.get(0);
    List<Clause> inputs = new ArrayList<>(first.inputs());
    Map<String, Clause> results = new LinkedHashMap<>();
    first.results().forEach(r -> results.put(r.id(), r));
    for (ClauseSet other : members.subList(1, members.size())) {
      for (Clause input : other.inputs()) {
        if (!input.hasChildren()) {
          mergeOrAdd(inputs, input, other).ifPresent(inputs::add);
          continue;
        }
        List<Clause> kept = new ArrayList<>();
        for (Clause child : input.children()) {
          mergeOrAdd(inputs, child, other).ifPresent(kept::add);
        }
        if (!kept.isEmpty()) {
          inputs.add(foreign(input, other, kept));
        }
      }
      for (Clause result : other.results()) {
        String key =
            result.kind() == ResultKind.DECISION
                ? result.id()
                : results.values().stream()
                    .filter(r -> r.kind() == result.kind())
                    .map(Clause::id)
                    .findFirst()
                    .orElse(result.id());
        Clause mine = results.get(key);
        results.put(
            key, mine == null ? foreign(result, other, List.of()) : merged(mine, result, other));
      }
    }
    return new ClauseSet(
        String.join(JOIN, members.stream().map(ClauseSet::id).toList()),
        String.join(" + ", members.stream().map(ClauseSet::title).toList()),
        first.clause(),
        inputs,
        List.copyOf(results.values()));
  }

  /**
   * Merges {@code input} into the union's input fed by the same register, if there is one (and
   * returns nothing); else returns the input under its standard's name, to be added.
   */
  private static Optional<Clause> mergeOrAdd(List<Clause> union, Clause input, ClauseSet of) {
    if (input.data() != null) {
      for (int i = 0; i < union.size(); i++) {
        Clause u = union.get(i);
        if (u.isFedBy(input.data())) {
          union.set(i, merged(u, input, of));
          return Optional.empty();
        }
        List<Clause> children = new ArrayList<>(u.children());
        for (int j = 0; j < children.size(); j++) {
          if (children.get(j).isFedBy(input.data())) {
            children.set(j, merged(children.get(j), input, of));
            union.set(i, withChildren(u, children));
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(foreign(input, of, List.of()));
  }

  /** {@code mine}, its title naming also the clause of the other standard it satisfies. */
  private static Clause merged(Clause mine, Clause theirs, ClauseSet of) {
    String label = of.title() + " " + theirs.ref();
    if (!mine.isRequired() && theirs.isRequired() && !mine.hasChildren()) {
      // only the later standard requires it (ISO 9001's resource needs): cite that clause
      return copy(mine, mine.id(), label, mine.title(), true, mine.children());
    }
    String title =
        mine.title().endsWith(")") && mine.title().contains(" (also ")
            ? mine.title().substring(0, mine.title().length() - 1) + "; " + label + ")"
            : mine.title() + " (also " + label + ")";
    return copy(
        mine,
        mine.id(),
        mine.ref(),
        title,
        mine.isRequired() || theirs.isRequired(),
        mine.children());
  }

  /** A clause of a later standard, its id and reference prefixed so they stay unique. */
  private static Clause foreign(Clause c, ClauseSet of, List<Clause> children) {
    return copy(
        c, of.id() + ":" + c.id(), of.title() + " " + c.ref(), c.title(), c.isRequired(), children);
  }

  private static Clause withChildren(Clause c, List<Clause> children) {
    return copy(c, c.id(), c.ref(), c.title(), c.isRequired(), children);
  }

  private static Clause copy(
      Clause c, String id, String ref, String title, boolean required, List<Clause> children) {
    return new Clause(
        id,
        ref,
        title,
        c.data(),
        c.presenter(),
        c.prompt(),
        c.kind(),
        required,
        children,
        c.isProcedure(),
        c.ask());
  }
}
