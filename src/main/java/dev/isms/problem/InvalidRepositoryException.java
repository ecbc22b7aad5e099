package dev.isms.problem;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import java.util.ArrayList;
import java.util.List;

/** Thrown by commands other than {@code check} when the data they need does not validate. */
public final class InvalidRepositoryException extends IsmsException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public InvalidRepositoryException(List<Problem> problems) {
    super(ExitCodes.USAGE, describe(problems));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static List<String> describe(List<Problem> problems) {
    List<String> lines = new ArrayList<>(problems.stream().map(Problem::toString).toList());
    lines.add(
        problems.size()
            + (problems.size() == 1 ? " problem" : " problems")
            + " in the ISMS repository; fix "
            + (problems.size() == 1 ? "it" : "them")
            + " (`isms check` lists them) and run the command again.");
    return lines;
  }
}
