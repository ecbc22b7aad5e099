package dev.isms.git;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.IsmsException;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.MinimalRepo;
import dev.isms.testing.RepositorySnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's own guarantees: the lock, the full disk, the tag, the result. */
class WriterTest {
  @TempDir Path temp;
  Path repo;

  @BeforeEach
  void repository() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    repo = MinimalRepo.create(temp.resolve("testco"));
    Path config = repo.resolve("isms.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            .replace(
                "review_types:\n",
                "review_types:\n  annual: {every: P1Y, duration: 3h, attendees: [CEO, CTO]}\n"));
    GitTestSupport.commitWithWorkInProgress(repo);
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private Map<Path, String> pack(String text) {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(repo.resolve("reviews/2026-Q3/pack.md"), text);
    files.put(repo.resolve("reviews/2026-Q3/pack.html"), "<p>" + text + "</p>");
    return files;
  }

  @Test
  void aFullDiskLeavesTheWorkTreeTheIndexAndTheRefsAsTheyWereAndARerunSucceeds() {
    Map<String, String> before = RepositorySnapshot.of(repo);

    try (RepositoryWriter writer =
        RepositoryWriter.open(
            repo,
            Cli.FIXED_CLOCK,
            RepositoryWriter.Mode.COMMIT,
            FileTransactionTest.fullDisk(2, false),
            Duration.ofSeconds(1))) {
      assertThatThrownBy(() -> writer.write(pack("pack"), "pack(2026-Q3): briefing pack"))
          .isInstanceOf(IsmsException.class)
          .hasMessage(
              "cannot write reviews/2026-Q3/pack.html: No space left on device; nothing was"
                  + " changed")
          .satisfies(e -> assertThat(((IsmsException) e).exitCode()).isEqualTo(2));
    }
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);

    try (RepositoryWriter writer = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      Written written = writer.write(pack("pack"), "pack(2026-Q3): briefing pack");
      assertThat(written.outcome()).isEqualTo(Written.Outcome.COMMITTED);
      assertThat(written.commit().orElseThrow().name()).hasSize(40);
    }
  }

  @Test
  void writingWhatHeadHasAlreadyMakesNoCommit() {
    try (RepositoryWriter writer = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      writer.write(pack("same"), "first");
      Written again = writer.write(pack("same"), "second");
      assertThat(again.outcome()).isEqualTo(Written.Outcome.UNCHANGED);
      assertThat(again.commit()).isEmpty();
    }
  }

  @Test
  void aSecondRunWaitsForTheLockThenRefusesClearly() {
    try (RepositoryWriter first = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      assertThat(first.commits()).isTrue(); // it holds the lock until closed
      assertThatThrownBy(
              () ->
                  RepositoryWriter.open(
                      repo,
                      Cli.FIXED_CLOCK,
                      RepositoryWriter.Mode.COMMIT,
                      FileTransaction.Disk.REAL,
                      Duration.ofMillis(200)))
          .hasMessageStartingWith("another isms run is working in this repository (it holds ")
          .hasMessageEndingWith("try again when it has finished; nothing was changed");
    }
    try (RepositoryWriter again = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      assertThat(again.commits()).isTrue();
    }
  }

  @Test
  void twoReviewsScaffoldedAtOnceUnderOneIdGiveOneConsistentCommit() throws Exception {
    CompletableFuture<CommandResult> quarterly =
        CompletableFuture.supplyAsync(() -> reviewNew("quarterly"));
    CompletableFuture<CommandResult> annual =
        CompletableFuture.supplyAsync(() -> reviewNew("annual"));
    List<CommandResult> results = List.of(quarterly.get(), annual.get());

    assertThat(results.stream().filter(r -> r.exitCode() == 0)).hasSize(1);
    CommandResult refused = results.stream().filter(r -> r.exitCode() != 0).findFirst().get();
    assertThat(refused).exitedWith(2).errContains("2026-Q4` exists already");
    try (Git git = Git.open(repo.toFile())) {
      RevCommit head = git.log().setMaxCount(1).call().iterator().next();
      String type = Files.readString(repo.resolve("reviews/2026-Q4/review.yaml"));
      assertThat(type)
          .contains("type: " + (head.getFullMessage().contains("annual") ? "annual" : "quarterly"));
      assertThat(git.log().call()).hasSize(2);
    }
  }

  private CommandResult reviewNew(String type) {
    return Cli.run(
        "-C",
        repo.toString(),
        "--as-of",
        "2026-11-24",
        "review",
        "new",
        "--type",
        type,
        "--id",
        "2026-Q4");
  }

  @Test
  void aTagThatExistsIsRefusedBeforeAnythingIsWritten() throws Exception {
    try (Git git = Git.open(repo.toFile())) {
      git.tag().setName("review/2026-Q3").setAnnotated(false).call();
    }
    Map<String, String> before = RepositorySnapshot.of(repo);

    try (RepositoryWriter writer = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      assertThatThrownBy(
              () -> writer.writeAndTag(pack("x"), "approve", "review/2026-Q3", "Approved"))
          .hasMessageStartingWith("the tag review/2026-Q3 exists already;");
    }

    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
  }

  @Test
  void anAnnotatedTagOnTheNewCommit() throws Exception {
    try (RepositoryWriter writer = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      Written written =
          writer.writeAndTag(pack("x"), "review(2026-Q3): approve", "review/2026-Q3", "Approved");

      try (Git git = Git.open(repo.toFile())) {
        var tag = git.getRepository().exactRef("refs/tags/review/2026-Q3");
        var peeled = git.getRepository().getRefDatabase().peel(tag);
        assertThat(peeled.getPeeledObjectId().name()).isEqualTo(written.commit().get().name());
        assertThat(peeled.getObjectId()).isNotEqualTo(peeled.getPeeledObjectId()); // annotated
      }
    }
  }
}
