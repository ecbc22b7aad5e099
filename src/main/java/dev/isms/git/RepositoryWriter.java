package dev.isms.git;

import dev.isms.IsmsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.AbortedByHookException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The one way isms changes a repository: every command that writes opens one writer for the whole
 * run (it holds the repository lock from the first read to the last commit), and each {@link
 * #write} is a transaction: all files or none, committed with exactly those paths, or everything
 * put back as it was.
 *
 * <pre>{@code
 * try (RepositoryWriter writer = RepositoryWriter.open(root, clock, options.commit())) {
 *   IsmsRepository repo = loader.loadValid(root);            // read under the lock
 *   Written done = writer.write(Map.of(file, text), "review(2026-Q4): ...");
 *   done.commitName();                                         // the commit id, if any
 * }
 * }</pre>
 */
public final class RepositoryWriter implements AutoCloseable {
  /** What a writer does with Git. */
  public enum Mode {
    /** Commit each write, if the folder is in a Git repository. */
    COMMIT,
    /** Write the files, leave Git alone (--no-commit). */
    NO_COMMIT,
    /** Commit each write, creating a repository in the root when there is none (isms init). */
    COMMIT_CREATING_REPOSITORY
  }

  private final Path root;
  private final Clock clock;
  private final Mode mode;
  private final FileTransaction.Disk disk;
  private final RepositoryLock lock;
  private GitFacade git;
  private boolean createdRepository;

  private RepositoryWriter(
      Path root,
      Clock clock,
      Mode mode,
      FileTransaction.Disk disk,
      GitFacade git,
      RepositoryLock lock) {
    this.root = root;
    this.clock = clock;
    this.mode = mode;
    this.disk = disk;
    this.git = git;
    this.lock = lock;
  }

  /** Opens the repository that holds {@code root} for one command; commits if {@code commit}. */
  public static RepositoryWriter open(Path root, Clock clock, boolean commit) {
    return open(root, clock, commit ? Mode.COMMIT : Mode.NO_COMMIT);
  }

  /**
   * Takes the repository lock (waiting briefly for another isms run) and, when the writer is to
   * commit, checks that a commit can happen before anything is written.
   */
  public static RepositoryWriter open(Path root, Clock clock, Mode mode) {
    return open(root, clock, mode, FileTransaction.Disk.REAL, RepositoryLock.DEFAULT_WAIT);
  }

  static RepositoryWriter open(
      Path root, Clock clock, Mode mode, FileTransaction.Disk disk, Duration wait) {
    Path abs = root.toAbsolutePath().normalize();
    GitFacade git = GitFacade.open(nearestExisting(abs), clock).orElse(null);
    RepositoryLock lock = null;
    try {
      lock = lockFor(abs, git, mode, wait);
      if (git != null && mode != Mode.NO_COMMIT) {
        CommitPreflight.check(git.repository());
        Signing.checkCommits(git.repository().getConfig(), git.identity());
      } else if (git == null && mode == Mode.COMMIT_CREATING_REPOSITORY) {
        Signing.checkCommits(
            GitFacade.globalConfig(),
            GitFacade.globalIdentity().orElseThrow(GitFacade::missingIdentity));
      }
      return new RepositoryWriter(abs, clock, mode, disk, git, lock);
    } catch (RuntimeException e) {
      if (lock != null) {
        lock.close();
      }
      if (git != null) {
        git.close();
      }
      throw e;
    }
  }

  private static RepositoryLock lockFor(Path root, GitFacade git, Mode mode, Duration wait) {
    if (git == null) {
      return RepositoryLock.forFolder(root, wait);
    }
    Path gitDir = git.repository().getDirectory().toPath();
    if (mode == Mode.NO_COMMIT && !Files.isWritable(gitDir)) {
      return RepositoryLock.forFolder(git.workTree(), wait);
    }
    return RepositoryLock.inGitDir(gitDir, wait);
  }

  /** The folder itself or its nearest existing parent: where Git discovery starts. */
  private static Path nearestExisting(Path dir) {
    Path p = dir;
    while (p != null && !Files.isDirectory(p)) {
      p = p.getParent();
    }
    return p == null ? dir : p;
  }

  /** The Git repository, for reading history under the same lock; empty outside Git. */
  public Optional<GitFacade> git() {
    return Optional.ofNullable(git);
  }

  /** Whether this writer commits (it was asked to, and there is or will be a repository). */
  public boolean commits() {
    return mode != Mode.NO_COMMIT && (git != null || mode == Mode.COMMIT_CREATING_REPOSITORY);
  }

  /**
   * Writes text files (UTF-8) and commits them with the configured identity at the clock's time.
   */
  public Written write(Map<Path, String> files, String message) {
    return writeBytes(utf8(files), message, Optional.empty());
  }

  /** As {@link #write(Map, String)}, with a given author and committer (the demo's history). */
  public Written write(Map<Path, String> files, String message, Author author) {
    return writeBytes(utf8(files), message, Optional.of(author));
  }

  /**
   * Writes the files all or nothing, then commits exactly those paths (the user's other staged and
   * unstaged changes stay as they were). If the commit fails, the files and the index are put back
   * as they were, and the exception names the cause.
   */
  public Written writeBytes(Map<Path, byte[]> files, String message, Optional<Author> author) {
    return transaction(files, message, author, null, null);
  }

  /**
   * As {@link #write(Map, String)}, then an annotated tag {@code tagName} on the new commit, signed
   * when the configuration asks for signed tags ({@code tag.gpgsign}). Whether the tag can be made
   * is checked before anything is written; if making it fails, the commit is undone and the files
   * and the index are put back.
   */
  public Written writeAndTag(
      Map<Path, String> files, String message, String tagName, String tagMessage) {
    if (!commits() || git == null) {
      throw IsmsException.input(
          "the tag " + tagName + " needs a commit in a Git repository; nothing was changed");
    }
    Tags.checkCanCreate(git.repository(), tagName, tagger());
    return transaction(utf8(files), message, Optional.empty(), tagName, tagMessage);
  }

  /** An annotated tag on HEAD (signed as {@link #writeAndTag} signs). */
  public void tag(String tagName, String tagMessage) {
    if (git == null || mode == Mode.NO_COMMIT) {
      throw IsmsException.input("the tag " + tagName + " needs a Git repository");
    }
    Tags.checkCanCreate(git.repository(), tagName, tagger());
    Tags.create(git.repository(), tagName, tagMessage, tagger());
  }

  private Written transaction(
      Map<Path, byte[]> files,
      String message,
      Optional<Author> author,
      String tagName,
      String tagMessage) {
    Map<Path, byte[]> targets = new LinkedHashMap<>();
    files.forEach((p, b) -> targets.put(p.toAbsolutePath().normalize(), b));
    List<Path> paths = List.copyOf(targets.keySet());
    Optional<byte[]> indexBefore = commits() && git != null ? readIndex() : Optional.empty();
    Optional<HeadState> headBefore =
        tagName != null ? Optional.of(HeadState.of(git.repository())) : Optional.empty();
    FileTransaction tx = FileTransaction.apply(root, targets, disk);
    boolean committed = false;
    try {
      Written written = commit(paths, message, author);
      committed = written.commit().isPresent();
      if (tagName != null) {
        Tags.create(git.repository(), tagName, tagMessage, tagger());
      }
      tx.commit();
      return written;
    } catch (RuntimeException e) {
      if (committed && headBefore.isPresent()) {
        headBefore.get().restore(git.repository());
      }
      tx.rollback();
      indexBefore.ifPresent(this::restoreIndex);
      throw e;
    }
  }

  private PersonIdent tagger() {
    return new PersonIdent(git.identity(), clock.instant(), clock.getZone());
  }

  private Written commit(List<Path> paths, String message, Optional<Author> author) {
    if (mode == Mode.NO_COMMIT) {
      return new Written(paths, Written.Outcome.NOT_ASKED, Optional.empty());
    }
    if (git == null) {
      if (mode != Mode.COMMIT_CREATING_REPOSITORY) {
        return new Written(paths, Written.Outcome.NO_GIT_REPOSITORY, Optional.empty());
      }
      git = GitFacade.init(root, clock);
      createdRepository = true;
    }
    try {
      if (git.unchangedSinceHead(paths)) {
        return new Written(paths, Written.Outcome.UNCHANGED, Optional.empty());
      }
      RevCommit commit = commitOnly(paths, message, author);
      return new Written(
          paths, Written.Outcome.COMMITTED, Optional.of(new CommitId(commit.getName())));
    } catch (RuntimeException e) {
      if (createdRepository) {
        removeCreatedRepository();
      }
      throw e;
    }
  }

  private RevCommit commitOnly(List<Path> files, String message, Optional<Author> author) {
    PersonIdent who =
        author
            .map(
                a -> new PersonIdent(a.name(), a.email(), a.when().toInstant(), a.when().getZone()))
            .orElseGet(() -> new PersonIdent(git.identity(), clock.instant(), clock.getZone()));
    List<String> gitPaths = files.stream().map(git::gitPath).sorted().toList();
    ByteArrayOutputStream hookOutput = new ByteArrayOutputStream();
    try (PrintStream hooks = new PrintStream(hookOutput, true, StandardCharsets.UTF_8)) {
      Git api = new Git(git.repository());
      for (String path : gitPaths) {
        api.add().addFilepattern(path).call();
      }
      CommitCommand commit =
          api.commit()
              .setMessage(message)
              .setAuthor(who)
              .setCommitter(who)
              .setHookOutputStream(hooks)
              .setHookErrorStream(hooks);
      Signing.configure(commit, git.repository().getConfig());
      for (String path : gitPaths) {
        commit.setOnly(path);
      }
      return commit.call();
    } catch (AbortedByHookException e) {
      String said = (hookOutput.toString(StandardCharsets.UTF_8) + e.getHookStdErr()).strip();
      throw IsmsException.input(
          "the "
              + e.getHookName()
              + " hook rejected the commit (exit "
              + e.getReturnCode()
              + (said.isEmpty() ? "" : ": " + firstLine(said))
              + "); the files and the index are back as they were",
          e);
    } catch (GitAPIException | JGitInternalException e) {
      throw IsmsException.input(
          "Git could not commit: "
              + firstLine(innermostMessage(e))
              + "; the files and the index are back as they were",
          e);
    }
  }

  /** JGit wraps the real cause (a signing program's error, a lock) in generic messages. */
  private static String innermostMessage(Throwable e) {
    String message = String.valueOf(e.getMessage());
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t.getMessage() != null) {
        message = t.getMessage();
      }
    }
    return message;
  }

  private static String firstLine(String text) {
    String line = text.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  private Optional<byte[]> readIndex() {
    Path index = git.repository().getIndexFile().toPath();
    try {
      return Optional.of(
          Files.exists(index, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(index) : new byte[0]);
    } catch (IOException e) {
      throw IsmsException.input(
          "cannot read the Git index " + index + ": " + FileTransaction.cause(e), e);
    }
  }

  /** Puts the index back byte for byte (an empty snapshot: there was none). */
  private void restoreIndex(byte[] bytes) {
    if (git == null || createdRepository) {
      return;
    }
    Path index = git.repository().getIndexFile().toPath();
    try {
      if (bytes.length == 0) {
        Files.deleteIfExists(index);
      } else if (!Arrays.equals(bytes, Files.exists(index) ? Files.readAllBytes(index) : null)) {
        Path temp = index.resolveSibling(FileTransaction.TEMP_PREFIX + "index.tmp");
        Files.deleteIfExists(temp);
        FileTransaction.Disk.REAL.write(temp, bytes);
        FileTransaction.Disk.REAL.move(temp, index);
      }
    } catch (IOException e) {
      throw IsmsException.input(
          "cannot put the Git index " + index + " back as it was: " + FileTransaction.cause(e), e);
    }
  }

  private void removeCreatedRepository() {
    Path gitDir = git.repository().getDirectory().toPath();
    git.close();
    git = null;
    createdRepository = false;
    try (Stream<Path> all = Files.walk(gitDir)) {
      List<Path> paths = new ArrayList<>(all.toList());
      paths.sort(Comparator.reverseOrder());
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // the repository was empty and new; what is left of it holds nothing of the user's
    }
  }

  private static Map<Path, byte[]> utf8(Map<Path, String> files) {
    Map<Path, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((p, s) -> bytes.put(p, s.getBytes(StandardCharsets.UTF_8)));
    return bytes;
  }

  /** Whether the writer created the Git repository (isms init in a new folder). */
  public boolean createdRepository() {
    return createdRepository;
  }

  @Override
  public void close() {
    try {
      if (git != null) {
        git.close();
      }
    } finally {
      lock.close();
    }
  }
}
