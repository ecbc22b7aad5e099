package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.RepositorySnapshot;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What may not be written at all: a held review's pack again, a review out of order, a bad id. */
class ReviewGuardsTest {
  @RegisterExtension final CommittedRepo repo = CommittedRepo.minimal();

  @Test
  void thePackOfAHeldReviewIsNotRegeneratedWithoutForce() throws Exception {
    assertThat(repo.isms("pack", "2026-Q3")).succeeded();
    String pack = Files.readString(repo.dir().resolve("reviews/2026-Q3/pack.md"));
    Map<String, String> before = RepositorySnapshot.of(repo.dir());

    CommandResult again = repo.isms("pack", "2026-Q3");

    assertThat(again)
        .exitedWith(2)
        .errContains(
            "review 2026-Q3 is approved (it took place on 2026-09-15): its pack is the one management"
                + " read",
            "run again with --force to regenerate it anyway");
    assertThat(RepositorySnapshot.of(repo.dir())).isEqualTo(before);
    String read = repo.head().abbreviate(7).name();
    Files.writeString(
        repo.dir().resolve("notes.txt"), "a later commit: the pack's data commit moves\n");
    GitTestSupport.commitAll(repo.git(), "a later commit");
    assertThat(repo.isms("pack", "2026-Q3", "--force")).succeeded();
    assertThat(Files.readString(repo.dir().resolve("reviews/2026-Q3/pack.md")))
        .startsWith(pack.substring(0, pack.indexOf('\n')).substring(0, 20));
    assertThat(repo.head().getFullMessage())
        .contains(
            "Regenerated with --force after the review was approved (meeting 2026-09-15); the"
                + " pack management read before the meeting is in commit "
                + read);
  }

  @Test
  void aReviewDatedBeforeTheLastHeldOneIsRefused() {
    CommandResult result =
        repo.isms(
            "review", "new", "--type", "quarterly", "--date", "2026-06-01", "--id", "2026-Q2");

    assertThat(result)
        .exitedWith(2)
        .errContains(
            "review 2026-Q2 would be dated 2026-06-01, before review 2026-Q3, held on"
                + " 2026-09-15; a new review comes after the last one held");
    assertThat(repo.dir().resolve("reviews/2026-Q2")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"CON", "nul", "com1.q4", "2026-Q4."})
  void anIdWindowsCannotCheckOutIsRefused(String id) {
    CommandResult result = repo.isms("review", "new", "--type", "quarterly", "--id", id);

    assertThat(result).exitedWith(2).errContains("`" + id + "` cannot be a review id: it ");
    assertThat(repo.dir().resolve("reviews/" + id)).doesNotExist();
  }
}
