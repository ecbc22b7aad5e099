package dev.isms.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh {@link MinimalRepo} for each test, with the test's own files, committed on a real Git
 * repository; JGit's user configuration is isolated for the test and restored after it. Register it
 * with {@code @RegisterExtension final CommittedRepo repo = CommittedRepo.minimal()...}.
 */
public final class CommittedRepo implements BeforeEachCallback, AfterEachCallback {
  private final Map<String, UnaryOperator<String>> edits = new LinkedHashMap<>();
  private final IsolatedGitConfig config = IsolatedGitConfig.withoutIdentity();
  private Path dir;
  private Git git;

  private CommittedRepo() {}

  /** The minimal repository, committed as it is. */
  public static CommittedRepo minimal() {
    return new CommittedRepo();
  }

  /** Adds or replaces a file before the first commit. */
  public CommittedRepo with(String relative, String text) {
    edits.put(relative, ignored -> text);
    return this;
  }

  /** Changes a file of the minimal repository before the first commit. */
  public CommittedRepo editing(String relative, UnaryOperator<String> edit) {
    edits.merge(relative, edit, (first, second) -> text -> second.apply(first.apply(text)));
    return this;
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    config.beforeEach(context);
    dir = MinimalRepo.create(config.home().resolve("testco"));
    for (Map.Entry<String, UnaryOperator<String>> edit : edits.entrySet()) {
      Path file = dir.resolve(edit.getKey());
      String before = Files.exists(file) ? Files.readString(file) : "";
      MinimalRepo.write(dir, edit.getKey(), edit.getValue().apply(before));
    }
    git = GitTestSupport.initWithIdentity(dir);
    GitTestSupport.commitAll(git, "ISMS as it was");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    git.close();
    config.afterEach(context);
  }

  /** Runs {@code isms -C <repository> --as-of 2026-11-24 args...}. */
  public CommandResult isms(String... args) {
    return Cli.inRepo(dir, args);
  }

  /** The repository's folder. */
  public Path dir() {
    return dir;
  }

  /** A folder beside the repository, deleted with it. */
  public Path scratch() {
    return config.home();
  }

  public Git git() {
    return git;
  }

  /** A file of the repository as it is on disk now. */
  public String read(String relative) throws IOException {
    return Files.readString(dir.resolve(relative));
  }

  public RevCommit head() throws Exception {
    return git.log().setMaxCount(1).call().iterator().next();
  }

  /** The paths HEAD added or changed against its parent. */
  public List<String> headPaths() throws Exception {
    return GitTestSupport.changedPaths(git, head());
  }
}
