package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.CompleteMinutes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewResultsRuleTest {
  static final String RULE = "review-results";
  static final String MINUTES = "reviews/2026-Q3/minutes.md";
  static final String ROW =
      "| ACT-2026-014 | Enforce phishing-resistant MFA for all admins | Priya Shah | 2026-12-31 |"
          + " 100% of admin accounts on FIDO2 keys |";

  @TempDir Path temp;

  @Test
  void minutesWithEveryResultPass() {
    assertThat(CheckFixture.copy(temp).check("--rule", RULE)).succeeded();
  }

  @Test
  void aMissingConclusionIsAnErrorAtTheResults() {
    CheckFixture repo =
        CheckFixture.copy(temp).replaceRegex(MINUTES, "### Conclusion on the suitability.*", "");

    List<Found> found = repo.problemsOf(RULE);

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple(RULE, "error", MINUTES, repo.lineOf(MINUTES, "## Results (9.3.3)")));
    assertThat(found.get(0).message())
        .contains(
            "record no `Conclusion on the suitability, adequacy and effectiveness of the"
                + " ISMS` (9.3.1)");
  }

  @Test
  void aVagueDecisionIsAWarning() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "Management approved automating the access review export; Marco"
                    + " Diaz takes it forward in Q4.",
                "Continue current approach.");

    List<Found> found = repo.problemsOf(RULE);

    assertThat(found)
        .extracting(Found::severity, Found::line)
        .containsExactly(
            tuple(
                "warning",
                repo.lineOf(MINUTES, "### Decisions on continual improvement opportunities")));
    assertThat(found.get(0).message())
        .contains("says only `Continue current approach.`, which records no decision");
    assertThat(repo.check("--rule", RULE)).succeeded();
  }

  @Test
  void noChangesAsAWholeSectionIsVagueToo() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "The scope statement is updated for the new office; the"
                    + " remote-access policy drops the VPN.",
                "No changes.");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::line)
        .containsExactly(tuple("warning", repo.lineOf(MINUTES, "### Changes needed to the ISMS")));
  }

  @Test
  void anActionsTableWithoutRowsIsAnError() {
    CheckFixture repo = CheckFixture.copy(temp).replace(MINUTES, ROW + "\n", "");

    List<Found> found = repo.problemsOf(RULE);

    assertThat(found)
        .extracting(Found::severity, Found::line)
        .containsExactly(tuple("error", repo.lineOf(MINUTES, "| ID | Action | Owner")));
    assertThat(found.get(0).message()).contains("actions table of 2026-Q3 has no rows");
  }

  @Test
  void anActionRowWithoutOwnerOrWithAVagueDueDateIsAnErrorOnItsLine() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                ROW,
                ROW
                    + "\n| ACT-2026-015 | Rotate the backup keys |  | end of"
                    + " Q1 | Keys rotated |");

    List<Found> found = repo.problemsOf(RULE);

    int line = repo.lineOf(MINUTES, "| ACT-2026-015");
    assertThat(found)
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(line, "action `ACT-2026-015` has no owner: name the person who answers for it"),
            tuple(
                line,
                "action `ACT-2026-015` is due `end of Q1`, which is not a date: write it as"
                    + " YYYY-MM-DD"));
  }

  @Test
  void theActionsTableIsTheFirstWithAnOwnerOrADueColumnNotTheFirstTable() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "| ID | Action | Owner | Due | Success criteria |",
                "| Decision | Reason |\n| --- | --- |\n| Keep the vault | Ransomware |\n\n"
                    + "| ID | Action | Owner | Due | Success criteria |")
            .replace(MINUTES, "| Priya Shah | 2026-12-31 |", "|  | 2026-12-31 |");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf(MINUTES, "| ACT-2026-014"),
                "action `ACT-2026-014` has no owner: name the person who answers for it"));
  }

  @Test
  void aTableWithAnOwnerButNoDueColumnIsTheActionsTableAndLacksDue() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "| ID | Action | Owner | Due | Success criteria |\n| --- | --- | --- | --- | --- |",
                "| ID | Action | Owner | By | Success criteria |\n| --- | --- | --- | --- | --- |");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf(MINUTES, "| ID | Action | Owner | By"),
                "the actions table has no `Due` column: give every action an owner and a due"
                    + " date"));
  }

  @Test
  void aTableWithADueButNoOwnerColumnIsTheActionsTableAndLacksAnOwner() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "| ID | Action | Owner | Due | Success criteria |\n| --- | --- | --- | --- | --- |",
                "| ID | Action | Lead | Due date | Success criteria |\n| --- | --- | --- | --- | --- |");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf(MINUTES, "| ID | Action | Lead | Due date"),
                "the actions table has no `Owner` column: give every action an owner and a due"
                    + " date"));
  }

  @Test
  void noActionsTableIsAnErrorUnlessTheReviewSaidWhyThereAreNone() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replaceRegex(
                MINUTES, "\\| ID \\| Action.*?(?=### Conclusion)", "Priya will follow up.\n\n");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("actions of 2026-Q3 are not recorded as a table");

    repo.replace(MINUTES, "Priya will follow up.", "N/A: no new actions; the open ones continue.");

    assertThat(repo.check("--rule", RULE)).succeeded();
  }

  @Test
  void aConclusionThatSkipsAdequacyIsAWarning() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(MINUTES, "adequate in resources after the FIDO2 budget,", "");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::message)
        .containsExactly(
            tuple(
                "warning",
                "the conclusion does not say whether the ISMS remains"
                    + " adequate: state a conclusion on its suitability, adequacy and effectiveness"
                    + " (9.3.1), and on what evidence"));
  }

  @Test
  void anEmptyOptionalResultIsOnlyAWarning() {
    CheckFixture repo =
        CheckFixture.copy(temp).replace(MINUTES, "Budget for 40 FIDO2 keys approved.", "");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::line)
        .containsExactly(tuple("warning", repo.lineOf(MINUTES, "### Resource needs")));
  }

  @Test
  void aReviewUnderTheOlderFrameworkIsCheckedAgainstItsOwnResults() {
    String minutes = "reviews/2026-annual/minutes.md";
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "reviews/2026-annual/review.yaml",
                "type: annual",
                "type: annual\n" + "framework: iso27001-2013")
            .write(minutes, CompleteMinutes.of("2026-annual", "iso27001-2013"));

    assertThat(repo.check("--rule", RULE)).succeeded();

    repo.replaceRegex(minutes, "### Conclusion on the suitability.*", "");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                minutes,
                repo.lineOf(minutes, "## Results"),
                "minutes of"
                    + " 2026-annual record no `Conclusion on the suitability, adequacy and effectiveness of"
                    + " the ISMS` (9.3): add a section headed `### 9.3 Conclusion on the suitability, adequacy"
                    + " and effectiveness of the ISMS`; state whether the ISMS remains suitable, adequate"
                    + " and effective, and on what evidence."));
  }
}
