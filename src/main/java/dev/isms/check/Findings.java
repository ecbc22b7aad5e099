package dev.isms.check;

import dev.isms.problem.Problem;
import dev.isms.problem.Severity;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one rule found: its problems, and every file it looked at (so that a JUnit report shows a
 * passing test case per rule and item, not only the failures).
 */
public final class Findings {
  private final Rule rule;
  private final IsmsRepository repository;
  private final List<Problem> problems = new ArrayList<>();
  private final SortedSet<String> checked = new TreeSet<>();
  private final List<Note> notes = new ArrayList<>();

  Findings(Rule rule, IsmsRepository repository) {
    this.rule = rule;
    this.repository = repository;
  }

  /** Records that the rule examined this file, whether or not it found anything. */
  public void checked(String file) {
    checked.add(file);
  }

  /** A problem at a field of a YAML file, located by JSON pointer ({@code /due}). */
  public void at(Severity severity, String yamlFile, String pointer, String message) {
    YamlDocument doc = repository.documents().get(yamlFile);
    YamlDocument.Position pos =
        doc == null ? new YamlDocument.Position(0, 0) : doc.positionOf(pointer);
    add(new Problem(yamlFile, pos.line(), pos.column(), rule.id(), severity, message));
  }

  public void errorAt(String yamlFile, String pointer, String message) {
    at(Severity.ERROR, yamlFile, pointer, message);
  }

  public void warningAt(String yamlFile, String pointer, String message) {
    at(Severity.WARNING, yamlFile, pointer, message);
  }

  /** A problem at a line of a file (0 when the line is unknown). */
  public void atLine(Severity severity, String file, int line, String message) {
    add(new Problem(file, line, 0, rule.id(), severity, message));
  }

  public void errorAtLine(String file, int line, String message) {
    atLine(Severity.ERROR, file, line, message);
  }

  public void warningAtLine(String file, int line, String message) {
    atLine(Severity.WARNING, file, line, message);
  }

  /** Says what the rule left out and why, where that is not a problem of the repository. */
  public void note(String message) {
    notes.add(Note.partial(rule.id(), message));
  }

  private void add(Problem problem) {
    checked.add(problem.file());
    problems.add(problem);
  }

  List<Problem> problems() {
    return problems;
  }

  List<Note> notes() {
    return notes;
  }

  SortedSet<String> checkedFiles() {
    return checked;
  }
}
