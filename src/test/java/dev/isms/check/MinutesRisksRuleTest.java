package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinutesRisksRuleTest {
  static final String RULE = "minutes-risks";
  static final String MINUTES = "reviews/2026-Q3/minutes.md";
  static final String REVIEW = "reviews/2026-Q3/review.yaml";
  static final String KNOWN = "R-007 (ransomware on the backup path, score 15)";
  static final String NEW_RISK =
      "New risk R-012 (loss of the only HSM operator) identified; R-007 stays.\n\n" + KNOWN;

  @TempDir Path temp;

  @Test
  void minutesThatNameOnlyRisksOfTheRegisterPass() {
    assertThat(CheckFixture.copy(temp).check("--rule", RULE)).succeeded();
  }

  @Test
  void aRiskOfAnApprovedReviewThatNobodyEnteredIsAnErrorOnItsLine() {
    CheckFixture repo = CheckFixture.copy(temp).replace(MINUTES, KNOWN, NEW_RISK);

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                "error",
                MINUTES,
                repo.lineOf(MINUTES, "New risk R-012"),
                "the minutes of 2026-Q3 name risk R-012, which has no file risks/R-012.yaml,"
                    + " though the review is approved: enter the risk the review identified, or"
                    + " correct the id in the minutes"));
  }

  @Test
  void aHeldReviewIsWarnedThatApprovalWaitsForTheRisk() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(MINUTES, KNOWN, NEW_RISK)
            .replace(REVIEW, "status: approved", "status: held");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::message)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.toList().get(0)).isEqualTo("warning");
              assertThat(t.toList().get(1).toString())
                  .endsWith("before `isms review approve 2026-Q3`, which refuses until then");
            });
  }

  @Test
  void promptsInCommentsAndIdsOfAnotherShapeDoNotCount() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                KNOWN,
                "<!-- e.g. R-099 -->\nRelease R-2026-Q3 and CVE-2026-1234 shipped.\n\n" + KNOWN);

    assertThat(repo.check("--rule", RULE)).succeeded();
  }
}
