package dev.isms.action;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.MinimalRepo;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An action past due at held review 2026-Q3 (meeting 2026-09-15, approved 2026-09-22) is carried
 * over; when that review re-plans it (its due date moved from the meeting to the approval), it has
 * had its decision: `check` no longer warns and the next pack does not ask again, while both still
 * show it was carried over. A due date moved outside a held review is not such a decision.
 */
class ReplannedActionTest {
  @RegisterExtension
  final CommittedRepo repo =
      CommittedRepo.minimal().with("reviews/2026-Q4/review.yaml", MinimalRepo.PLANNED_Q4);

  private static String action(String due) {
    return """
        id: ACT-5
        title: Move backups to an immutable vault
        source: 2026-08-12-adhoc
        owner: Priya Shah
        raised: 2026-07-01
        due: %s
        priority: high
        success_criteria: Backups in a separate account with object lock
        status: in-progress
        """
        .formatted(due);
  }

  /** Agreed for 2026-08-31 on 2026-07-01, so past due at 2026-Q3; then moved on {@code day}. */
  private void movedOn(LocalDate day) throws Exception {
    MinimalRepo.write(repo.dir(), "actions/ACT-5.yaml", action("2026-08-31"));
    DatedCommits.commitAll(repo.git(), "ACT-5 raised", LocalDate.of(2026, 7, 1));
    MinimalRepo.write(repo.dir(), "actions/ACT-5.yaml", action("2027-01-31"));
    DatedCommits.commitAll(repo.git(), "ACT-5 re-planned", day);
  }

  private String pack() throws Exception {
    CommandResult result = repo.isms("pack", "2026-Q4", "--no-commit");
    assertThat(result).succeeded().hasNoStackTrace();
    return repo.read("reviews/2026-Q4/pack.md");
  }

  private static String decisions(String pack) {
    int start = pack.indexOf("## Decisions asked of management");
    return start < 0 ? "" : pack.substring(start, pack.indexOf("\n## ", start + 1));
  }

  @Test
  void aReviewThatRePlansACarriedOverActionHasDecidedOnIt() throws Exception {
    movedOn(LocalDate.of(2026, 9, 20)); // after the meeting, before its approval

    assertThat(repo.isms("check", "--rule", "action-carried-over")).succeeded();
    String pack = pack();
    assertThat(decisions(pack)).doesNotContain("ACT-5");
    assertThat(pack)
        .contains("past due at held review 2026-Q3; re-planned at review 2026-Q3")
        .contains("| 2027-01-31 (first agreed 2026-08-31) |");
  }

  @Test
  void aDueDateMovedOutsideAHeldReviewLeavesTheDecisionOpen() throws Exception {
    movedOn(LocalDate.of(2026, 10, 5));

    CommandResult check = repo.isms("check", "--rule", "action-carried-over");
    assertThat(check)
        .succeeded() // a warning
        .outContains("ACT-5", "is carried over: past due at held review 2026-Q3;");
    assertThat(check.out()).doesNotContain("re-planned at review");
    assertThat(decisions(pack()))
        .contains(
            "ACT-5 (Move backups to an immutable vault) is carried over (past due at held review"
                + " 2026-Q3; ")
        .contains("set a new due date with the resources it needs");
  }
}
