package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.Cli;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.IsolatedGitConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** review-invitation on real Git repositories whose commits carry fixed dates. */
class ReviewInvitationRuleTest {
  static final String Q4 = "reviews/2026-Q4/review.yaml";

  @TempDir Path temp;

  @RegisterExtension final IsolatedGitConfig gitConfig = IsolatedGitConfig.withoutIdentity();

  /** The fixture committed at the start of the year. */
  private CheckFixture committed() throws Exception {
    Path dir = temp.resolve("repo");
    try (Git git = GitTestSupport.initWithIdentity(dir)) {
      CheckFixture repo = CheckFixture.copy(dir);
      DatedCommits.commitAll(git, "isms: the year's records", LocalDate.of(2026, 1, 5));
      return repo;
    }
  }

  /** The next quarterly review, planned for {@code meeting}. */
  private static CheckFixture planQ4(CheckFixture repo, LocalDate meeting) {
    return repo.write(
        Q4,
        """
        id: 2026-Q4
        type: quarterly
        date: %s
        status: planned
        chair: Marco Diaz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: null}
          - {name: Marco Diaz, role: CTO, present: null}
        """
            .formatted(meeting));
  }

  /** `isms review new` on the tests' day, 2026-11-24, for a quarterly review on {@code date}. */
  private static void scaffoldQ4On20261124For(CheckFixture repo, String date) {
    assertThat(
            Cli.run(
                "-C",
                repo.root.toString(),
                "--as-of",
                "2026-11-24",
                "review",
                "new",
                "--type",
                "quarterly",
                "--date",
                date))
        .succeeded();
  }

  private static void commit(CheckFixture repo, LocalDate day) throws Exception {
    try (Git git = Git.open(repo.root.toFile())) {
      DatedCommits.commitAll(git, "review(2026-Q4): scaffold", day);
    }
  }

  @Test
  void aReviewScaffoldedThreeWeeksAheadPasses() throws Exception {
    // given: scaffolded by the command on the tests' day, 2026-11-24, for 2026-12-15
    CheckFixture repo = committed();
    scaffoldQ4On20261124For(repo, "2026-12-15");

    // then
    assertThat(repo.check("--rule", "review-invitation"))
        .succeeded()
        .outContains("no problems found; 1 rule run");
  }

  @Test
  void aReviewScaffoldedSixDaysAheadIsAWarning() throws Exception {
    // given: scaffolded on 2026-11-24 for 2026-11-30
    CheckFixture repo = committed();
    scaffoldQ4On20261124For(repo, "2026-11-30");

    // when
    List<Found> found = repo.problemsOf("review-invitation");

    // then
    assertThat(found)
        .extracting(Found::severity, Found::file)
        .containsExactly(tuple("warning", Q4));
    assertThat(found.get(0).message())
        .isEqualTo(
            "the invitation to 2026-Q4 (the commit that scaffolded reviews/2026-Q4/review.yaml) is"
                + " dated 2026-11-24, 6 days before the meeting on 2026-11-30; the policy asks for 14"
                + " days (policy.invitation_lead_days: 14, the isms default; isms.yaml does not"
                + " set it), so by 2026-11-16: scaffold the next"
                + " review by the invitation date `isms calendar` lists");
    assertThat(repo.check("--rule", "review-invitation", "--strict")).exitedWith(1);
  }

  @Test
  void aPublicHolidayMovesTheDeadlineToTheBusinessDayBefore() throws Exception {
    // given: for Monday 30 November, invited Monday 16 November, exactly 14 days ahead
    CheckFixture repo = committed();
    planQ4(repo, LocalDate.of(2026, 11, 30));
    commit(repo, LocalDate.of(2026, 11, 16));

    // then: in time
    assertThat(repo.problemsOf("review-invitation")).isEmpty();

    // when: 16 November is a public holiday, so the invitation was due on Friday 13 November
    repo.replace(
        "isms.yaml",
        "  pack_lead_business_days: 5\n",
        "  pack_lead_business_days: 5\n  holidays: [2026-11-16]\n");

    // then
    List<Found> found = repo.problemsOf("review-invitation");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).contains("dated 2026-11-16", "so by 2026-11-13");
  }

  @Test
  void aLongerLeadInThePolicyIsHonoured() throws Exception {
    // given
    CheckFixture repo = committed();
    planQ4(repo, LocalDate.of(2026, 11, 30));
    commit(repo, LocalDate.of(2026, 11, 16));
    repo.replace(
        "isms.yaml",
        "  pack_lead_business_days: 5\n",
        "  pack_lead_business_days: 5\n  invitation_lead_days: 21\n");

    // then
    assertThat(repo.problemsOf("review-invitation"))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("14 days before the meeting", "asks for 21 days", "so by 2026-11-09");
  }

  @Test
  void aPlannedReviewNotCommittedByItsInvitationDateIsAWarning() throws Exception {
    // given: planned for 2026-11-30, in the work tree only, as of 2026-11-24
    CheckFixture repo = committed();
    planQ4(repo, LocalDate.of(2026, 11, 30));

    // when
    List<Found> found = repo.problemsOf("review-invitation");

    // then
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message())
        .startsWith("review 2026-Q4 on 2026-11-30 is not committed, so no invitation is on record")
        .contains("by 2026-11-16");
  }

  @Test
  void aReviewCalledByAnIncidentIsNotJudged() throws Exception {
    // given: an ad-hoc review scaffolded two days before its meeting
    CheckFixture repo = committed();
    repo.write(
        "reviews/2026-11-26-adhoc/review.yaml",
        """
        id: 2026-11-26-adhoc
        type: ad-hoc
        date: 2026-11-26
        status: planned
        trigger: INC-2026-007
        chair: Dana Ruiz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: null}
        """);
    commit(repo, LocalDate.of(2026, 11, 24));

    // then
    assertThat(repo.problemsOf("review-invitation")).isEmpty();
  }
}
