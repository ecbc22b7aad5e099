package dev.isms.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Real Git repositories for tests, isolated from the machine's own Git configuration: the user
 * config is a file of the test's, so "no identity configured" can be tested on any machine.
 */
public final class GitTestSupport {
  public static final String NAME = "Priya Shah";
  public static final String EMAIL = "priya.shah@denialbase.example";

  private GitTestSupport() {}

  /** Points JGit's user configuration at a file in {@code dir}; with or without an identity. */
  public static void isolateUserConfig(Path dir, boolean withIdentity) throws Exception {
    Path file = dir.resolve("user.gitconfig");
    Files.writeString(
        file, withIdentity ? "[user]\n\tname = " + NAME + "\n\temail = " + EMAIL + "\n" : "");
    SystemReader.setInstance(
        new SystemReader.Delegate(SystemReader.getInstance()) {
          @Override
          public FileBasedConfig openUserConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, file.toFile(), fs);
          }

          @Override
          public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            return new FileBasedConfig(parent, new File("/nonexistent-isms-test"), fs) {
              @Override
              public void load() {
                // no system configuration in tests
              }

              @Override
              public boolean isOutdated() {
                return false;
              }
            };
          }

          @Override
          public String getenv(String variable) {
            return variable.startsWith("GIT_") ? null : super.getenv(variable);
          }
        });
    SystemReader.getInstance().getUserConfig().load();
  }

  /** Undoes {@link #isolateUserConfig}; call from @AfterEach. */
  public static void restoreUserConfig() {
    SystemReader.setInstance(null);
  }

  /** A new repository in {@code dir} with a repository-local identity. */
  public static Git initWithIdentity(Path dir) throws Exception {
    Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    localIdentity(git);
    return git;
  }

  private static void localIdentity(Git git) throws java.io.IOException {
    StoredConfig config = git.getRepository().getConfig();
    config.setString("user", null, "name", NAME);
    config.setString("user", null, "email", EMAIL);
    config.setBoolean("commit", null, "gpgsign", false);
    config.save();
  }

  /**
   * A shallow clone of {@code from} in {@code to} holding the newest {@code depth} commits (JGit
   * writes {@code .git/shallow} as git does), with the repository-local identity.
   */
  public static Path shallowClone(Path from, Path to, int depth) throws Exception {
    try (Git clone =
        Git.cloneRepository()
            .setURI(from.toUri().toString())
            .setDepth(depth)
            .setDirectory(to.toFile())
            .call()) {
      localIdentity(clone);
    }
    return to;
  }

  /** A new repository in {@code dir} with every file there committed at the fixed time. */
  public static Git commitEverything(Path dir) throws Exception {
    Git git = initWithIdentity(dir);
    commitAll(git, "ISMS as it was");
    return git;
  }

  /** Stages the whole work tree and commits it, unsigned, by the fixed identity. */
  public static void commitAll(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.commit()
        .setMessage(message)
        .setSign(false)
        .setAuthor(fixedIdent())
        .setCommitter(fixedIdent())
        .call();
  }

  /**
   * Commits everything in {@code dir}, then leaves the user's own work in progress there: {@code
   * notes.md} with one version staged and another unstaged, which no isms command may touch.
   */
  public static void commitWithWorkInProgress(Path dir) throws Exception {
    try (Git git = commitEverything(dir)) {
      Files.writeString(dir.resolve("notes.md"), "staged\n");
      git.add().addFilepattern("notes.md").call();
      Files.writeString(dir.resolve("notes.md"), "unstaged\n");
    }
  }

  public static PersonIdent fixedIdent() {
    return new PersonIdent(NAME, EMAIL, Cli.FIXED_CLOCK.instant(), Cli.FIXED_CLOCK.getZone());
  }

  /** The paths a commit added or changed against its parent. */
  public static java.util.List<String> changedPaths(
      Git git, org.eclipse.jgit.revwalk.RevCommit commit) throws Exception {
    java.util.List<String> paths = new java.util.ArrayList<>();
    try (org.eclipse.jgit.treewalk.TreeWalk walk =
        new org.eclipse.jgit.treewalk.TreeWalk(git.getRepository())) {
      walk.addTree(commit.getParent(0).getTree());
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      walk.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
      while (walk.next()) {
        paths.add(walk.getPathString());
      }
    }
    return paths;
  }
}
