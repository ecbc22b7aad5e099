package dev.isms.git;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.MinimalRepo;
import dev.isms.testing.RepositorySnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a commit can fail, on a real repository through the real command line: the command
 * exits 2 with one line naming the cause, the work tree, the index and the refs are byte for byte
 * as they were, and once the cause is gone the same command succeeds.
 */
class WriteFaultsTest {
  @TempDir Path temp;
  Path repo;
  Map<String, String> before;

  @BeforeEach
  void repository() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    repo = MinimalRepo.create(temp.resolve("testco"));
    GitTestSupport.commitWithWorkInProgress(repo);
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private CommandResult reviewNew() {
    return Cli.run(
        "-C", repo.toString(), "--as-of", "2026-11-24", "review", "new", "--type", "quarterly");
  }

  /** Runs review new with the fault in place, then without it. */
  private CommandResult failsThenSucceeds(Runnable removeFault) {
    before = RepositorySnapshot.of(repo);
    CommandResult failed = reviewNew();
    assertThat(failed).exitedWith(2);
    assertThat(failed.err().strip().lines()).hasSize(1);
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
    removeFault.run();
    CommandResult rerun = reviewNew();
    assertThat(rerun).succeeded().outContains("Committed 4 files as ");
    return failed;
  }

  private void delete(String gitFile) {
    try {
      Files.delete(repo.resolve(".git").resolve(gitFile));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anIndexLockHeldByAnotherGitProcess() throws Exception {
    Files.writeString(repo.resolve(".git/index.lock"), "");

    CommandResult failed = failsThenSucceeds(() -> delete("index.lock"));

    assertThat(failed)
        .errContains(
            "another Git process holds " + repo.resolve(".git/index.lock"),
            "; if none is running, remove it");
  }

  @Test
  void aMergeInProgress() throws Exception {
    String head = Files.readString(repo.resolve(".git/refs/heads/main"));
    Files.writeString(repo.resolve(".git/MERGE_HEAD"), head);

    CommandResult failed = failsThenSucceeds(() -> delete("MERGE_HEAD"));

    assertThat(failed).errContains("a merge is in progress; finish it (git commit) or abort it");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "CHERRY_PICK_HEAD | a cherry-pick is in progress; finish it (git cherry-pick --continue)",
        "REVERT_HEAD      | a revert is in progress; finish it (git revert --continue)",
        "BISECT_LOG       | a bisect is in progress; end it with git bisect reset",
        "rebase-apply/applying | git am is in progress; finish it (git am --continue)"
      })
  void anotherOperationInProgress(String marker, String cause) throws Exception {
    Path file = repo.resolve(".git").resolve(marker);
    Files.createDirectories(file.getParent());
    Files.writeString(file, Files.readString(repo.resolve(".git/refs/heads/main")));

    CommandResult failed =
        failsThenSucceeds(
            () -> {
              delete(marker);
              if (marker.contains("/")) {
                delete(marker.substring(0, marker.indexOf('/')));
              }
            });

    assertThat(failed).errContains(cause, "its commit would be mixed into that one");
  }

  @ParameterizedTest(name = ".git/{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''      | .git/isms.lock: | nothing was changed",
        "objects | .git/objects is read-only, so Git cannot commit; make it writable | --no-commit"
      })
  void aReadOnlyGitFolder(String folder, String cause, String advice) throws Exception {
    Path dir = repo.resolve(".git").resolve(folder);
    readOnly(dir, true);
    try {
      CommandResult failed = failsThenSucceeds(() -> readOnly(dir, false));

      assertThat(failed).errContains(repo + "/" + cause, advice);
    } finally {
      readOnly(dir, false);
    }
  }

  /**
   * Makes a folder read-only for this user: for root, whom permissions do not stop, with the
   * immutable attribute.
   */
  private void readOnly(Path dir, boolean on) {
    try {
      if (Integer.valueOf(0).equals(Ownership.currentUid())) {
        Process chattr = new ProcessBuilder("chattr", on ? "+i" : "-i", dir.toString()).start();
        assertThat(chattr.waitFor()).as("chattr").isZero();
      } else {
        Files.setPosixFilePermissions(
            dir, PosixFilePermissions.fromString(on ? "r-xr-xr-x" : "rwxr-xr-x"));
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aRebaseInProgress() throws Exception {
    Files.createDirectories(repo.resolve(".git/rebase-merge"));
    Files.writeString(repo.resolve(".git/rebase-merge/head-name"), "refs/heads/main\n");

    CommandResult failed =
        failsThenSucceeds(
            () -> {
              delete("rebase-merge/head-name");
              delete("rebase-merge");
            });

    assertThat(failed).errContains("a rebase is in progress; finish it (git rebase --continue)");
  }

  @Test
  void aDetachedHead() throws Exception {
    String head = Files.readString(repo.resolve(".git/refs/heads/main")).strip();
    Files.writeString(repo.resolve(".git/HEAD"), head + "\n");

    CommandResult failed =
        failsThenSucceeds(
            () -> {
              try {
                Files.writeString(repo.resolve(".git/HEAD"), "ref: refs/heads/main\n");
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    assertThat(failed)
        .errContains(
            "HEAD is detached at " + head.substring(0, 12), "check out a branch first (git switch");
  }

  @Test
  void aPreCommitHookThatRejectsTheCommit() throws Exception {
    Path hook = repo.resolve(".git/hooks/pre-commit");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/bin/sh\necho 'policy: no commits today' >&2\nexit 1\n");
    Files.setPosixFilePermissions(hook, PosixFilePermissions.fromString("rwxr-xr-x"));

    CommandResult failed = failsThenSucceeds(() -> delete("hooks/pre-commit"));

    assertThat(failed)
        .errContains(
            "the pre-commit hook rejected the commit (exit 1: policy: no commits today);"
                + " the files and the index are back as they were");
  }

  @Test
  void signingAskedForThatIsmsCannotDo() throws Exception {
    StoredConfig config = Git.open(repo.toFile()).getRepository().getConfig();
    config.setBoolean("commit", null, "gpgsign", true);
    config.setString("gpg", null, "program", "/nonexistent/gpg");
    config.save();

    CommandResult failed =
        failsThenSucceeds(
            () -> {
              config.unset("gpg", null, "program");
              config.setBoolean("commit", null, "gpgsign", false);
              try {
                config.save();
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    assertThat(failed)
        .errContains(
            "your Git configuration asks for signed commits (commit.gpgsign = true), but the"
                + " signing program `/nonexistent/gpg` is not installed or not on the PATH");
  }

  @Test
  void aRepositoryOwnedByAnotherUserIsRefusedAsGitRefusesIt() throws Exception {
    Files.setAttribute(repo, "unix:uid", 65534);

    CommandResult failed =
        failsThenSucceeds(
            () -> {
              try {
                Files.writeString(
                    temp.resolve("user.gitconfig"),
                    "[user]\n\tname = A\n\temail = a@example.com\n[safe]\n\tdirectory = "
                        + repo
                        + "\n");
                org.eclipse.jgit.util.SystemReader.getInstance().getUserConfig().load();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    assertThat(failed)
        .errContains(
            "detected dubious ownership in repository at '" + repo + "'",
            "git config --global --add safe.directory " + repo);
  }

  @Test
  void aSplitIndexThatJGitCannotWrite() throws Exception {
    git("update-index", "--split-index");

    CommandResult failed = failsThenSucceeds(() -> git("update-index", "--no-split-index"));

    assertThat(failed)
        .errContains(
            "uses a split index (core.splitIndex); turn it off with git update-index"
                + " --no-split-index");
  }

  @Test
  void aSparseIndexThatJGitCannotWrite() throws Exception {
    Files.createDirectories(repo.resolve("archive"));
    Files.writeString(repo.resolve("archive/2019.md"), "old\n");
    git("add", "archive");
    git("commit", "-q", "-m", "archive");
    List<String> cone =
        new ArrayList<>(List.of("sparse-checkout", "set", "--cone", "--sparse-index"));
    try (var dirs = Files.list(repo)) {
      dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(d -> !d.equals(".git") && !d.equals("archive"))
          .forEach(cone::add);
    }
    git(cone.toArray(String[]::new));

    CommandResult failed = failsThenSucceeds(() -> git("sparse-checkout", "disable"));

    assertThat(failed).errContains("uses a sparse index (index.sparse)");
  }

  /** Runs Git itself in the repository, isolated from the machine's configuration. */
  private void git(String... args) {
    try {
      List<String> command = new ArrayList<>(List.of("git"));
      command.addAll(List.of(args));
      ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
      builder.environment().put("HOME", temp.toString());
      builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      builder.redirectErrorStream(true);
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes());
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + ": " + output);
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
