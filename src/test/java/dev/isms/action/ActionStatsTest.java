package dev.isms.action;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The figures of {@code isms action stats} an auditor would check against the register. */
class ActionStatsTest {
  @RegisterExtension final CommittedRepo repo = CommittedRepo.minimal();

  @Test
  void anActionEscalatedByStatusWithoutADatedRecordCountsAndIsNamed() throws Exception {
    // given ACT-2 set escalated by hand (no dated step), ACT-3 escalated with isms action escalate
    MinimalRepo.write(
        repo.dir(),
        "actions/ACT-2.yaml",
        """
        id: ACT-2
        title: Build the backup vault
        source: F-1
        owner: Marco Diaz
        raised: 2026-06-01
        due: 2026-12-20
        status: escalated
        escalated_to: Dana Ruiz
        """);
    MinimalRepo.write(
        repo.dir(),
        "actions/ACT-3.yaml",
        """
        id: ACT-3
        title: Rotate the VPN certificates
        source: F-1
        owner: Marco Diaz
        due: 2026-12-20
        status: escalated
        escalated_to: Dana Ruiz
        escalations:
          - {on: 2026-10-05, to: Dana Ruiz (CEO), reason: no budget}
        """);

    // then both count, and the figure says which has no dated record
    assertThat(repo.isms("action", "stats", "--from", "2026-07-01"))
        .succeeded()
        .outContains(
            "escalations:         2 (1 dated in the window: ACT-3 on 2026-10-05; 1 escalated by"
                + " status with no dated record: ACT-2)");
    // a window that ends before ACT-2 was raised and before ACT-3's step has none
    assertThat(repo.isms("action", "stats", "--to", "2026-05-31"))
        .succeeded()
        .outContains("escalations:         none");
  }

  /** ACT-2 agreed for 2026-10-01, ACT-3 for 2026-11-20; both cancelled on 2026-10-20. */
  private static final String AGREED =
      """
      id: ACT-%s
      title: Restore test %s
      source: 2026-Q3
      owner: Emre Yilmaz
      raised: 2026-09-15
      due: %s
      status: open
      """;

  private static String cancelled(String agreed) {
    return agreed.replace("status: open", "status: cancelled\ncancel_reason: superseded");
  }

  @Test
  void aCancellationAHeldReviewDecidedIsDatedByItsMeeting() throws Exception {
    // given ACT-2 agreed for 2026-09-01 and cancelled by review 2026-Q3 (meeting 2026-09-15,
    // approved 2026-09-22), the cancellation committed on 2026-09-20
    String two = AGREED.formatted("2", "2", "2026-09-01").replace("2026-09-15", "2026-08-03");
    MinimalRepo.write(repo.dir(), "actions/ACT-2.yaml", two);
    DatedCommits.commitAll(repo.git(), "ACT-2 agreed", LocalDate.parse("2026-08-03"));
    MinimalRepo.write(repo.dir(), "actions/ACT-2.yaml", cancelled(two));
    DatedCommits.commitAll(repo.git(), "ACT-2 cancelled at 2026-Q3", LocalDate.parse("2026-09-20"));

    // then it counts late to the meeting that decided it, as a due-date move would
    assertThat(repo.isms("action", "stats", "--from", "2026-07-01"))
        .succeeded()
        .outContains(
            "counted late: ACT-2 cancelled 2026-09-15, 14 days after its due date first agreed"
                + " (2026-09-01))");
  }

  @Test
  void anActionCancelledAfterItFellDueCountsLateOneCancelledBeforeStaysOut() throws Exception {
    // given ACT-2 cancelled 19 days after it fell due, ACT-3 a month before it would have
    String two = AGREED.formatted("2", "2", "2026-10-01");
    String three = AGREED.formatted("3", "3", "2026-11-20");
    MinimalRepo.write(repo.dir(), "actions/ACT-2.yaml", two);
    MinimalRepo.write(repo.dir(), "actions/ACT-3.yaml", three);
    DatedCommits.commitAll(repo.git(), "ACT-2, ACT-3 agreed", LocalDate.parse("2026-09-16"));
    MinimalRepo.write(repo.dir(), "actions/ACT-2.yaml", cancelled(two));
    MinimalRepo.write(repo.dir(), "actions/ACT-3.yaml", cancelled(three));
    DatedCommits.commitAll(repo.git(), "ACT-2, ACT-3 cancelled", LocalDate.parse("2026-10-20"));
    MinimalRepo.write(repo.dir(), "reviews/2026-Q4/review.yaml", MinimalRepo.PLANNED_Q4);

    // when
    CommandResult stats = repo.isms("action", "stats", "--from", "2026-07-01");
    CommandResult pack = repo.isms("pack", "2026-Q4", "--no-commit");

    // then ACT-2 counts as due and late, named with its cancellation day; ACT-3 is left out
    String late =
        "; counted late: ACT-2 cancelled 2026-10-20, 19 days after its due date first agreed"
            + " (2026-10-01))";
    assertThat(stats)
        .succeeded()
        .outContains(
            "completed on time:   0% (0 of 1 action due 2026-07-01 to 2026-11-24" + late,
            "average days late:   19.0 days over 1 late actions");
    assertThat(pack).succeeded();
    assertThat(repo.read("reviews/2026-Q4/pack.md"))
        .contains(
            "Completed on time: 0% (0 of the 1 action above that fell due 2026-09-16 to 2026-11-24"
                + late);
  }

  @Test
  void withoutHistoryACancelledActionThatFellDueCountsLateAndSaysWhy() throws Exception {
    // given ACT-3 cancelled, in a folder that is no Git repository: the day it was cancelled is
    // not known
    Path plain = MinimalRepo.create(repo.scratch().resolve("plain"));
    MinimalRepo.write(
        plain, "actions/ACT-3.yaml", cancelled(AGREED.formatted("3", "3", "2026-11-20")));

    // then it counts late, conservatively, and the figure says so
    assertThat(Cli.inRepo(plain, "action", "stats", "--from", "2026-07-01"))
        .succeeded()
        .outContains(
            "completed on time:   0% (0 of 1 action due 2026-07-01 to 2026-11-24; counted late:"
                + " ACT-3 cancelled on a day not known without Git history, counted as after its"
                + " due date (2026-11-20))");
  }

  @Test
  void carriedOverSaysWhichAHeldReviewReplannedAndWhichAwaitADecisionAsCheckDoes()
      throws Exception {
    // given ACT-2 and ACT-3, due 2026-09-01 and past due at the 2026-Q3 review (2026-09-15);
    // ACT-2's due date moved on 2026-09-18, before that review's approval (2026-09-22)
    String two = AGREED.formatted("2", "2", "2026-09-01").replace("2026-09-15", "2026-08-20");
    String three = AGREED.formatted("3", "3", "2026-09-01").replace("2026-09-15", "2026-08-20");
    MinimalRepo.write(repo.dir(), "actions/ACT-2.yaml", two);
    MinimalRepo.write(repo.dir(), "actions/ACT-3.yaml", three);
    DatedCommits.commitAll(repo.git(), "ACT-2, ACT-3 agreed", LocalDate.parse("2026-08-20"));
    MinimalRepo.write(
        repo.dir(), "actions/ACT-2.yaml", two.replace("due: 2026-09-01", "due: 2026-12-20"));
    DatedCommits.commitAll(repo.git(), "ACT-2 re-planned", LocalDate.parse("2026-09-18"));

    // when
    CommandResult stats = repo.isms("action", "stats");
    CommandResult check = repo.isms("check", "--rule", "action-carried-over");

    // then both are carried over, ACT-2 re-planned since, and only ACT-3 awaits a decision
    assertThat(stats)
        .succeeded()
        .outContains(
            "carried over:        2 (ACT-2, ACT-3), 1 re-planned since (ACT-2 at review 2026-Q3);"
                + " awaiting a decision: ACT-3");
    assertThat(check.out()).contains("ACT-3 \"Restore test 3\"").doesNotContain("ACT-2 ");
  }
}
