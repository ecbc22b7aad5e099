package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** review-date: a review marked held or approved cannot be dated after the day of the check. */
class ReviewDateRuleTest {
  static final String FILE = "reviews/2026-board/review.yaml";

  @TempDir Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"held", "approved"})
  void aHeldReviewDatedAfterTheCheckIsAnError(String status) {
    CheckFixture repo = withReview("2026-12-02", status);

    assertThat(repo.problemsOf("review-date"))
        .extracting(Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                "error",
                FILE,
                repo.lineOf(FILE, "date:"),
                "review 2026-board is"
                    + " marked "
                    + status
                    + " but dated 2026-12-02, after 2026-11-24: correct the date, or"
                    + " set status: planned until the meeting has taken place"));
  }

  @Test
  void theOtherRulesStillLeaveItOutOfTheHeldReviews() {
    // no minutes, no top manager present: held rules would report both if they counted it
    CheckFixture repo = withReview("2026-12-02", "held");

    assertThat(repo.check())
        .exitedWith(1)
        .outContains(
            FILE
                + ":3:1: error [review-date] review 2026-board is marked held but dated"
                + " 2026-12-02, after 2026-11-24")
        .outContains("isms check: 1 error, 0 warnings;");
  }

  @Test
  void aPlannedReviewInTheFutureAndOneHeldOnTheDayAreFine() {
    assertThat(withReview("2026-12-02", "planned").check("--rule", "review-date")).succeeded();
    assertThat(withReview("2026-11-24", "held").check("--rule", "review-date")).succeeded();
  }

  private CheckFixture withReview(String date, String status) {
    return CheckFixture.copy(temp)
        .write(
            FILE,
            """
        id: 2026-board
        type: annual
        date: %s
        status: %s
        chair: Dana Ruiz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: false}
        """
                .formatted(date, status));
  }
}
