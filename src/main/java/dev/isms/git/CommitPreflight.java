package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.util.SystemReader;

/**
 * Finds out, before a single file is written, whether a commit can happen, and says in plain words
 * why not: a repository owned by someone else, a read-only Git folder, a merge or rebase in
 * progress, another Git process holding the index, an index JGit cannot write, a detached HEAD.
 */
final class CommitPreflight {
  private CommitPreflight() {}

  static void check(Repository repository) {
    checkOwnership(repository);
    checkWritable(repository);
    checkState(repository);
    checkIndexLock(repository);
    checkHead(repository);
    checkIndex(repository);
  }

  /**
   * Git refuses to work in a repository owned by another user (its hooks would run as the caller),
   * unless {@code safe.directory} in the user's or the system's configuration allows it.
   */
  static void checkOwnership(Repository repository) {
    Path gitDir = repository.getDirectory().toPath().toAbsolutePath().normalize();
    Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    Integer me = Ownership.currentUid();
    if (me == null) {
      return; // not a POSIX system: nothing to compare
    }
    for (Path p : new Path[] {workTree, gitDir}) {
      Integer owner = Ownership.uidOf(p);
      if (owner != null && !owner.equals(me) && !safeDirectory(workTree)) {
        throw IsmsException.input(
            "detected dubious ownership in repository at '"
                + workTree
                + "' ("
                + p
                + " belongs to another user, whose Git hooks would run as you); Git refuses to"
                + " work there and so does isms. To add an exception for this directory, call:"
                + " git config --global --add safe.directory "
                + workTree);
      }
    }
  }

  /**
   * A read-only Git folder (a read-only mount, {@code chmod -w}, an immutable attribute): Git could
   * neither lock the index nor store the commit, so isms says which folder before writing anything.
   */
  static void checkWritable(Repository repository) {
    Path gitDir = repository.getDirectory().toPath();
    Path common = repository.getCommonDirectory().toPath();
    for (Path dir : new Path[] {gitDir, common.resolve("objects"), common.resolve("refs/heads")}) {
      if (Files.isDirectory(dir) && !Files.isWritable(dir)) {
        throw IsmsException.input(
            dir
                + " is read-only, so Git cannot commit; make it writable (chmod -R u+w "
                + dir
                + "), or run the command with --no-commit; nothing was changed");
      }
    }
  }

  /**
   * As Git reads it: from the user's and the system's configuration only, never the repository's.
   */
  private static boolean safeDirectory(Path workTree) {
    String[] values;
    try {
      values = SystemReader.getInstance().getUserConfig().getStringList("safe", null, "directory");
    } catch (IOException | ConfigInvalidException e) {
      return false;
    }
    boolean safe = false;
    for (String value : values) {
      if (value.isEmpty()) {
        safe = false; // an empty value resets the list, as in Git
      } else if (value.equals("*")) {
        safe = true;
      } else if (matches(value, workTree)) {
        safe = true;
      }
    }
    return safe;
  }

  private static boolean matches(String value, Path workTree) {
    String v =
        value.endsWith("/") && value.length() > 1 ? value.substring(0, value.length() - 1) : value;
    if (v.endsWith("/*")) {
      return workTree.startsWith(
          Path.of(v.substring(0, v.length() - 2)).toAbsolutePath().normalize());
    }
    return Path.of(v).toAbsolutePath().normalize().equals(workTree);
  }

  private static void checkState(Repository repository) {
    RepositoryState state = repository.getRepositoryState();
    String what =
        switch (state) {
          case SAFE, BARE -> null;
          case MERGING, MERGING_RESOLVED ->
              "a merge is in progress; finish it (git commit) or abort it (git merge --abort)";
          case CHERRY_PICKING, CHERRY_PICKING_RESOLVED ->
              "a cherry-pick is in progress; finish it (git cherry-pick --continue) or abort it"
                  + " (git cherry-pick --abort)";
          case REVERTING, REVERTING_RESOLVED ->
              "a revert is in progress; finish it (git revert --continue) or abort it"
                  + " (git revert --abort)";
          case REBASING, REBASING_REBASING, REBASING_MERGE, REBASING_INTERACTIVE ->
              "a rebase is in progress; finish it (git rebase --continue) or abort it"
                  + " (git rebase --abort)";
          case APPLY ->
              "git am is in progress; finish it (git am --continue) or abort it (git am --abort)";
          case BISECTING -> "a bisect is in progress; end it with git bisect reset";
        };
    if (what != null) {
      throw IsmsException.input(
          what
              + ", then run isms again: its commit would be mixed into that one; nothing was changed");
    }
  }

  private static void checkIndexLock(Repository repository) {
    Path lock = repository.getDirectory().toPath().resolve("index.lock");
    if (Files.exists(lock, LinkOption.NOFOLLOW_LINKS)) {
      throw IsmsException.input(
          "another Git process holds "
              + lock
              + "; if none is running, remove it (rm "
              + lock
              + "); nothing was changed");
    }
  }

  private static void checkHead(Repository repository) {
    try {
      Ref head = repository.exactRef(Constants.HEAD);
      if (head != null && !head.isSymbolic()) {
        ObjectId id = head.getObjectId();
        throw IsmsException.input(
            "HEAD is detached"
                + (id == null ? "" : " at " + id.abbreviate(12).name())
                + " (no branch is checked out), so the commit would belong to no branch; check out"
                + " a branch first (git switch NAME, or git switch -c NAME to keep this state), or"
                + " pass --no-commit; nothing was changed");
      }
    } catch (IOException e) {
      throw IsmsException.input("cannot read HEAD: " + e.getMessage(), e);
    }
  }

  /** Git keeps the entries of a split index in .git/sharedindex.&lt;sha&gt;. */
  private static boolean splitIndex(Repository repository) {
    try (var files =
        java.nio.file.Files.newDirectoryStream(
            repository.getDirectory().toPath(), "sharedindex.*")) {
      return files.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** A sparse index carries the empty extension "sdir". */
  private static boolean sparseIndex(Repository repository) {
    try {
      byte[] index = Files.readAllBytes(repository.getIndexFile().toPath());
      byte[] sdir = {'s', 'd', 'i', 'r', 0, 0, 0, 0};
      for (int i = 12; i + sdir.length <= index.length; i++) {
        if (java.util.Arrays.equals(index, i, i + sdir.length, sdir, 0, sdir.length)) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /** An index with an extension JGit cannot write (split or sparse index) is read here first. */
  private static void checkIndex(Repository repository) {
    try {
      repository.readDirCache();
    } catch (IOException | RuntimeException e) {
      String message = String.valueOf(e.getMessage());
      String feature =
          splitIndex(repository)
              ? "a split index (core.splitIndex); turn it off with git update-index"
                  + " --no-split-index"
              : sparseIndex(repository)
                  ? "a sparse index (index.sparse); turn it off with git sparse-checkout init"
                      + " --no-sparse-index"
                  : "a format isms cannot read (" + message + ")";
      throw IsmsException.input(
          "the Git index "
              + repository.getIndexFile()
              + " uses "
              + feature
              + ", or pass --no-commit; nothing was changed",
          e);
    }
  }
}
