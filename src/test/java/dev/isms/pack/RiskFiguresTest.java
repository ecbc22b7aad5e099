package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The risk figures of the pack as an auditor reads them: the Level a treated risk stands at, and
 * the thresholds the pack and `check` print, labelled where they are the isms defaults.
 */
class RiskFiguresTest {
  static final String TREATED =
      """
      id: R-1
      title: Unencrypted database snapshots
      owner: Marco Diaz
      likelihood: 3
      impact: 4
      treatment: modify
      status: treated
      residual: {likelihood: 1, impact: 4}
      treatment_due: 2026-09-30
      """;

  static final String OPEN_HIGH =
      """
      id: R-2
      title: Misuse of patient data by support staff
      owner: Amara Okafor
      likelihood: 3
      impact: 4
      treatment: modify
      status: open
      residual: {likelihood: 2, impact: 4}
      treatment_due: 2027-01-31
      """;

  /** The minutes of 2026-Q3 held, not approved: 70 days after the meeting on 2026-11-24. */
  static String unapproved(String review) {
    return review
        .replace("status: approved", "status: held")
        .replace("approved_by: Dana Ruiz\n", "")
        .replace("approved_on: 2026-09-22\n", "");
  }

  static String pack(CommittedRepo repo) throws Exception {
    assertThat(repo.isms("review", "new", "--type", "quarterly", "--no-commit")).succeeded();
    assertThat(repo.isms("pack", "2026-Q4", "--no-commit")).succeeded();
    return repo.read("reviews/2026-Q4/pack.md");
  }

  @Nested
  class WhereIsmsYamlSetsNoAppetite {
    @RegisterExtension
    final CommittedRepo repo =
        CommittedRepo.minimal()
            .with("risks/R-1.yaml", TREATED)
            .with("risks/R-2.yaml", OPEN_HIGH)
            .editing("reviews/2026-Q3/review.yaml", RiskFiguresTest::unapproved);

    @Test
    void aTreatedRiskShowsTheLevelItIsCountedAt() throws Exception {
      // when
      String pack = pack(repo);

      // then: R-1 scores 12 (high) before treatment, 4 (low) after; the counts put it at low
      assertThat(pack)
          .contains("| 🟩 low | 1 |")
          .contains("| 🟧 high | 1 |")
          .contains(
              "| R-1 | Unencrypted database snapshots | Marco Diaz | 12 (3×4) | low (residual) |"
                  + " modify | treated | 4 (1×4) | 2026-09-30 |")
          .contains("| 12 (3×4) | high | modify | open | 8 (2×4) | 2027-01-31 |")
          .contains("The Level of a treated risk is that of its residual score");
    }

    @Test
    void theDefaultAppetiteIsLabelledAsTheDefault() throws Exception {
      // when
      String pack = pack(repo);

      // then
      assertThat(pack)
          .contains(
              "Risk appetite: score 9 (the isms default; set policy.risk\\_appetite in isms.yaml).")
          .contains(
              "R-2 (Misuse of patient data by support staff) is above the risk appetite: score 12"
                  + " > 9 (the isms default; set policy.risk\\_appetite in isms.yaml), open,"
                  + " treatment due 2027-01-31");
    }

    @Test
    void checkLabelsTheDefaultApprovalPeriod() {
      assertThat(repo.isms("check", "--rule", "minutes-unapproved"))
          .exitedWith(1)
          .outContains(
              "the policy allows 30 days (policy.approval_within_days: 30, the isms default;"
                  + " isms.yaml does not set it)");
    }
  }

  @Nested
  class WhereIsmsYamlSetsThem {
    @RegisterExtension
    final CommittedRepo repo =
        CommittedRepo.minimal()
            .with("risks/R-1.yaml", TREATED)
            .with("risks/R-2.yaml", OPEN_HIGH)
            .editing("reviews/2026-Q3/review.yaml", RiskFiguresTest::unapproved)
            .editing(
                "isms.yaml",
                yaml ->
                    yaml.replace(
                        "policy: {pack_lead_business_days: 5, minutes_within: P14D}",
                        "policy: {pack_lead_business_days: 5, minutes_within: P14D,"
                            + " risk_appetite: 10, approval_within_days: 60, risk_scores:"
                            + " both}"));

    @Test
    void aSetAppetiteNamesIsmsYamlAndIsNotCalledADefault() throws Exception {
      // when
      String pack = pack(repo);

      // then
      assertThat(pack)
          .contains("Risk appetite: score 10 (policy.risk\\_appetite in isms.yaml).")
          .contains(
              "is above the risk appetite: score 12 > 10 (policy.risk\\_appetite in isms.yaml)")
          .contains(
              "(5 business days before the review, policy.pack\\_lead\\_business\\_days in isms.yaml)")
          .doesNotContain("isms default");
    }

    @Test
    void withBothScoresATreatedRiskShowsItsInherentLevelBeside() throws Exception {
      assertThat(pack(repo))
          .contains("| 12 (3×4) | low (residual; inherent high) | modify | treated |")
          .contains(
              "The Level of a treated risk is that of its residual score, as in the counts"
                  + " above, with its inherent level beside it");
    }

    @Test
    void checkCitesASetApprovalPeriodPlainly() {
      CommandResult result = repo.isms("check", "--rule", "minutes-unapproved");

      assertThat(result)
          .exitedWith(1)
          .outContains("the policy allows 60 days (policy.approval_within_days: 60):");
      assertThat(result.out()).doesNotContain("isms default");
    }
  }
}
