package dev.isms.demo;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path temp;

  @Test
  void demoBuildsARealRepositoryWhoseHistoryReplaysTheExampleYear() throws Exception {
    Path target = temp.resolve("denialbase");

    CommandResult result = Cli.run("demo", target.toString());

    assertThat(result)
        .succeeded()
        .outContains("Built the Denialbase ISMS repository in " + target)
        .outContains("isms check as of 2026-11-24");
    try (Git git = Git.open(target.toFile())) {
      List<RevCommit> commits = new ArrayList<>();
      git.log().call().forEach(commits::add);
      assertThat(commits).hasSizeGreaterThan(20);
      LocalDate newest = day(commits.get(0));
      LocalDate oldest = day(commits.get(commits.size() - 1));
      assertThat(oldest).isBefore(LocalDate.of(2026, 1, 1));
      assertThat(newest).isBeforeOrEqualTo(LocalDate.of(2026, 11, 24));
      for (int i = 1; i < commits.size(); i++) {
        assertThat(day(commits.get(i))).isBeforeOrEqualTo(day(commits.get(i - 1)));
      }
      assertThat(git.status().call().isClean()).isTrue();
      // the risk register changed after the 2026-Q3 review: an earlier version is in history
      assertThat(git.log().addPath("risks").call()).hasSizeGreaterThan(2);
    }
    assertThat(Files.readString(target.resolve("isms.yaml"))).contains("organization: Denialbase");
    assertThat(target.resolve(".isms/schemas/isms.schema.json")).exists();
    assertThat(target.resolve("reviews/2026-annual/agenda.md")).exists();
    assertThat(target.resolve("reviews/2026-annual/pack.html")).exists();
  }

  @Test
  void demoRefusesAFolderThatIsNotEmpty() throws Exception {
    Files.writeString(temp.resolve("keep.txt"), "mine");

    CommandResult result = Cli.run("demo", temp.toString());

    assertThat(result).exitedWith(2).errContains("is not empty").hasNoStackTrace();
    assertThat(Files.readString(temp.resolve("keep.txt"))).isEqualTo("mine");
    try (var entries = Files.list(temp)) {
      assertThat(entries).hasSize(1);
    }
  }

  @Test
  void demoRefusesADayBeforeTheExampleEnds() {
    Path target = temp.resolve("early");

    CommandResult result = Cli.run("demo", target.toString(), "--as-of", "2026-06-01");

    assertThat(result).exitedWith(2).errContains("history runs to 2026-11-24").hasNoStackTrace();
    assertThat(target).doesNotExist();
  }

  private static LocalDate day(RevCommit c) {
    return c.getCommitterIdent()
        .getWhenAsInstant()
        .atZone(ZoneId.of("Europe/Berlin"))
        .toLocalDate();
  }
}
