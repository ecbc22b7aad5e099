package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.check.report.ReportFormat;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.IsolatedGitConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The review lifecycle's rules: approval-fields, minutes-unapproved, attendance-mismatch,
 * minutes-actions on the passing fixture, approved-changed and records-retained on real Git.
 */
class LifecycleRulesTest {
  static final String Q3 = "reviews/2026-Q3/review.yaml";
  static final String Q3_MINUTES = "reviews/2026-Q3/minutes.md";

  @TempDir Path temp;

  @RegisterExtension final IsolatedGitConfig gitConfig = IsolatedGitConfig.withoutIdentity();

  private CheckFixture heldNotApproved() {
    return CheckFixture.copy(temp.resolve("repo"))
        .replace(Q3, "status: approved", "status: held")
        .replace(Q3, "approved_by: Dana Ruiz\napproved_on: 2026-09-22\n", "");
  }

  @Test
  void heldButNotApprovedIsAWarningWithinThePolicyAndAnErrorAfter() {
    CheckFixture repo = heldNotApproved();

    CommandResult early = repo.checkAsOf("2026-10-15", "--rule", "minutes-unapproved");
    List<Found> late = repo.problemsOf("minutes-unapproved");

    assertThat(early)
        .succeeded()
        .outContains("warning [minutes-unapproved]")
        .outContains(
            "(meeting 2026-09-15, 30 days ago) are not approved; the policy allows 30 days");
    assertThat(late)
        .extracting(Found::severity, Found::file, Found::line)
        .containsExactly(tuple("error", Q3, repo.lineOf(Q3, "status:")));
    assertThat(late.get(0).message())
        .contains("70 days ago")
        .contains("isms review approve 2026-Q3");
  }

  @Test
  void thePolicyPeriodComesFromIsmsYaml() {
    CheckFixture repo = heldNotApproved();
    repo.replace(
        "isms.yaml",
        "  minutes_within: P14D",
        "  minutes_within: P14D\n  approval_within_days: 90");

    assertThat(repo.problemsOf("minutes-unapproved"))
        .extracting(Found::severity)
        .containsExactly("warning");
  }

  @Test
  void approvalNeedsATopManagerOrTheChairOnOrAfterTheMeeting() {
    CheckFixture repo =
        CheckFixture.copy(temp.resolve("repo"))
            .replace(Q3, "approved_by: Dana Ruiz", "approved_by: Priya Shah")
            .replace(Q3, "approved_on: 2026-09-22", "approved_on: 2026-09-01")
            .replace("reviews/2026-annual/review.yaml", "approved_by: Dana Ruiz\n", "");

    List<Found> found = repo.problemsOf("approval-fields");

    assertThat(found)
        .extracting(Found::file, Found::line)
        .containsExactly(
            tuple(Q3, repo.lineOf(Q3, "approved_by:")),
            tuple(Q3, repo.lineOf(Q3, "approved_on:")),
            tuple("reviews/2026-annual/review.yaml", 4));
    assertThat(found.get(0).message())
        .contains("approved by Priya Shah, who is neither the chair nor of top management")
        .contains("Marco Diaz, Dana Ruiz");
    assertThat(found.get(1).message())
        .contains("approved on 2026-09-01, before its meeting on 2026-09-15");
    assertThat(found.get(2).message()).contains("does not say by whom");
  }

  @Test
  void theChairMayApprove() {
    CheckFixture repo =
        CheckFixture.copy(temp.resolve("repo"))
            .replace(Q3, "approved_by: Dana Ruiz", "approved_by: Marco Diaz");

    assertThat(repo.problemsOf("approval-fields")).isEmpty();
  }

  @Test
  void attendanceThatDisagreesWithReviewYamlIsNamedByRow() {
    CheckFixture repo =
        CheckFixture.copy(temp.resolve("repo"))
            .replace(
                Q3_MINUTES, "| Marco Diaz | CTO | yes |", "| Marco Diaz | CTO | apologies (ill) |")
            .replace(
                Q3_MINUTES,
                "| Priya Shah | Security Officer | yes |",
                "| Priya Shah | Security Officer | yes |\n| Eve Intruder | Guest | yes |");

    List<Found> found = repo.problemsOf("attendance-mismatch");

    assertThat(found)
        .extracting(Found::file, Found::line)
        .containsExactly(
            tuple(Q3_MINUTES, repo.lineOf(Q3_MINUTES, "| Marco Diaz")),
            tuple(Q3_MINUTES, repo.lineOf(Q3_MINUTES, "| Eve Intruder")));
    assertThat(found.get(0).message())
        .contains("marks Marco Diaz absent (apologies (ill)) but " + Q3 + " says present: true");
    assertThat(found.get(1).message())
        .contains("lists Eve Intruder, who is not among the attendees");
  }

  @Test
  void aPersonLeftOutOfTheTableIsAnError() {
    CheckFixture repo =
        CheckFixture.copy(temp.resolve("repo"))
            .replace(Q3_MINUTES, "| Marco Diaz | CTO | yes |\n", "");

    assertThat(repo.problemsOf("attendance-mismatch"))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("leaves out Marco Diaz (CTO)");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void anInventedActionInApprovedMinutesIsCaughtInEveryFormat(ReportFormat format)
      throws Exception {
    CheckFixture repo =
        CheckFixture.copy(temp.resolve("repo"))
            .replace(
                Q3_MINUTES,
                "| ACT-2026-014 |",
                "| ACT-2026-099 | Invented | Priya Shah | 2026-12-31 | none |\n| ACT-2026-014 |");

    CommandResult result =
        repo.check("--rule", "minutes-actions", "--format", format.name().toLowerCase(Locale.ROOT));

    assertThat(result).exitedWith(1).outContains("minutes-actions").outContains("ACT-2026-099");
    assertThat(ReportParsers.parse(format, result.out()))
        .extracting(ReportParsers.Reported::rule, ReportParsers.Reported::file)
        .containsExactly(tuple("minutes-actions", Q3_MINUTES));
  }

  @Test
  void beforeApprovalARowWithoutAFileIsAWarningAndAnActionNotInItsSourcesMinutesAnError() {
    CheckFixture repo =
        heldNotApproved()
            .replace(
                Q3_MINUTES,
                "| ACT-2026-014 |",
                "| ACT-2026-030 | Planned | Priya Shah | 2026-12-31 | done |\n| ACT-2026-014 |")
            .replace("actions/ACT-2026-009.yaml", "source: 2026-annual", "source: 2026-Q3")
            .replace(Q3_MINUTES, "ACT-2026-009 (backup restore tests)", "The backup restore tests");

    List<Found> found = repo.problemsOf("minutes-actions");

    assertThat(found)
        .extracting(Found::severity, Found::file)
        .containsExactlyInAnyOrder(
            tuple("warning", Q3_MINUTES), tuple("error", "actions/ACT-2026-009.yaml"));
    assertThat(found)
        .extracting(Found::message)
        .anySatisfy(
            m -> assertThat(m).contains("ACT-2026-030").contains("isms review approve 2026-Q3"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("ACT-2026-009 names review 2026-Q3 as its source, but the minutes"));
  }

  @Test
  void anEditAfterApprovalIsCaughtWithItsCommitAndADeletedRecordToo() throws Exception {
    CheckFixture repo = CheckFixture.copy(temp.resolve("repo"));
    try (Git git = GitTestSupport.initWithIdentity(repo.root)) {
      DatedCommits.commitAll(git, "The ISMS as of the Q3 review", LocalDate.of(2026, 9, 22));
      repo.write(Q3_MINUTES, repo.read(Q3_MINUTES) + "\nA sentence added later.\n");
      DatedCommits.commitAll(git, "Polish the Q3 minutes", LocalDate.of(2026, 10, 2));
      repo.delete("reviews/2026-annual/minutes.md");
      DatedCommits.commitAll(git, "Tidy up old reviews", LocalDate.of(2026, 10, 3));
    }

    CommandResult result =
        repo.check("--rule", "approved-changed", "--rule", "records-retained", "--format", "json");

    List<Found> found = CheckFixture.problems(result);
    assertThat(result).exitedWith(1);
    assertThat(found)
        .extracting(Found::rule, Found::file)
        .containsExactlyInAnyOrder(
            tuple("approved-changed", Q3_MINUTES),
            tuple("approved-changed", "reviews/2026-annual/minutes.md"),
            tuple("records-retained", "reviews/2026-annual/minutes.md"));
    assertThat(found)
        .extracting(Found::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(Q3_MINUTES + " changed after review 2026-Q3 was approved")
                    .contains(
                        "(2026-10-02, " + GitTestSupport.NAME + ") \"Polish the Q3 minutes\""))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("a record of review 2026-annual (meeting 2026-03-10), was deleted")
                    .contains("(2026-10-03, " + GitTestSupport.NAME + ")")
                    .contains("until 2029-03-10"));
  }

  @Test
  void anUncommittedEditOfApprovedMinutesIsCaughtToo() throws Exception {
    CheckFixture repo = CheckFixture.copy(temp.resolve("repo"));
    try (Git git = GitTestSupport.initWithIdentity(repo.root)) {
      DatedCommits.commitAll(git, "The ISMS as of the Q3 review", LocalDate.of(2026, 9, 22));
    }
    repo.write(Q3_MINUTES, repo.read(Q3_MINUTES) + "\nEdited, not committed.\n");

    assertThat(repo.problemsOf("approved-changed"))
        .extracting(Found::file, Found::message)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.toList().get(0)).isEqualTo(Q3_MINUTES);
              assertThat((String) f.toList().get(1)).contains("was changed in the work tree");
            });
  }
}
