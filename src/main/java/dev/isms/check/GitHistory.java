package dev.isms.check;

import dev.isms.git.CommitChanges;
import dev.isms.git.CommitSummary;
import dev.isms.git.FileVersion;
import dev.isms.git.GitFacade;
import dev.isms.git.TagSummary;
import dev.isms.store.RegisterChanges;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** {@link History} read from the Git repository that holds the ISMS root. */
final class GitHistory implements History {
  private final GitFacade git;
  private final Path root;
  private final RegisterChanges.Trail trail;

  GitHistory(GitFacade git, Path root) {
    this.git = git;
    this.root = root;
    this.trail = RegisterChanges.trail(git, root);
  }

  @Override
  public Optional<ZonedDateTime> earliestAuthorTime() {
    return git.earliestAuthorTime();
  }

  @Override
  public Optional<ZonedDateTime> firstCommitted(String relativePath) {
    return git.firstCommitTime(git.gitPath(root.resolve(relativePath)));
  }

  @Override
  public Optional<ZonedDateTime> firstCommitted(String relativePath, Predicate<String> content) {
    return git.firstCommitTimeWhere(git.gitPath(root.resolve(relativePath)), content);
  }

  @Override
  public List<CommitSummary> commitsChanging(String relativePath) {
    return git.commitsChanging(path(relativePath));
  }

  @Override
  public List<CommitSummary> commitsChangingAfter(String relativePath, String commitId) {
    return git.commitsChangingAfter(path(relativePath), commitId);
  }

  @Override
  public Optional<CommitSummary> firstCommitWhere(String relativePath, Predicate<String> content) {
    return git.firstCommitWhere(path(relativePath), content);
  }

  @Override
  public Optional<String> readAt(String commitId, String relativePath) {
    return trail.readAt(commitId, relativePath);
  }

  @Override
  public Optional<String> lastCommittedText(String relativePath) {
    return git.lastCommittedText(path(relativePath));
  }

  @Override
  public Set<String> filesEverCommittedUnder(String relativeFolder) {
    String folder = path(relativeFolder);
    String rootPrefix = git.gitPath(root);
    String strip = rootPrefix.isEmpty() ? "" : rootPrefix + "/";
    Set<String> files = new TreeSet<>();
    for (String p : git.filesEverCommittedUnder(folder)) {
      files.add(p.substring(strip.length()));
    }
    return files;
  }

  @Override
  public List<FileVersion> versionsOf(String relativePath) {
    return git.versionsOf(path(relativePath));
  }

  @Override
  public List<CommitChanges> commitsChangingUnder(String relativeFolder) {
    return trail.commitsChangingUnder(relativeFolder);
  }

  @Override
  public Optional<TagSummary> annotatedTag(String name) {
    return git.annotatedTag(name);
  }

  private String path(String relativePath) {
    return git.gitPath(root.resolve(relativePath));
  }
}
