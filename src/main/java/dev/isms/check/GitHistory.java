package dev.isms.check;

import dev.isms.git.GitFacade;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/** {@link History} read from the Git repository that holds the ISMS root. */
final class GitHistory implements History {
  private final GitFacade git;
  private final Path root;

  GitHistory(GitFacade git, Path root) {
    this.git = git;
    this.root = root;
  }

  @Override
  public Optional<ZonedDateTime> firstCommitted(String relativePath) {
    return git.firstCommitTime(git.gitPath(root.resolve(relativePath)));
  }

  @Override
  public Optional<ZonedDateTime> firstCommitted(String relativePath, Predicate<String> content) {
    return git.firstCommitTimeWhere(git.gitPath(root.resolve(relativePath)), content);
  }
}
