package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.framework.Obligation;
import dev.isms.framework.ObligationCatalog;
import dev.isms.testing.CommandResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of the other obligations (PCI DSS 12.4.2 and 12.4.2.1, SOC 2 CC4.2) on the check
 * fixture, whose reviews were held on 2026-03-10, 2026-08-12 and 2026-09-15 and signed off by Dana
 * Ruiz, who owns none of the actions.
 */
class ObligationRulesTest {
  static final String Q3 = "reviews/2026-Q3/review.yaml";
  static final String ADHOC = "reviews/2026-08-12-adhoc/review.yaml";

  @TempDir Path temp;

  private CheckFixture obliged(String obligations) {
    return CheckFixture.copy(temp)
        .replace("isms.yaml", "policy:\n", "obligations: [" + obligations + "]\npolicy:\n");
  }

  @Test
  void everyRuleAnObligationNamesExistsAndRunsOnlyForThatObligation() {
    ObligationCatalog catalog = new ObligationCatalog();
    RuleRegistry registry = RuleRegistry.builtIn();

    for (String id : catalog.ids()) {
      for (Obligation.Criterion c : catalog.find(id).orElseThrow().criteria()) {
        for (String rule : c.rules()) {
          assertThat(registry.find(rule)).as("rule %s of %s", rule, c.id()).isPresent();
          assertThat(registry.find(rule).orElseThrow().obligation()).contains(id);
        }
      }
    }
    assertThat(registry.rules().stream().filter(r -> r.obligation().isPresent()).map(Rule::id))
        .containsExactly(
            "pci-review-interval",
            "pci-independent-reviewer",
            "pci-signed-off",
            "soc2-deficiencies-communicated");
  }

  @Test
  void withoutTheObligationItsRulesDoNotRunAndAreNotCounted() {
    CheckFixture plain = CheckFixture.copy(temp.resolve("plain"));
    CheckFixture skipped =
        CheckFixture.copy(temp.resolve("skipped"))
            .replace("isms.yaml", "policy:\n", "obligations: [soc2, pci-dss-4]\npolicy:\n");

    CommandResult all = plain.check();
    CommandResult allButTheirs =
        skipped.check(
            "--skip",
            "pci-review-interval",
            "--skip",
            "pci-independent-reviewer",
            "--skip",
            "pci-signed-off",
            "--skip",
            "soc2-deficiencies-communicated");
    CommandResult asked = plain.check("--rule", "pci-review-interval");

    assertThat(all).succeeded();
    assertThat(last(all)).isEqualTo(last(allButTheirs));
    assertThat(asked)
        .succeeded()
        .outContains(
            "pci-review-interval] skipped: it checks what pci-dss-4 adds to the review; list it"
                + " under `obligations:` in isms.yaml to run it");
  }

  private static String last(CommandResult result) {
    List<String> lines = result.out().lines().toList();
    return lines.get(lines.size() - 1);
  }

  @Test
  void pciFailsWhenMoreThanThreeMonthsPassBetweenReviewsAndPassesOnceOneIsHeldBetween() {
    CheckFixture repo = obliged("pci-dss-4");

    List<Found> found = repo.problemsOf("pci-review-interval");

    assertThat(found)
        .extracting(Found::severity, Found::file, Found::line)
        .containsExactly(tuple("error", ADHOC, repo.lineOf(ADHOC, "date:")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "review 2026-08-12-adhoc was held on 2026-08-12, 5 months and 2 days after the"
                + " previous held review 2026-annual (2026-03-10): PCI DSS 12.4.2 asks for a"
                + " review at least once every three months (by 2026-06-10); hold the reviews no"
                + " more than three months apart");

    repo.write(
        "reviews/2026-06-09/review.yaml",
        """
        id: 2026-06-09
        type: quarterly
        date: 2026-06-09
        status: held
        chair: Marco Diaz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: true}
        """);

    assertThat(repo.check("--rule", "pci-review-interval"))
        .succeeded()
        .outContains("no problems found; 1 rule run");
  }

  @Test
  void pciFailsWhenTheLastReviewIsMoreThanThreeMonthsBeforeTheDayChecked() {
    CheckFixture repo = obliged("soc2, pci-dss-4");

    List<Found> inTime =
        CheckFixture.problems(
            repo.checkAsOf("2026-12-15", "--rule", "pci-review-interval", "--format", "json"));
    List<Found> late =
        CheckFixture.problems(
            repo.checkAsOf("2026-12-16", "--rule", "pci-review-interval", "--format", "json"));

    assertThat(inTime).extracting(Found::file).containsExactly(ADHOC);
    assertThat(late).extracting(Found::file).containsExactly(ADHOC, Q3);
    assertThat(late.get(1).message())
        .startsWith("no review was held in the 3 months and 1 day since 2026-Q3 (2026-09-15)");
  }

  @Test
  void aReviewSignedOffByTheOwnerOfAnActionItReviewedFails() {
    CheckFixture repo = obliged("pci-dss-4");
    assertThat(repo.problemsOf("pci-independent-reviewer")).isEmpty();

    repo.replace(Q3, "approved_by: Dana Ruiz", "approved_by: Priya Shah");

    List<Found> found = repo.problemsOf("pci-independent-reviewer");
    assertThat(found)
        .extracting(Found::file, Found::line)
        .containsExactly(tuple(Q3, repo.lineOf(Q3, "approved_by:")));
    assertThat(found.get(0).message())
        .startsWith(
            "review 2026-Q3 was signed off by Priya Shah, who owns ACT-2026-014, which it"
                + " reviewed: PCI DSS 12.4.2 asks for reviews by personnel other than those"
                + " responsible for the task");
  }

  @Test
  void aHeldReviewWithoutSignOffFailsOnceTheApprovalPeriodHasPassed() {
    CheckFixture repo =
        obliged("pci-dss-4")
            .replace(Q3, "status: approved", "status: held")
            .replace(Q3, "approved_by: Dana Ruiz\n", "")
            .replace(Q3, "approved_on: 2026-09-22\n", "");

    List<Found> within =
        CheckFixture.problems(
            repo.checkAsOf("2026-10-15", "--rule", "pci-signed-off", "--format", "json"));
    List<Found> after = repo.problemsOf("pci-signed-off");

    assertThat(within).isEmpty();
    assertThat(after)
        .extracting(Found::file, Found::line)
        .containsExactly(tuple(Q3, repo.lineOf(Q3, "status:")));
    assertThat(after.get(0).message())
        .contains(
            "the results of review 2026-Q3 (held 2026-09-15, 70 days ago) are not signed off:"
                + " review.yaml has no approved_by and approved_on; PCI DSS 12.4.2.1");
  }

  @Test
  void soc2FailsWhenAnOpenNonconformityIsNotNamedWithItsCorrectiveActions() {
    String minutes = "reviews/2026-Q3/minutes.md";
    CheckFixture repo =
        obliged("soc2")
            .write(
                "findings/F-2026-01.yaml",
                """
                id: F-2026-01
                title: Admin accounts without phishing-resistant MFA
                audit: Internal audit 2026
                audit_type: internal
                kind: minor-nc
                raised: 2026-09-01
                status: in-progress
                corrective_actions: [ACT-2026-050]
                """)
            .write(
                "actions/ACT-2026-050.yaml",
                """
                id: ACT-2026-050
                title: Enrol the last admin accounts on FIDO2 keys
                source: F-2026-01
                owner: Priya Shah
                raised: 2026-09-02
                due: 2026-12-31
                priority: high
                success_criteria: every admin account on a FIDO2 key
                status: in-progress
                """);

    List<Found> unnamed = repo.problemsOf("soc2-deficiencies-communicated");
    repo.replace(minutes, "## Results", "F-2026-01 is open.\n\n## Results");
    List<Found> noStatus = repo.problemsOf("soc2-deficiencies-communicated");
    repo.replace(
        minutes,
        "F-2026-01 is open.",
        "F-2026-01 is open; ACT-2026-050 is in progress, 30 of 38 accounts.");

    assertThat(unnamed)
        .extracting(Found::file, Found::line)
        .containsExactly(tuple(minutes, repo.lineOf(minutes, "d.1) Nonconformities")));
    assertThat(unnamed.get(0).message())
        .contains(
            "do not name F-2026-01 \"Admin accounts without phishing-resistant MFA\" (minor-nc,"
                + " open on 2026-09-15): SOC 2 CC4.2");
    assertThat(noStatus)
        .extracting(Found::message)
        .containsExactly(
            "minutes of 2026-Q3 name F-2026-01 but none of its corrective actions"
                + " (ACT-2026-050): record their status, so the attendees know where the"
                + " remediation stands (SOC 2 CC4.2)");
    assertThat(repo.problemsOf("soc2-deficiencies-communicated")).isEmpty();
  }
}
