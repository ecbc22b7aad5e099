package dev.isms.check;

import dev.isms.store.LoadResult;
import dev.isms.store.RepositoryLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs every check on an ISMS repository: first that each file is valid, then the rules. */
public final class CheckService {
  private final RepositoryLoader loader;

  public CheckService(RepositoryLoader loader) {
    this.loader = loader;
  }

  public CheckReport check(Path root, CheckOptions options) {
    LoadResult loaded = loader.load(root);
    List<dev.isms.problem.Problem> problems = new ArrayList<>(loaded.problems());
    return new CheckReport(problems);
  }
}
