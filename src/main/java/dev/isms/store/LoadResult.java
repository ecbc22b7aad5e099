package dev.isms.store;

import dev.isms.problem.Problem;
import java.util.List;

/**
 * The repository as far as it could be read, and every problem found on the way. Items whose file
 * was invalid are left out of {@code repository}.
 */
public record LoadResult(IsmsRepository repository, List<Problem> problems) {
  public LoadResult {
    problems = problems.stream().sorted(Problem.ORDER).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
