package dev.isms.check;

import dev.isms.problem.Problem;
import java.util.List;

/** The problems one check run found, in a stable order. */
public record CheckReport(List<Problem> problems) {
  public CheckReport {
    problems = problems.stream().sorted(Problem.ORDER).toList();
  }

  public long errors() {
    return problems.stream().filter(Problem::isError).count();
  }

  public long warnings() {
    return problems.size() - errors();
  }
}
