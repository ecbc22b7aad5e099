package dev.isms.action;

import static dev.isms.testing.CommandResultAssert.assertThat;

import dev.isms.testing.CommittedRepo;
import dev.isms.testing.MinimalRepo;
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
}
