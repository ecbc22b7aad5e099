package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.IsmsException;
import dev.isms.config.ReviewType;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.MinimalRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewIdsTest {
  private static ReviewType every(String period) {
    return new ReviewType(
        period == null ? null : Period.parse(period),
        null,
        List.of(),
        null,
        List.of(),
        null,
        null,
        null);
  }

  @Test
  void defaultIdsLeadWithTheYearSoThatTheySortByDate() {
    assertThat(ReviewIds.defaultId("quarterly", every("P3M"), LocalDate.of(2026, 12, 15)))
        .isEqualTo("2026-Q4");
    assertThat(ReviewIds.defaultId("quarterly", every("P3M"), LocalDate.of(2027, 1, 8)))
        .isEqualTo("2027-Q1");
    assertThat(ReviewIds.defaultId("annual", every("P1Y"), LocalDate.of(2026, 12, 1)))
        .isEqualTo("2026-annual");
    assertThat(ReviewIds.defaultId("board", every("P12M"), LocalDate.of(2026, 12, 1)))
        .isEqualTo("2026-board");
    assertThat(ReviewIds.defaultId("ad-hoc", every(null), LocalDate.of(2026, 11, 23)))
        .isEqualTo("2026-11-23-adhoc");
    assertThat(ReviewIds.defaultId("pre-audit", every(null), LocalDate.of(2027, 1, 20)))
        .isEqualTo("2027-01-20-pre-audit");
    assertThat(ReviewIds.defaultId("monthly", every("P1M"), LocalDate.of(2027, 2, 3)))
        .isEqualTo("2027-02-03-monthly");
  }

  @Test
  void aTypeNameThatIsNoSafeIdPartIsMadeOne() {
    assertThat(ReviewIds.slug("Board Review (H2)")).isEqualTo("board-review-h2");
    assertThat(ReviewIds.slug("ÄÖÜ")).isEqualTo("review");
  }

  /** The minimal repository with a risk and a change too: one item of every register. */
  private static IsmsRepository everyRegister(Path dir) throws IOException {
    MinimalRepo.create(dir);
    MinimalRepo.write(
        dir,
        "risks/R-001.yaml",
        """
        id: R-001
        title: Phishing compromise of administrator accounts
        owner: Priya Shah
        likelihood: 3
        impact: 5
        treatment: modify
        status: open
        """);
    MinimalRepo.write(
        dir,
        "changes/CHG-1.yaml",
        """
        id: CHG-1
        date: 2026-10-01
        kind: internal-issue
        title: Reorganisation of platform operations
        """);
    return new RepositoryLoader().loadValid(dir);
  }

  @ParameterizedTest
  @CsvSource({
    "kpi-training, kpis/KPI-TRAINING.yaml",
    "OBJ-1, objectives/OBJ-1.yaml",
    "r-001, risks/R-001.yaml",
    "ACT-1, actions/ACT-1.yaml",
    "f-1, findings/F-1.yaml",
    "Inc-1, incidents/INC-1.yaml",
    "chg-1, changes/CHG-1.yaml"
  })
  void anIdOfAnyRegisterIsTakenIgnoringCase(String id, String file, @TempDir Path temp)
      throws IOException {
    IsmsRepository repo = everyRegister(temp.resolve("repo"));

    assertThatThrownBy(
            () -> ReviewIds.requireFree(repo, id, "quarterly", LocalDate.of(2026, 12, 15)))
        .isInstanceOf(IsmsException.class)
        .hasMessage(
            "the id `"
                + id
                + "` is taken by "
                + file
                + " (ids are unique across registers, ignoring case); pass --id to scaffold"
                + " another review, e.g. --id 2026-12-15-quarterly");
  }

  @Test
  void aReviewsIdIsTakenByThatReviewAndAFreeIdPasses(@TempDir Path temp) throws IOException {
    IsmsRepository repo = everyRegister(temp.resolve("repo"));

    assertThatThrownBy(
            () -> ReviewIds.requireFree(repo, "2026-Q3", "quarterly", LocalDate.of(2026, 9, 15)))
        .hasMessageStartingWith("review `2026-Q3` exists already (reviews/2026-Q3/review.yaml,")
        .hasMessageEndingWith("e.g. --id 2026-09-15-quarterly");
    assertThatCode(
            () -> ReviewIds.requireFree(repo, "2026-Q4", "quarterly", LocalDate.of(2026, 12, 15)))
        .doesNotThrowAnyException();
  }
}
