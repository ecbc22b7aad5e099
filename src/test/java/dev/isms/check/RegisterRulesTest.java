package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** risk-treatment-overdue and kpi-stale: what the registers say between reviews. */
class RegisterRulesTest {
  static final String RISK_RULE = "risk-treatment-overdue";
  static final String KPI_RULE = "kpi-stale";
  static final String RISK = "risks/R-007.yaml";
  static final String KPI = "kpis/KPI-TRAINING.yaml";

  @TempDir Path temp;

  @Test
  void risksTreatedOnTimeAndKpisMeasuredPass() {
    assertThat(CheckFixture.copy(temp).check("--rule", RISK_RULE, "--rule", KPI_RULE)).succeeded();
  }

  @Test
  void anOpenRiskPastItsTreatmentDateIsAnError() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(RISK, "treatment_due: 2027-01-31", "treatment_due: 2026-10-01");

    List<Found> found = repo.problemsOf(RISK_RULE);

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple(RISK_RULE, "error", RISK, repo.lineOf(RISK, "treatment_due")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "R-007 \"Ransomware on the production backup path\" (score 15, high, owner:"
                + " Marco Diaz) was to be treated by 2026-10-01 and is still open 54 days later: finish"
                + " the treatment and update its status, or have management re-plan it and set a new"
                + " treatment_due");
  }

  @Test
  void theNextReviewNotMentioningTheOverdueRiskIsAWarningToo() {
    String minutes = "reviews/2026-Q3/minutes.md";
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(RISK, "treatment_due: 2027-01-31", "treatment_due: 2026-09-01")
            .replace(
                minutes, "R-007 (ransomware on the backup path, score 15)", "The ransomware risk");

    List<Found> found = repo.problemsOf(RISK_RULE);

    assertThat(found)
        .extracting(Found::severity, Found::file, Found::line)
        .containsExactly(
            tuple("warning", minutes, repo.lineOf(minutes, "### 9.3.2 f)")),
            tuple("error", RISK, repo.lineOf(RISK, "treatment_due")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "review 2026-Q3 (held 2026-09-15) came after R-007's treatment was due"
                + " (2026-09-01) but its minutes do not mention R-007: record management's decision on"
                + " the overdue treatment under 9.3.2 f)");
  }

  @Test
  void aMentionInACommentDoesNotCount() {
    String minutes = "reviews/2026-Q3/minutes.md";
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(RISK, "treatment_due: 2027-01-31", "treatment_due: 2026-09-01")
            .replace(
                minutes,
                "R-007 (ransomware on the backup path, score 15)",
                "<!-- R-007 --> The ransomware risk");

    assertThat(repo.problemsOf(RISK_RULE))
        .extracting(Found::severity)
        .containsExactly("warning", "error");
  }

  @Test
  void aTreatedRiskIsNotOverdue() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(RISK, "treatment_due: 2027-01-31", "treatment_due: 2026-10-01")
            .replace(RISK, "status: open", "status: treated");

    assertThat(repo.check("--rule", RISK_RULE)).succeeded();
  }

  @Test
  void aKpiWithoutItsLatestQuarterIsAWarning() {
    CheckFixture repo =
        CheckFixture.copy(temp).replace(KPI, "  - {period: 2026-Q3, value: 96.0}\n", "");

    List<Found> found = repo.problemsOf(KPI_RULE);

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple(KPI_RULE, "warning", KPI, repo.lineOf(KPI, "measurements:")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "KPI-TRAINING \"Security training completion\" has no measurement for 2026-Q3,"
                + " the latest complete quarter before 2026-11-24 (latest: 2026-Q2): add `{period:"
                + " 2026-Q3, value: ...}` to its measurements");
    assertThat(repo.check("--rule", KPI_RULE)).succeeded();
  }

  @Test
  void aMonthlyKpiNeedsLastMonth() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(KPI, "frequency: quarterly", "frequency: monthly")
            .replace(KPI, "{period: 2026-Q3, value: 96.0}", "{period: 2026-09, value: 96.0}");

    assertThat(repo.problemsOf(KPI_RULE))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains(
            "has no measurement for 2026-10, the latest complete month before 2026-11-24"
                + " (latest: 2026-Q2)");

    repo.replace(KPI, "{period: 2026-09, value: 96.0}", "{period: 2026-10, value: 96.0}");

    assertThat(repo.check("--rule", KPI_RULE)).succeeded();
  }

  @Test
  void aYearlyKpiNeedsLastYear() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "kpis/KPI-PENTEST.yaml",
                """
                id: KPI-PENTEST
                name: External penetration test findings closed
                target: {op: ">=", value: 100, unit: "%"}
                measurements:
                  - {period: "2024", value: 100}
                """);

    assertThat(repo.problemsOf(KPI_RULE))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("has no measurement for 2025, the latest complete year before 2026-11-24");
  }

  @Test
  void computedKpisAreNeverStale() {
    CheckFixture repo = CheckFixture.copy(temp);

    assertThat(repo.read("kpis/KPI-CRITICAL-RISKS.yaml"))
        .contains("computed:")
        .doesNotContain("measurements");
    assertThat(repo.check("--rule", KPI_RULE)).succeeded();
  }

  private static final String SEV1 = "kpis/KPI-SEV1-MTTR.yaml";

  private static String sev1Kpi(String measurements) {
    return """
        id: KPI-SEV1-MTTR
        name: Sev-1 incident mean time to restore
        target: {op: "<=", value: 4, unit: h}
        computed: sev1-mttr-hours
        measurements:
        """
        + measurements;
  }

  @Test
  void aRecordedValueOfAComputedKpiThatTheRegistersContradictIsAnError() {
    // the quarter's only Sev-1 (INC-2026-007) took 2 h 45 min; 2.8 is that, rounded
    CheckFixture agrees =
        CheckFixture.copy(temp.resolve("agrees"))
            .write(SEV1, sev1Kpi("  - {period: 2026-Q3, value: 2.8}\n"));
    CheckFixture disagrees =
        CheckFixture.copy(temp.resolve("disagrees"))
            .write(SEV1, sev1Kpi("  - {period: 2026-Q3, value: 1.5}\n"));

    assertThat(agrees.check("--rule", "kpi-reconcile")).succeeded();
    assertThat(disagrees.problemsOf("kpi-reconcile"))
        .extracting(Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                "error",
                SEV1,
                disagrees.lineOf(SEV1, "2026-Q3"),
                "KPI-SEV1-MTTR \"Sev-1 incident mean time to restore\" records 1.5 h for 2026-Q3,"
                    + " but the registers give 2.75 h (the Sev-1 incidents resolved in 2026-Q3:"
                    + " INC-2026-007): correct the measurement, or the register"));
  }

  @Test
  void aQuarterWithNoSev1IsNoneNotZero() {
    CheckFixture zero =
        CheckFixture.copy(temp.resolve("zero"))
            .write(
                SEV1,
                sev1Kpi("  - {period: 2026-Q3, value: 2.75}\n  - {period: 2026-Q4, value: 0}\n"));
    CheckFixture none =
        CheckFixture.copy(temp.resolve("none"))
            .write(
                SEV1,
                sev1Kpi(
                    "  - {period: 2026-Q3, value: 2.75}\n  - {period: 2026-Q4, value: none}\n"));

    assertThat(none.checkAsOf("2027-01-05", "--rule", "kpi-reconcile")).succeeded();
    assertThat(zero.checkAsOf("2027-01-05", "--rule", "kpi-reconcile", "--format", "json"))
        .exitedWith(1)
        .outContains("records 0 h for 2026-Q4, but the registers give none");
  }

  @Test
  void periodsBeforeTheRegisterBeganAreNotRecomputed() {
    // the incident register of the fixture begins in 2026-Q3: 2026-Q1 cannot be checked
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                SEV1,
                sev1Kpi("  - {period: 2026-Q1, value: 9}\n  - {period: 2026-Q3, value: 2.75}\n"));

    assertThat(repo.check("--rule", "kpi-reconcile")).succeeded();
  }
}
