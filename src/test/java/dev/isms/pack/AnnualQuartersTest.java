package dev.isms.pack;

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
 * The annual pack's per-quarter figures, on a year with four quarters (the last still running on
 * 2026-11-24): a quarter without a Sev-1 (nothing to measure), a quarter whose training KPI missed
 * and so put the objective at risk, and an action whose due date was moved and which counts late in
 * the quarter of the date first agreed.
 */
class AnnualQuartersTest {
  @RegisterExtension
  final CommittedRepo repo =
      CommittedRepo.minimal()
          .editing(
              "isms.yaml",
              text ->
                  text.replace(
                      "  ad-hoc:",
                      "  annual: {every: P1Y, duration: 3h, attendees: [CEO, CTO], covers: year}\n"
                          + "  ad-hoc:"))
          .with(
              "reviews/2026-annual/review.yaml",
              """
              id: 2026-annual
              type: annual
              date: 2026-12-10
              status: planned
              chair: Dana Ruiz
              attendees:
                - {name: Dana Ruiz, role: CEO}
                - {name: Marco Diaz, role: CTO}
              """)
          .with(
              "kpis/KPI-SEV1-MTTR.yaml",
              """
              id: KPI-SEV1-MTTR
              name: Sev-1 incident mean time to restore
              target: {op: "<=", value: 4, unit: h}
              objective: OBJ-1
              measurements:
                - {period: 2026-Q1, value: none, note: no Sev-1 incident}
                - {period: 2026-Q2, value: 2.5}
                - {period: 2026-Q3, value: 3.0}
              """);

  private static String training(String... values) {
    StringBuilder yaml =
        new StringBuilder(
            """
            id: KPI-TRAINING
            name: Security training completion
            target: {op: ">=", value: 95, unit: "%"}
            objective: OBJ-1
            measurements:
            """);
    for (int q = 0; q < values.length; q++) {
      yaml.append("  - {period: 2026-Q").append(q + 1).append(", value: ").append(values[q]);
      yaml.append("}\n");
    }
    return yaml.toString();
  }

  private static String action(String id, String due, String status, String completedOn) {
    return """
        id: %s
        title: Action %s
        source: 2026-Q3
        owner: Priya Shah
        due: %s
        priority: medium
        success_criteria: done
        status: %s
        """
            .formatted(id, id, due, status)
        + (completedOn == null ? "" : "completed_on: " + completedOn + "\n");
  }

  /**
   * The year's actions as Git records them: ACT-2 agreed for 2026-05-15 in January, its due date
   * moved to 2026-06-30 on 2026-05-10, completed on 2026-06-20 (late against the date first
   * agreed); ACT-3 due and completed on time in 2026-Q3.
   */
  private void actionsOfTheYear() throws Exception {
    write("actions/ACT-2.yaml", action("ACT-2", "2026-05-15", "open", null));
    write("actions/ACT-3.yaml", action("ACT-3", "2026-08-31", "open", null));
    DatedCommits.commitAll(repo.git(), "the year's actions", LocalDate.of(2026, 1, 5));
    write("actions/ACT-2.yaml", action("ACT-2", "2026-06-30", "open", null));
    DatedCommits.commitAll(repo.git(), "ACT-2 re-planned", LocalDate.of(2026, 5, 10));
    write("actions/ACT-2.yaml", action("ACT-2", "2026-06-30", "completed", "2026-06-20"));
    DatedCommits.commitAll(repo.git(), "ACT-2 completed", LocalDate.of(2026, 6, 20));
    write("actions/ACT-3.yaml", action("ACT-3", "2026-08-31", "completed", "2026-08-20"));
    DatedCommits.commitAll(repo.git(), "ACT-3 completed", LocalDate.of(2026, 8, 20));
  }

  private void write(String relative, String text) throws Exception {
    MinimalRepo.write(repo.dir(), relative, text);
  }

  /** The section "The period by quarter" of the annual pack, up to the inputs. */
  private String byQuarter() throws Exception {
    CommandResult result = repo.isms("pack", "2026-annual", "--no-commit");
    assertThat(result).succeeded().hasNoStackTrace();
    String pack = repo.read("reviews/2026-annual/pack.md");
    int start = pack.indexOf("## The period by quarter");
    assertThat(start).as("section by quarter in%n%s", pack).isNotNegative();
    return pack.substring(start, pack.indexOf("## Inputs", start));
  }

  private static String row(String section, String quarter) {
    return section
        .lines()
        .filter(l -> l.startsWith("| " + quarter + " |"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void quartersJudgeKpisObjectivesAndActionsAsTheRestOfThePack() throws Exception {
    write("kpis/KPI-TRAINING.yaml", training("96.0", "91.5", "97.0"));
    actionsOfTheYear();

    String section = byQuarter();

    assertThat(section)
        .contains("2026-Q4 ends 2026-12-31: its figures run to 2026-11-24.")
        .contains(
            "| KPI | Target | 2026-Q1 | 2026-Q2 | 2026-Q3 | 2026-Q4 to date | Trend over the quarters |")
        .contains("| KPI-SEV1-MTTR | ≤ 4 h | none | 2.5 h met | 3 h met | – | ↑ worsening |")
        .contains(
            "| KPI-TRAINING | ≥ 95% | 96% met | 91.5% **missed** | 97% met | – | ↑ improving |")
        .contains(
            "| OBJ-1 Keep the workforce security-aware"
                + " | on track: 1 met, 1 with nothing to measure"
                + " | **at risk: KPI-TRAINING missed**"
                + " | on track: 2 met"
                + " | not measured yet: KPI-SEV1-MTTR, KPI-TRAINING |");
    // a moved due date does not turn the slip into "on time": late in the quarter first agreed
    assertThat(row(section, "2026-Q2")).endsWith("| 1 | 0 of 1 (0%); 1 due date moved (ACT-2) |");
    assertThat(row(section, "2026-Q3")).endsWith("| 1 | 1 of 1 (100%) |");
    assertThat(row(section, "2026-Q4 to date")).endsWith("| 0 | none fell due |");
  }

  @Test
  void anActionCancelledAfterItFellDueCountsLateInItsQuarterOneCancelledBeforeIsLeftOut()
      throws Exception {
    // given ACT-4 due 2026-07-15 and cancelled 2026-08-01, ACT-5 due 2026-10-15 and cancelled
    // 2026-09-01, before it fell due
    actionsOfTheYear();
    write("actions/ACT-4.yaml", action("ACT-4", "2026-07-15", "open", null));
    write("actions/ACT-5.yaml", action("ACT-5", "2026-10-15", "open", null));
    DatedCommits.commitAll(repo.git(), "ACT-4, ACT-5 agreed", LocalDate.of(2026, 6, 1));
    write("actions/ACT-4.yaml", action("ACT-4", "2026-07-15", "cancelled", null));
    DatedCommits.commitAll(repo.git(), "ACT-4 cancelled", LocalDate.of(2026, 8, 1));
    write("actions/ACT-5.yaml", action("ACT-5", "2026-10-15", "cancelled", null));
    DatedCommits.commitAll(repo.git(), "ACT-5 cancelled", LocalDate.of(2026, 9, 1));

    String section = byQuarter();

    assertThat(row(section, "2026-Q3"))
        .endsWith("| 1 | 1 of 2 (50%); counted late, cancelled after falling due: ACT-4 |");
    assertThat(row(section, "2026-Q4 to date")).endsWith("| 0 | none fell due |");
  }

  @Test
  void aKpiNotRecordedForACompletedQuarterLeavesTheObjectiveNotMeasured() throws Exception {
    write("kpis/KPI-TRAINING.yaml", training("96.0", "97.0"));

    String section = byQuarter();

    assertThat(section)
        .contains(
            "| KPI-TRAINING | ≥ 95% | 96% met | 97% met | **not measured** | – |"
                + " ↑ improving up to 2026-Q2 |")
        .contains("| on track: 2 met | not measured: KPI-TRAINING | not measured yet:");
  }

  @Test
  void aYearlyKpiShowsItsValueOnceAndAHalfYearlyOneIsNotMeasuredFromTheHalfThatEndedEmpty()
      throws Exception {
    write("kpis/KPI-TRAINING.yaml", training("96.0", "91.5", "96.0"));
    write(
        "kpis/KPI-PENTEST.yaml",
        """
        id: KPI-PENTEST
        name: Critical findings of the yearly penetration test
        target: {op: "<=", value: 0, unit: findings}
        frequency: yearly
        measurements:
          - {period: "2025", value: 1}
          - {period: "2026", value: 0}
        """);
    write(
        "kpis/KPI-DR-TEST.yaml",
        """
        id: KPI-DR-TEST
        name: Disaster recovery test passed
        target: {op: ">=", value: 100, unit: "%"}
        objective: OBJ-1
        measurements:
          - {period: 2025-H2, value: 100}
        """);

    String section = byQuarter();

    // the year's value stands once, named, in the quarter its year ends; no earlier quarter owed it
    assertThat(row(section, "KPI-PENTEST"))
        .isEqualTo(
            "| KPI-PENTEST | ≤ 0 findings | – | – | – | 0 findings (2026) met"
                + " | fewer than two values |");
    // 2026-H1 ended with 2026-Q2 without a value, and 2026-Q3 ends with it still missing
    assertThat(row(section, "KPI-DR-TEST"))
        .isEqualTo(
            "| KPI-DR-TEST | ≥ 100% | – | **not measured (2026-H1)** | **not measured (2026-H1)**"
                + " | – | fewer than two values |");
    // a KPI not measured is named beside one missed, as the objectives table under d) 4) does
    assertThat(row(section, "OBJ-1 Keep the workforce security-aware"))
        .contains("| on track: 2 met, 1 with nothing to measure |")
        .contains(
            "| **at risk: KPI-TRAINING missed; not measured: KPI-DR-TEST**"
                + " | not measured: KPI-DR-TEST |");
  }

  @Test
  void aKpiNeverMeasuredStaysNoDataWhileOneFirstMeasuredLateIsNotMeasuredBefore() throws Exception {
    write("kpis/KPI-TRAINING.yaml", training("96.0", "97.0", "96.0"));
    write(
        "kpis/KPI-PHISH.yaml",
        """
        id: KPI-PHISH
        name: Phishing simulation click rate
        target: {op: "<=", value: 5, unit: "%"}
        objective: OBJ-1
        measurements: []
        """);
    write(
        "kpis/KPI-LATE.yaml",
        """
        id: KPI-LATE
        name: Privileged accounts without MFA
        target: {op: "<=", value: 0, unit: accounts}
        measurements:
          - {period: 2026-Q3, value: 0}
        """);

    String section = byQuarter();

    // never measured: no row, and the objective's quarters judge on the KPIs that were
    assertThat(section).doesNotContain("| KPI-PHISH |").doesNotContain("not measured: KPI-PHISH");
    assertThat(row(section, "OBJ-1 Keep the workforce security-aware"))
        .contains("| on track: 1 met, 1 with nothing to measure | on track: 2 met |");
    // measured from 2026-Q3 on: the quarters before it owed a value and have none
    assertThat(row(section, "KPI-LATE"))
        .isEqualTo(
            "| KPI-LATE | ≤ 0 accounts | **not measured** | **not measured** | 0 accounts met | –"
                + " | fewer than two values |");
  }

  @Test
  void theAnnualPackAsksForNextYearsObjectivesUntilOneReachesBeyondTheYear() throws Exception {
    write(
        "objectives/OBJ-1.yaml",
        "id: OBJ-1\ntitle: Keep the workforce security-aware\nstatus: on-track\ndue: 2026-12-31\n");
    byQuarter();
    assertThat(repo.read("reviews/2026-annual/pack.md"))
        .contains(
            "OBJ-1 falls due by 2026-12-31 and no objective reaches beyond it: set the information"
                + " security objectives for 2027 (clause 6.2)");

    write(
        "objectives/OBJ-2.yaml",
        "id: OBJ-2\ntitle: Recover any service within four hours\nstatus: on-track\n"
            + "due: 2027-12-31\n");
    byQuarter();
    assertThat(repo.read("reviews/2026-annual/pack.md"))
        .doesNotContain("set the information security objectives for 2027");
  }

  @Test
  void anObjectiveAchievedByItsDueDateIsNotJudgedInTheQuartersAfterIt() throws Exception {
    write("kpis/KPI-TRAINING.yaml", training("96.0", "97.0"));
    write(
        "objectives/OBJ-1.yaml",
        "id: OBJ-1\ntitle: Keep the workforce security-aware\nstatus: achieved\n"
            + "due: 2026-06-30\n");

    String section = byQuarter();

    assertThat(row(section, "OBJ-1 Keep the workforce security-aware"))
        .isEqualTo(
            "| OBJ-1 Keep the workforce security-aware"
                + " | on track: 1 met, 1 with nothing to measure | on track: 2 met"
                + " | achieved (due 2026-06-30; not judged after it)"
                + " | achieved (due 2026-06-30; not judged after it) |");
  }

  @Test
  void aMonthlyKpiShowsTheLastMonthOfEachQuarter() throws Exception {
    write("kpis/KPI-TRAINING.yaml", training("96.0", "91.5", "97.0"));
    write(
        "kpis/KPI-PATCH.yaml",
        """
        id: KPI-PATCH
        name: Days to patch critical vulnerabilities
        target: {op: "<=", value: 7, unit: days}
        measurements:
          - {period: 2026-01, value: 5}
          - {period: 2026-03, value: 6}
          - {period: 2026-06, value: 9}
          - {period: 2026-07, value: 4}
        """);

    String section = byQuarter();

    // 2026-Q3's last month, 2026-09, was not recorded: the quarter is not measured
    assertThat(section)
        .contains(
            "| KPI-PATCH | ≤ 7 days | 6 days (2026-03) met | 9 days (2026-06) **missed**"
                + " | 4 days (2026-07) **not measured (2026-09)** | – | ↓ improving up to 2026-07 |");
  }
}
