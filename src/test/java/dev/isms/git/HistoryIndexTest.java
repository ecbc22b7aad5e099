package dev.isms.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.GitTestSupport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history index answers as the per-path walks it replaces ({@code git log -- path}, reading
 * each version at its commit, a walk by commit time) on a real repository with a monorepo folder
 * around the ISMS, a side branch merged back, a rename, a file deleted and added again, and a
 * shallow clone of it.
 */
class HistoryIndexTest {
  @TempDir static Path dir;
  static Path full;
  static Path shallow;
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  static int tick;

  @BeforeAll
  static void history() throws Exception {
    GitTestSupport.isolateUserConfig(dir, true);
    full = dir.resolve("full");
    try (Git git = GitTestSupport.initWithIdentity(full)) {
      write("README.md", "monorepo\n");
      write("isms/isms.yaml", "organization: A\n");
      write("isms/reviews/2026-Q1/minutes.md", "# template\n");
      commit(git, "start");
      write("isms/reviews/2026-Q1/minutes.md", "# minutes\nwritten\n");
      write("other/service.txt", "v1\n");
      commit(git, "minutes written");
      git.branchCreate().setName("side").call();
      write("isms/isms.yaml", "organization: B\n");
      commit(git, "main changes isms.yaml");
      git.checkout().setName("side").call();
      write("isms/risks/R-1.yaml", "id: R-1\n");
      write("isms/reviews/2026-Q2/minutes.md", "# template\n");
      commit(git, "side adds a risk");
      write("isms/reviews/2026-Q2/minutes.md", "# minutes\nwritten on the side\n");
      commit(git, "side writes minutes");
      git.checkout().setName("main").call();
      git.merge()
          .include(git.getRepository().resolve("side"))
          .setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setCommit(false)
          .call();
      commit(git, "merge side");
      Files.move(full.resolve("isms/risks/R-1.yaml"), full.resolve("isms/risks/R-001.yaml"));
      git.rm().addFilepattern("isms/risks/R-1.yaml").call();
      commit(git, "rename a risk");
      git.rm().addFilepattern("isms/reviews/2026-Q1/minutes.md").call();
      commit(git, "delete minutes");
      write("isms/reviews/2026-Q1/minutes.md", "# minutes\nrestored\n");
      write("isms/reviews/2026-Q1/pack.md", "# pack\n");
      commit(git, "restore minutes, add a pack");
      write("isms/reviews/2026-Q1/pack.md", "# pack again\n");
      commit(git, "pack only");
    }
    shallow = dir.resolve("shallow");
    Git.cloneRepository()
        .setURI(full.toUri().toString())
        .setDirectory(shallow.toFile())
        .setDepth(3)
        .call()
        .close();
  }

  @AfterAll
  static void restore() {
    GitTestSupport.restoreUserConfig();
  }

  static void write(String path, String text) throws Exception {
    Path file = full.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  static void commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    PersonIdent who =
        new PersonIdent(
            GitTestSupport.NAME,
            GitTestSupport.EMAIL,
            T0.plusSeconds(86_400L * tick++),
            ZoneOffset.ofHours(1));
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  static GitFacade open(Path repo, String folder) {
    return GitFacade.open(repo.resolve(folder), Clock.systemUTC()).orElseThrow();
  }

  @Test
  void commitsTouchingEachPathAreThoseGitLogLists() throws Exception {
    for (Path repo : List.of(full, shallow)) {
      // given
      try (GitFacade facade = open(repo, "isms");
          Git git = Git.open(repo.toFile())) {
        Set<String> paths = facade.history().orElseThrow().pathsEverUnder("isms");
        assertThat(paths)
            .contains("isms/isms.yaml", "isms/risks/R-001.yaml", "isms/reviews/2026-Q2/minutes.md");
        if (repo.equals(full)) {
          assertThat(paths).contains("isms/risks/R-1.yaml").doesNotContain("other/service.txt");
        } else {
          assertThat(paths).doesNotContain("isms/risks/R-1.yaml"); // before the shallow boundary
        }
        for (String path : paths) {
          // when
          List<String> indexed = names(facade.log(path));
          // then
          List<String> logged = new ArrayList<>();
          git.log().addPath(path).call().forEach(c -> logged.add(c.getName()));
          assertThat(indexed).as(repo.getFileName() + " " + path).isEqualTo(logged);
        }
      }
    }
  }

  @Test
  void commitsAfterACommitAndFilesEverCommittedAreThoseGitFinds() throws Exception {
    try (GitFacade facade = open(full, "isms");
        Git git = Git.open(full.toFile())) {
      Set<String> paths = facade.filesEverCommittedUnder("isms/reviews");
      assertThat(paths)
          .containsExactly(
              "isms/reviews/2026-Q1/minutes.md",
              "isms/reviews/2026-Q1/pack.md",
              "isms/reviews/2026-Q2/minutes.md");
      List<RevCommit> all = new ArrayList<>();
      git.log().call().forEach(all::add);
      for (RevCommit since : all) {
        for (String path : paths) {
          // when
          List<String> indexed =
              facade.commitsChangingAfter(path, since.getName()).stream()
                  .map(CommitSummary::id)
                  .toList();
          // then
          List<String> logged = new ArrayList<>();
          git.log().addPath(path).not(since).call().forEach(c -> logged.add(0, c.getName()));
          assertThat(indexed).as(since.getShortMessage() + " " + path).isEqualTo(logged);
        }
      }
    }
  }

  @Test
  void firstCommitWithContentIsTheOldestVersionThatPasses() throws Exception {
    Predicate<String> written = text -> !text.contains("template");
    for (Path repo : List.of(full, shallow)) {
      try (GitFacade facade = open(repo, "isms")) {
        for (String path : facade.history().orElseThrow().pathsEverUnder("isms/reviews")) {
          // when
          Optional<String> indexed =
              facade.history().orElseThrow().firstCommitWhere(path, written).map(c -> c.getName());
          // then: the old way, every version read at its commit, oldest first
          List<RevCommit> newestFirst = facade.log(path);
          Optional<String> walked = Optional.empty();
          for (int i = newestFirst.size() - 1; i >= 0 && walked.isEmpty(); i--) {
            if (readAt(facade, newestFirst.get(i), path).filter(written).isPresent()) {
              walked = Optional.of(newestFirst.get(i).getName());
            }
          }
          assertThat(indexed).as(repo.getFileName() + " " + path).isEqualTo(walked);
        }
      }
    }
    try (GitFacade facade = open(full, "isms")) {
      assertThat(facade.firstCommitTimeWhere("isms/reviews/2026-Q1/minutes.md", written))
          .map(t -> t.toLocalDate().toString())
          .contains("2026-01-06");
      assertThat(facade.firstCommitTime("isms/reviews/2026-Q1/minutes.md"))
          .map(t -> t.toLocalDate().toString())
          .contains("2026-01-05");
    }
  }

  @Test
  void commitsByTimeAreThoseAWalkByCommitTimeFinds() throws Exception {
    for (Path repo : List.of(full, shallow)) {
      try (GitFacade facade = open(repo, "isms");
          RevWalk walk = new RevWalk(facade.repository())) {
        walk.markStart(walk.parseCommit(ObjectId.fromString(facade.head().orElseThrow().name())));
        walk.sort(RevSort.COMMIT_TIME_DESC);
        List<RevCommit> byTime = new ArrayList<>();
        walk.forEach(byTime::add);
        for (int day = -1; day <= tick; day++) {
          Instant when = T0.plusSeconds(86_400L * day + 3600);
          // when
          Optional<String> indexed = facade.lastCommitAtOrBefore(when).map(CommitSummary::id);
          // then
          Optional<String> walked =
              byTime.stream()
                  .filter(c -> !c.getCommitterIdent().getWhenAsInstant().isAfter(when))
                  .findFirst()
                  .map(RevCommit::getName);
          assertThat(indexed).as(repo.getFileName() + " " + when).isEqualTo(walked);
        }
        assertThat(facade.oldestCommitTime())
            .contains(byTime.get(byTime.size() - 1).getCommitterIdent().getWhenAsInstant());
      }
    }
  }

  @Test
  void theDataCommitSkipsCommitsThatChangedOnlyIgnoredFiles() throws Exception {
    try (GitFacade facade = open(full, "isms")) {
      // when
      Optional<CommitSummary> data =
          facade.lastCommitChanging("isms", path -> path.endsWith("/pack.md"));
      // then: "pack only" is skipped, "restore minutes, add a pack" changed data
      assertThat(data).map(CommitSummary::subject).contains("restore minutes, add a pack");
      assertThat(facade.lastCommitChanging("other", path -> false))
          .map(CommitSummary::subject)
          .contains("minutes written");
    }
    try (GitFacade facade = open(shallow, "isms")) {
      // the shallow clone's oldest commit counts as changing everything it holds
      assertThat(facade.lastCommitChanging("isms", path -> !path.endsWith("R-001.yaml")))
          .map(CommitSummary::subject)
          .contains("delete minutes");
    }
  }

  @Test
  void aFolderWasLastTouchedBeforeADayByTheNewestCommitThatChangedIt() throws Exception {
    try (GitFacade facade = open(full, "isms")) {
      HistoryIndex index = facade.history().orElseThrow();
      // day 3: the side branch adds the risk; day 5: the merge takes it unchanged; day 6: renamed
      assertThat(index.lastCommitTouching("isms/risks", T0.plusSeconds(86_400L * 6)))
          .map(RevCommit::getShortMessage)
          .contains("rename a risk");
      assertThat(index.lastCommitTouching("isms/risks", T0.plusSeconds(86_400L * 5)))
          .map(RevCommit::getShortMessage)
          .contains("side adds a risk");
      assertThat(index.lastCommitTouching("isms/risks", T0.plusSeconds(86_400L * 2))).isEmpty();
      assertThat(index.covers("other/service.txt")).isFalse();
      assertThat(names(facade.log("other/service.txt"))).hasSize(1);
    }
  }

  static List<String> names(List<RevCommit> commits) {
    return commits.stream().map(RevCommit::getName).toList();
  }

  static Optional<String> readAt(GitFacade facade, RevCommit commit, String path) throws Exception {
    try (RevWalk walk = new RevWalk(facade.repository());
        TreeWalk tw =
            TreeWalk.forPath(facade.repository(), path, walk.parseCommit(commit).getTree())) {
      if (tw == null) {
        return Optional.empty();
      }
      ObjectId id = tw.getObjectId(0);
      return Optional.of(
          new String(facade.repository().open(id).getBytes(), StandardCharsets.UTF_8));
    }
  }
}
