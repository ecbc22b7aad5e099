package dev.isms.check;

import dev.isms.problem.Severity;

/**
 * One thing an auditor would flag, checked on the valid items of a repository. Rules report through
 * {@link Findings}; they never throw for bad data (the loader has already reported it).
 */
public interface Rule {
  /** What the rule is: its id, severity, summary, help and what it needs to run. */
  RuleInfo info();

  /** The stable id users write in {@code --rule}, {@code --skip} and {@code disabled_rules}. */
  default String id() {
    return info().id();
  }

  /**
   * Ids the rule had before it was renamed: {@code --rule}, {@code --skip} and {@code
   * disabled_rules} still accept them.
   */
  default java.util.List<String> formerIds() {
    return java.util.List.of();
  }

  /** The severity of what it usually reports (some rules add a warning beside their errors). */
  default Severity severity() {
    return info().severity();
  }

  /** One sentence: what it finds. */
  default String summary() {
    return info().summary();
  }

  /** What to do about it, for SARIF's help and {@code --list-rules}. */
  default String help() {
    return info().help();
  }

  /** What the rule cannot run without; the service skips it, with a note, when that is missing. */
  default Needs needs() {
    return info().needs();
  }

  /**
   * The obligation whose addition to the standard the rule checks (pci-dss-4, soc2): it runs only
   * where isms.yaml lists it under {@code obligations:}. Empty for the rules every review has.
   */
  default java.util.Optional<String> obligation() {
    return java.util.Optional.empty();
  }

  /**
   * Whether the rule reads the Git history when there is one: those that need it, and those that
   * only judge better with it (a moved due date, a "no change" claim) and run without it.
   */
  default boolean readsHistory() {
    return needs() == Needs.HISTORY;
  }

  void check(CheckContext context, Findings findings);

  enum Needs {
    /** The valid items alone. */
    ITEMS,
    /** A valid isms.yaml (review types, top management, framework, policy). */
    CONFIG,
    /** A valid isms.yaml and the full Git history of the repository. */
    HISTORY
  }
}
