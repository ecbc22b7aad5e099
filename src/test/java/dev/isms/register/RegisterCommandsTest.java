package dev.isms.register;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommittedRepo;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RegisterCommandsTest {
  static final String RISK =
      """
      # Reviewed with the platform team every quarter
      id: R-007
      title: Ransomware on the production backup path
      owner: Marco Diaz
      likelihood: 3    # 1..5
      impact: 5        # 1..5; score = likelihood x impact
      treatment: modify  # ISO 27005
      status: open
      treatment_due: 2026-12-15
      x-register-row: 17
      """;

  static final String KPI =
      """
      id: KPI-TRAINING
      name: Security training completion
      target: {op: ">=", value: 95, unit: "%"}   # agreed with HR
      objective: OBJ-1
      measurements:
        - {period: 2026-Q2, value: 91.5}
        # Q3 from the new LMS export
        - {period: 2026-Q3, value: 96.0}
      """;

  @RegisterExtension
  final CommittedRepo repo =
      CommittedRepo.minimal().with("risks/R-007.yaml", RISK).with("kpis/KPI-TRAINING.yaml", KPI);

  @Test
  void kpiRecordAppendsAMeasurementAndKeepsTheComments() throws Exception {
    assertThat(repo.isms("kpi", "record", "KPI-TRAINING", "--period", "2026-Q4", "--value", "97"))
        .succeeded()
        .outContains("kpis/KPI-TRAINING.yaml: kpi(KPI-TRAINING): record 2026-Q4 = 97");

    assertThat(repo.read("kpis/KPI-TRAINING.yaml"))
        .isEqualTo(KPI + "  - {period: 2026-Q4, value: 97}\n");
    assertThat(repo.headPaths()).containsExactly("kpis/KPI-TRAINING.yaml");
    assertThat(repo.isms("check")).succeeded();
  }

  @Test
  void kpiRecordRefusesAWrongPeriodADuplicateAndAWrongValue() throws Exception {
    assertThat(repo.isms("kpi", "record", "KPI-TRAINING", "--period", "2026-11", "--value", "97"))
        .exitedWith(2)
        .errContains(
            "--period 2026-11 is not a quarterly period of KPI-TRAINING; write it like 2026-Q4");
    assertThat(repo.isms("kpi", "record", "KPI-TRAINING", "--period", "2026-Q3", "--value", "97"))
        .exitedWith(2)
        .errContains("has a value for 2026-Q3 already (96.0); pass --force");
    assertThat(repo.isms("kpi", "record", "KPI-TRAINING", "--period", "2027-Q4", "--value", "97"))
        .exitedWith(2)
        .errContains(
            "--period 2027-Q4 begins on 2027-10-01, after 2026-11-24: a period can be recorded"
                + " once it has begun");
    assertThat(
            repo.isms("kpi", "record", "KPI-TRAINING", "--period", "2026-Q4", "--value", "1e400"))
        .exitedWith(2)
        .errContains("--value 1e400");
    assertThat(repo.isms("kpi", "record", "KPI-TRAINING", "--period", "2026-Q4", "--value", "97%"))
        .exitedWith(2)
        .errContains("--value 97% is not a number");
    assertThat(repo.isms("kpi", "record", "KPI-NOPE", "--period", "2026-Q4", "--value", "1"))
        .exitedWith(2)
        .errContains("no KPI KPI-NOPE");
    assertThat(repo.read("kpis/KPI-TRAINING.yaml")).isEqualTo(KPI);

    assertThat(
            repo.isms(
                "kpi",
                "record",
                "KPI-TRAINING",
                "--period",
                "2026-Q3",
                "--value",
                "95.5",
                "--note",
                "recount after LMS fix",
                "--force"))
        .succeeded()
        .outContains("correct 2026-Q3 = 95.5");
    assertThat(repo.read("kpis/KPI-TRAINING.yaml"))
        .isEqualTo(
            KPI.replace(
                "{period: 2026-Q3, value: 96.0}",
                "{period: 2026-Q3, value: 95.5, note: recount after LMS fix}"));
  }

  @Test
  void riskAssessChangesOnlyTheAssessedLines() throws Exception {
    assertThat(
            repo.isms(
                "risk",
                "assess",
                "R-007",
                "--likelihood",
                "2",
                "--impact",
                "5",
                "--treatment",
                "modify",
                "--due",
                "2027-03-31"))
        .succeeded()
        .outContains("risk(R-007): assess 2x5=10 (was 3x5=15)");

    assertThat(repo.read("risks/R-007.yaml"))
        .isEqualTo(
            RISK.replace("likelihood: 3    #", "likelihood: 2    #")
                    .replace("treatment_due: 2026-12-15", "treatment_due: 2027-03-31")
                + "assessed: 2026-11-24\n");
    assertThat(repo.head().getShortMessage()).isEqualTo("risk(R-007): assess 2x5=10 (was 3x5=15)");
    assertThat(repo.isms("risk", "assess", "R-007", "--likelihood", "6", "--impact", "1"))
        .exitedWith(2)
        .errContains("--likelihood 6 is off the scale");
  }

  @Test
  void riskAssessRefusalsLeaveTheFileByteIdenticalAndCommitNothing() throws Exception {
    RevCommit before = repo.head();
    String[] assess = {"risk", "assess", "R-007", "--likelihood", "2", "--impact", "4"};

    assertThat(repo.isms(with(assess, "--due", "2027-02-30")))
        .exitedWith(2)
        .errContains("'2027-02-30' is not a date");
    assertThat(repo.isms(with(assess, "--due", "2026-01-31")))
        .exitedWith(2)
        .errContains("--due 2026-01-31 is before today (2026-11-24)");
    assertThat(repo.isms(with(assess, "--treatment", "ignore")))
        .exitedWith(2)
        .errContains("ignore");
    assertThat(repo.isms("risk", "assess", "R-070", "--likelihood", "2", "--impact", "4"))
        .exitedWith(2)
        .errContains("no risk R-070 in risks/.", "Did you mean")
        .hasNoStackTrace();
    assertThat(repo.isms("risk", "assess", "R-007", "--likelihood", "0", "--impact", "4"))
        .exitedWith(2)
        .errContains("--likelihood 0 is off the scale");

    assertThat(repo.read("risks/R-007.yaml")).isEqualTo(RISK);
    assertThat(repo.head()).isEqualTo(before);
    assertThat(repo.git().status().call().isClean()).isTrue();
  }

  private static String[] with(String[] base, String... more) {
    List<String> all = new ArrayList<>(List.of(base));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void newItemsTakeTheNextIdAndValidate() throws Exception {
    assertThat(
            repo.isms(
                "finding",
                "new",
                "--title",
                "Backups not tested",
                "--audit",
                "Internal audit 2026",
                "--kind",
                "minor-nc",
                "--clause",
                "8.1"))
        .succeeded()
        .outContains("findings/F-2.yaml: finding(F-2): new, Backups not tested");
    assertThat(
            repo.isms(
                "incident",
                "new",
                "--title",
                "Phishing wave",
                "--severity",
                "sev3",
                "--opened",
                "2026-11-20T10:00:00+01:00",
                "--no-commit"))
        .succeeded()
        .outContains("incidents/INC-2.yaml");
    assertThat(
            repo.isms(
                "change",
                "new",
                "--title",
                "NIS2 in force",
                "--kind",
                "external-issue",
                "--party",
                "Regulator"))
        .succeeded()
        .outContains("changes/CHG-2026-001.yaml");
    assertThat(
            repo.isms("objective", "new", "--title", "Halve phishing clicks", "--owner", "Priya"))
        .succeeded()
        .outContains("objectives/OBJ-2.yaml");
    assertThat(repo.isms("finding", "new", "--title", "X", "--audit", "A", "--kind", "major"))
        .exitedWith(2)
        .errContains("findings/F-3.yaml")
        .errContains("kind");

    assertThat(repo.read("findings/F-2.yaml"))
        .isEqualTo(
            """
            # yaml-language-server: $schema=../.isms/schemas/finding.schema.json
            id: F-2
            title: Backups not tested
            audit: Internal audit 2026
            kind: minor-nc
            raised: 2026-11-24
            status: open
            clause: "8.1"
            """);
    assertThat(repo.read("incidents/INC-2.yaml"))
        .contains("opened: \"2026-11-20T10:00:00+01:00\"\ncustomer_visible: false\n");
    assertThat(repo.dir().resolve("findings/F-3.yaml")).doesNotExist();
    assertThat(repo.isms("check")).succeeded();
  }

  @Test
  void auditNewBooksAnAuditThatAFindingMayNameAndAPreAuditReviewIsDatedBefore() throws Exception {
    assertThat(
            repo.isms(
                "audit",
                "new",
                "--kind",
                "external",
                "--title",
                "Surveillance audit 2027",
                "--starts",
                "2027-02-16",
                "--ends",
                "2027-02-18",
                "--body",
                "Nordzert GmbH",
                "--framework",
                "iso27001-2022"))
        .succeeded()
        .outContains("audits/AUD-2026-01.yaml: audit(AUD-2026-01): new, Surveillance audit 2027");
    assertThat(repo.read("audits/AUD-2026-01.yaml"))
        .isEqualTo(
            """
            # yaml-language-server: $schema=../.isms/schemas/audit.schema.json
            id: AUD-2026-01
            title: Surveillance audit 2027
            kind: external
            starts: 2027-02-16
            ends: 2027-02-18
            body: Nordzert GmbH
            frameworks: [iso27001-2022]
            """);
    assertThat(repo.head().getFullMessage()).startsWith("audit(AUD-2026-01): new");

    assertThat(
            repo.isms(
                "audit",
                "new",
                "--kind",
                "internal",
                "--starts",
                "2027-01-10",
                "--ends",
                "2027-01-05"))
        .exitedWith(2)
        .errContains("--ends 2027-01-05 is before --starts 2027-01-10");
    assertThat(repo.dir().resolve("audits/AUD-2026-02.yaml")).doesNotExist();
    MinimalRepo.write(
        repo.dir(),
        "audits/AUD-2026-02.yaml",
        "kind: internal\nstarts: 2027-01-10\nends: 2027-01-05\n");
    assertThat(repo.isms("check"))
        .exitedWith(1)
        .outContains("audits/AUD-2026-02.yaml:3:1")
        .outContains("`ends` (2027-01-05) is before `starts` (2027-01-10)");
    Files.delete(repo.dir().resolve("audits/AUD-2026-02.yaml"));

    MinimalRepo.write(
        repo.dir(),
        "isms.yaml",
        repo.read("isms.yaml")
            .replace(
                "review_types:\n",
                "review_types:\n  pre-audit:\n    before_audit: true\n    attendees: [CEO]\n"));
    assertThat(repo.isms("review", "new", "--type", "pre-audit", "--no-commit"))
        .succeeded()
        .outContains("Scaffolded the pre-audit management review 2027-02-02-pre-audit")
        .outContains(
            "10 business days before the external audit AUD-2026-01 (Nordzert GmbH,"
                + " 2027-02-16 to 2027-02-18), two weeks to act on what the review finds");
  }
}
