package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;

import dev.isms.testing.CommittedRepo;
import dev.isms.testing.MinimalRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SupplierReviewOverdueRuleTest {
  static final String HOSTING =
      """
      id: SUP-HOST
      name: Example Hosting GmbH
      services: [hosting]
      data_categories: [customer data]
      subprocessor: true
      last_reviewed: 2025-12-01
      """;

  @RegisterExtension
  final CommittedRepo repo = CommittedRepo.minimal().with("suppliers/SUP-HOST.yaml", HOSTING);

  @Test
  void aSupplierReviewedWithinTheYearPasses() {
    assertThat(repo.isms("check", "--rule", "supplier-review-overdue"))
        .succeeded()
        .outContains("no problems found; 1 rule run");
  }

  @Test
  void aReviewOlderThanItsCadenceIsAnErrorWithTheDueDayAndTheDelay() throws Exception {
    MinimalRepo.write(
        repo.dir(),
        "suppliers/SUP-HOST.yaml",
        HOSTING.replace("last_reviewed: 2025-12-01", "last_reviewed: 2026-05-01")
            + "review_every: P6M\n");

    assertThat(repo.isms("check", "--rule", "supplier-review-overdue"))
        .exitedWith(1)
        .outContains(
            "suppliers/SUP-HOST.yaml:6:1: error [supplier-review-overdue] SUP-HOST \"Example Hosting"
                + " GmbH\" was last reviewed 2026-05-01; reviews are due every P6M, so the next"
                + " was due 2026-11-01 and is 23 days late");
  }

  @Test
  void aSupplierNeverReviewedIsAnError() throws Exception {
    MinimalRepo.write(
        repo.dir(), "suppliers/SUP-HOST.yaml", HOSTING.replace("last_reviewed: 2025-12-01\n", ""));

    assertThat(repo.isms("check", "--rule", "supplier-review-overdue"))
        .exitedWith(1)
        .outContains("has never been reviewed (no last_reviewed)");
  }

  @Test
  void thePackListsEachSuppliersReviewUnderInputB() throws Exception {
    assertThat(repo.isms("pack", "2026-Q3", "--force")).succeeded();

    org.assertj.core.api.Assertions.assertThat(repo.read("reviews/2026-Q3/pack.md"))
        .contains("**Suppliers and subprocessors** (suppliers/): 1 supplier, 0 with the security")
        .contains(
            "| SUP-HOST | Example Hosting GmbH (subprocessor) | hosting | customer data |"
                + " 2025-12-01 | — | 2026-12-01 | reviewed |");
  }
}
