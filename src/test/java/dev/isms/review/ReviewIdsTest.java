package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.config.ReviewType;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
