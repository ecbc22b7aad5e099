package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** action-overdue, action-fields and action-carried-over. */
class ActionRulesTest {
  static final String OPEN = "actions/ACT-2026-014.yaml";
  static final String CLOSED = "actions/ACT-2026-009.yaml";
  static final String CANCELLED = "actions/ACT-2026-011.yaml";

  @TempDir Path temp;

  @Test
  void actionsThatAreOnTimeAndCompletePass() {
    CheckFixture repo = CheckFixture.copy(temp);

    assertThat(
            repo.check(
                "--rule",
                "action-overdue",
                "--rule",
                "action-fields",
                "--rule",
                "action-carried-over"))
        .succeeded()
        .outContains("3 rules run");
  }

  @Test
  void anOverdueActionNamesItsOwnerAndDaysOverdue() {
    CheckFixture repo = CheckFixture.copy(temp).replace(OPEN, "due: 2026-12-31", "due: 2026-10-31");

    List<Found> found = repo.problemsOf("action-overdue");

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple("action-overdue", "error", OPEN, repo.lineOf(OPEN, "due:")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "ACT-2026-014 \"Enforce phishing-resistant MFA for all admins\" was due"
                + " 2026-10-31 and is 24 days overdue (owner: Priya Shah, status: in-progress): finish"
                + " it, or agree a new due date with the owner and record why");
  }

  @Test
  void finishedActionsAreNeverOverdue() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(OPEN, "due: 2026-12-31", "due: 2026-10-31")
            .replace(OPEN, "status: in-progress", "status: completed");

    assertThat(repo.check("--rule", "action-overdue")).succeeded();
  }

  @Test
  void theDueDayItselfIsNotOverdue() {
    CheckFixture repo = CheckFixture.copy(temp).replace(OPEN, "due: 2026-12-31", "due: 2026-11-24");

    assertThat(repo.check("--rule", "action-overdue")).succeeded();
  }

  @Test
  void anActionWithoutOwnerOrSuccessCriteriaIsAnError() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(OPEN, "owner: Priya Shah\n", "")
            .replace(OPEN, "success_criteria: 100% of admin accounts on FIDO2 keys\n", "");

    assertThat(repo.problemsOf("action-fields"))
        .extracting(Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(OPEN, 1, "ACT-2026-014 has no `owner`: name the one person who answers for it"),
            tuple(
                OPEN,
                1,
                "ACT-2026-014 has no `success_criteria`: say how anyone can tell it is"
                    + " done (e.g. `100% of admin accounts on FIDO2 keys`)"));
  }

  @Test
  void aClosedActionNeedsEvidenceAndAVerifierOtherThanItsOwner() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                CLOSED, "evidence: https://wiki.example/backup-restore-tests\n", "evidence: \n")
            .replace(CLOSED, "verified_by: Priya Shah", "verified_by: marco diaz");

    List<Found> found = repo.problemsOf("action-fields");

    assertThat(found)
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf(CLOSED, "status: closed"),
                "ACT-2026-009 is closed without evidence:"
                    + " add `evidence:` (a link or document reference that shows the success criteria"
                    + " are met)"),
            tuple(
                repo.lineOf(CLOSED, "verified_by"),
                "ACT-2026-009 was verified by its own owner,"
                    + " Marco Diaz: have someone independent check the evidence and name them in"
                    + " `verified_by:`"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "evidence: {0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {"TBD", "TODO", "n/a", "N/A.", "\"-\"", "\"...\"", "to be done", "TBD TBD TBD"})
  void placeholderEvidenceIsMissingEvidence(String evidence) {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                CLOSED,
                "evidence: https://wiki.example/backup-restore-tests",
                "evidence: " + evidence);

    assertThat(repo.problemsOf("action-fields"))
        .extracting(Found::line, Found::message)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.toList().get(0)).isEqualTo(repo.lineOf(CLOSED, "evidence:"));
              assertThat((String) t.toList().get(1))
                  .startsWith("ACT-2026-009 is closed with the" + " placeholder `")
                  .endsWith(
                      "` as evidence: give a link or document reference that"
                          + " shows the success criteria are met");
            });
  }

  @Test
  void whitespaceEvidenceIsNoEvidence() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                CLOSED,
                "evidence: https://wiki.example/backup-restore-tests",
                "evidence: \"    \"");

    assertThat(repo.problemsOf("action-fields"))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .startsWith("ACT-2026-009 is closed without evidence");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"completed", "closed"})
  void aFinishedActionNeedsItsCompletionDay(String status) {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(CLOSED, "status: closed", "status: " + status)
            .replace(CLOSED, "completed_on: 2026-06-20\n", "");

    List<Found> found = repo.problemsOf("action-fields");

    assertThat(found)
        .extracting(Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                "error",
                CLOSED,
                repo.lineOf(CLOSED, "status:"),
                "ACT-2026-009 is "
                    + status
                    + " but has no `completed_on`: add the day it was completed (YYYY-MM-DD); the"
                    + " pack's on-time share and the count of carried-over actions depend on it"));
  }

  @Test
  void aCancelledActionNeedsAReason() {
    CheckFixture repo =
        CheckFixture.copy(temp).replaceRegex(CANCELLED, "cancel_reason: [^\\n]*\\n", "");

    assertThat(repo.problemsOf("action-fields"))
        .extracting(Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                CANCELLED,
                repo.lineOf(CANCELLED, "status: cancelled"),
                "ACT-2026-011 is cancelled without a reason: add `cancel_reason:` saying why, and who"
                    + " decided (a review, the risk owner)"));
  }

  @Test
  void anActionOpenAtTwoHeldReviewsWithACadenceIsAWarning() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(OPEN, "raised: 2026-09-15", "raised: 2026-02-20")
            .replace(OPEN, "source: 2026-Q3", "source: 2026-annual");

    List<Found> found = repo.problemsOf("action-carried-over");

    assertThat(found)
        .extracting(Found::severity, Found::file, Found::line)
        .containsExactly(tuple("warning", OPEN, repo.lineOf(OPEN, "raised:")));
    assertThat(found.get(0).message())
        .contains("is carried over: open at 2 held reviews with a cadence (2026-annual, 2026-Q3)");
    assertThat(repo.check("--rule", "action-carried-over")).succeeded();
  }

  @Test
  void anAdHocReviewInBetweenDoesNotCarryOverAFreshAction() {
    // given an action the annual review raised, due next year, and an ad-hoc review since
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(OPEN, "raised: 2026-09-15\n", "")
            .replace(OPEN, "source: 2026-Q3", "source: 2026-08-12-adhoc");

    // when it was open at the ad-hoc review and at 2026-Q3, one review with a cadence
    assertThat(repo.check("--rule", "action-carried-over")).succeeded();
    repo.replace(OPEN, "source: 2026-08-12-adhoc", "source: 2026-annual");

    // then it is not carried over: the ad-hoc review does not count towards the two
    assertThat(repo.problemsOf("action-carried-over")).isEmpty();
  }

  @Test
  void anActionPastDueAtAHeldReviewIsCarriedOverWhateverTheReviewType() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(OPEN, "raised: 2026-09-15", "raised: 2026-07-01")
            .replace(OPEN, "source: 2026-Q3", "source: 2026-annual")
            .replace(OPEN, "due: 2026-12-31", "due: 2026-08-01");

    assertThat(repo.problemsOf("action-carried-over"))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("is carried over: past due at held reviews 2026-08-12-adhoc, 2026-Q3");
  }
}
