package dev.isms.check;

import dev.isms.ExitCodes;
import dev.isms.problem.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * What one check run found, in a stable order, and what reporters need to describe it: the rules
 * that ran and the files each examined, the notes on what was skipped, the rules switched off.
 * {@code gitPrefix} is the ISMS root's folder inside the Git work tree ("" at its top, or {@code
 * compliance/}), for formats that CI systems resolve against the repository's top. {@code accepted}
 * are findings that {@code .isms/accepted.yaml} accepts: reported, never a failure.
 */
public record CheckReport(
    LocalDate asOf,
    List<Problem> problems,
    List<Rule> rules,
    Map<String, SortedSet<String>> checked,
    List<Note> notes,
    List<DisabledRule> disabled,
    boolean strict,
    String gitPrefix,
    List<Accepted> accepted) {

  public CheckReport {
    accepted = accepted == null ? List.of() : List.copyOf(accepted);
    problems = problems.stream().sorted(Problem.ORDER).toList();
    rules = List.copyOf(rules);
    checked = java.util.Collections.unmodifiableMap(new TreeMap<>(checked));
    notes = List.copyOf(notes);
    disabled = List.copyOf(disabled);
    gitPrefix = gitPrefix == null ? "" : gitPrefix;
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }

  /** Errors fail the check; with --strict, warnings do too. */
  public boolean failed() {
    return errors() > 0 || (strict && warnings() > 0);
  }

  public int exitCode() {
    return failed() ? ExitCodes.PROBLEMS : ExitCodes.OK;
  }

  /** The path of a file as the Git repository names it, for CI annotations. */
  public String gitPath(String file) {
    return gitPrefix + file;
  }
}
