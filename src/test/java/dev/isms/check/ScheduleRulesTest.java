package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.Cli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review-cadence and review-after-trigger: reviews held when the procedure says. */
class ScheduleRulesTest {
  static final String CADENCE = "review-cadence";
  static final String ADHOC = "review-after-trigger";

  @TempDir Path temp;

  @Test
  void reviewsWithinTheirCadencePass() {
    assertThat(CheckFixture.copy(temp).check("--rule", CADENCE, "--rule", ADHOC)).succeeded();
  }

  @Test
  void aLateQuarterlyReviewIsAnErrorOnTheCadence() {
    CheckFixture repo = CheckFixture.copy(temp);

    List<Found> found =
        CheckFixture.problems(
            Cli.run(
                "-C",
                repo.root.toString(),
                "check",
                "--as-of",
                "2026-12-20",
                "--rule",
                CADENCE,
                "--format",
                "json"));

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(
            tuple(CADENCE, "error", "isms.yaml", repo.lineOf("isms.yaml", "every: P3M")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "the last quarterly review, 2026-Q3, was held 2026-09-15; quarterly reviews are"
                + " due every 3 months (P3M), so the next was due 2026-12-15 and is 5 days late: hold"
                + " it (`isms review new --type quarterly`) and record it as held");
  }

  @Test
  void aPlannedReviewDoesNotCountAsHeld() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "reviews/2026-Q4/review.yaml",
                "id: 2026-Q4\ntype: quarterly\ndate: 2026-12-15\nstatus: planned\n");

    assertThat(
            Cli.run(
                "-C", repo.root.toString(), "check", "--as-of", "2026-12-20", "--rule", CADENCE))
        .exitedWith(1)
        .outContains("the last quarterly review, 2026-Q3");
  }

  @Test
  void aTypeNeverHeldIsAnErrorOnceTheIsmsIsOlderThanItsCadence() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "isms.yaml", "review_types:\n", "review_types:\n  monthly-ops:\n    every: P1M\n");

    assertThat(repo.problemsOf(CADENCE))
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf("isms.yaml", "every: P1M"),
                "no monthly-ops review has"
                    + " been held, although monthly-ops reviews are due every month and the ISMS has"
                    + " records since 2026-02-01: hold one (`isms review new --type monthly-ops`), or"
                    + " remove the type from isms.yaml if it is not part of the procedure"));
  }

  @Test
  void noReviewInTwelveMonthsIsAnErrorEvenWithoutACadence() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "    every: P3M\n", "")
            .replace("isms.yaml", "    every: P1Y\n", "");

    List<Found> found =
        CheckFixture.problems(
            Cli.run(
                "-C",
                repo.root.toString(),
                "check",
                "--as-of",
                "2027-09-20",
                "--rule",
                CADENCE,
                "--format",
                "json"));

    assertThat(found)
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf("isms.yaml", "review_types:"),
                "no management review"
                    + " has been held in the twelve months before 2027-09-20 (the last was 2026-Q3 on"
                    + " 2026-09-15): clause 9.3 requires reviews at planned intervals, at least yearly;"
                    + " hold one (`isms review new`)"));
  }

  @Test
  void aNewIsmsWithoutRecordsIsNotBlamedForReviewsItCouldNotHoldYet() throws Exception {
    Path dir = temp.resolve("fresh");
    assertThat(Cli.run("init", dir.toString(), "--org", "Fresh", "--no-commit")).succeeded();

    assertThat(Cli.run("-C", dir.toString(), "check", "--as-of", "2026-11-24", "--rule", CADENCE))
        .succeeded();
  }

  @Test
  void aSev1WithoutAnAdhocReviewInTimeIsAnError() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "incidents/INC-2026-010.yaml",
                """
                id: INC-2026-010
                title: Database credentials leaked in a public repository
                severity: sev2
                opened: 2026-10-20T08:15:00+02:00
                resolved: 2026-10-20T12:00:00+02:00
                """);

    List<Found> found = repo.problemsOf(ADHOC);

    String file = "incidents/INC-2026-010.yaml";
    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple(ADHOC, "error", file, repo.lineOf(file, "severity:")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "INC-2026-010 (sev2 incident, 2026-10-20) called for an ad-hoc review within 14"
                + " days (by 2026-11-03), but no ad-hoc review was held: hold it now (`isms review new"
                + " --type ad-hoc --trigger INC-2026-010`), or record the review that was held with"
                + " `trigger: INC-2026-010`");
  }

  @Test
  void anIncidentWhoseWindowIsStillOpenIsNotJudgedYet() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "incidents/INC-2026-010.yaml",
                """
                id: INC-2026-010
                title: Database credentials leaked in a public repository
                severity: sev1
                opened: 2026-11-15T08:15:00+01:00
                """);

    assertThat(repo.check("--rule", ADHOC)).succeeded();
  }

  @Test
  void aReviewHeldTooLateIsNamedInTheError() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "reviews/2026-08-12-adhoc/review.yaml", "date: 2026-08-12", "date: 2026-08-28");

    assertThat(repo.problemsOf(ADHOC))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains(
            "INC-2026-007 (sev1 incident, 2026-08-03) called for an ad-hoc review within 14 days"
                + " (by 2026-08-17), but its ad-hoc review, 2026-08-12-adhoc, was held only on"
                + " 2026-08-28, 25 days after it");
  }

  @Test
  void severitiesNotListedInAfterIncidentsNeedNoReview() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "incidents/INC-2026-010.yaml",
                """
                id: INC-2026-010
                title: Phishing mail reached finance
                severity: sev3
                opened: 2026-09-01T08:15:00+02:00
                """);

    assertThat(repo.check("--rule", ADHOC)).succeeded();
  }

  @Test
  void theWithinPeriodComesFromTheReviewType() {
    CheckFixture repo = CheckFixture.copy(temp).replace("isms.yaml", "within: P14D", "within: P7D");

    assertThat(repo.problemsOf(ADHOC))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("within 7 days (by 2026-08-10)");
  }

  @Test
  void theFormerRuleIdIsStillAccepted() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "incidents/INC-2026-010.yaml",
                """
                id: INC-2026-010
                title: Database credentials leaked in a public repository
                severity: sev2
                opened: 2026-10-20T08:15:00+02:00
                """);

    assertThat(repo.check("--rule", "adhoc-after-incident"))
        .exitedWith(1)
        .outContains("error [review-after-trigger] INC-2026-010 (sev2 incident, 2026-10-20)");
    assertThat(
            repo.check("--rule", CADENCE, "--rule", ADHOC, "--skip", "adhoc-after-incident").out())
        .doesNotContain("INC-2026-010");
  }

  @Test
  void aNotifiedBreachCallsAReviewCountedFromTheDayItWasNotified() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "isms.yaml",
                "after_incidents: [sev1, sev2]",
                "triggers:\n      incidents: [sev1, sev2]\n      notified_breaches: true")
            .write(
                "incidents/INC-2026-040.yaml",
                """
                id: INC-2026-040
                title: Applicant CVs reachable through a public share link
                severity: sev3
                opened: 2026-10-01T16:40:00+02:00
                resolved: 2026-10-02T09:15:00+02:00
                customer_visible: false
                personal_data: true
                breach_notified: 2026-10-04
                """);

    // a sev3 incident calls no review by its severity; its notified breach does, from 2026-10-04
    assertThat(repo.problemsOf(ADHOC))
        .extracting(Found::file, Found::message)
        .contains(
            tuple(
                "incidents/INC-2026-040.yaml",
                "INC-2026-040 (sev3 incident opened 2026-10-01, personal-data breach notified to an"
                    + " authority on 2026-10-04) called for an ad-hoc review within 14 days (by"
                    + " 2026-10-18), but no ad-hoc review was held: hold it now (`isms review new"
                    + " --type ad-hoc --trigger INC-2026-040`), or record the review that was held"
                    + " with `trigger: INC-2026-040`"));
  }

  @Test
  void aMajorNcOfAnExternalAuditAndASignificantChangeCallTheReviewsTheirTriggersName() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "isms.yaml",
                "after_incidents: [sev1, sev2]",
                "triggers:\n"
                    + "      incidents: [sev1, sev2]\n"
                    + "      findings: [{kind: major-nc, audit_type: external}]\n"
                    + "      significant_changes: true")
            .write(
                "findings/F-2026-E09.yaml",
                """
                id: F-2026-E09
                title: Supplier reviews not performed
                audit: Surveillance audit 2026
                audit_type: external
                kind: major-nc
                raised: 2026-10-01
                status: open
                """)
            .write(
                "findings/F-2026-I09.yaml",
                """
                id: F-2026-I09
                title: Same kind, internal audit
                audit: Internal audit 2026
                audit_type: internal
                kind: major-nc
                raised: 2026-10-01
                status: open
                """)
            .write(
                "changes/CHG-2026-020.yaml",
                """
                id: CHG-2026-020
                date: 2026-10-05
                kind: external-issue
                significant: true
                title: New contractual security annex of the largest customer
                """)
            .write(
                "changes/CHG-2026-021.yaml",
                """
                id: CHG-2026-021
                date: 2026-10-05
                kind: external-issue
                title: A change not marked significant
                """);

    assertThat(repo.problemsOf(ADHOC))
        .extracting(Found::file, Found::message)
        .containsExactly(
            tuple(
                "changes/CHG-2026-020.yaml",
                "CHG-2026-020 (significant change (external-issue), 2026-10-05) called for an ad-hoc"
                    + " review within 14 days (by 2026-10-19), but no ad-hoc review was held: hold it"
                    + " now (`isms review new --type ad-hoc --trigger CHG-2026-020`), or record the"
                    + " review that was held with `trigger: CHG-2026-020`"),
            tuple(
                "findings/F-2026-E09.yaml",
                "F-2026-E09 (major-nc finding of an external audit, 2026-10-01) called for an ad-hoc"
                    + " review within 14 days (by 2026-10-15), but no ad-hoc review was held: hold it"
                    + " now (`isms review new --type ad-hoc --trigger F-2026-E09`), or record the"
                    + " review that was held with `trigger: F-2026-E09`"));
  }

  /** The base fixture with a pre-audit review type and an external audit booked for 2027-01-18. */
  private CheckFixture withBookedAudit() {
    return CheckFixture.copy(temp)
        .replace(
            "isms.yaml",
            "review_types:\n",
            "review_types:\n  pre-audit:\n    before_audit: true\n    attendees: [CEO, CTO]\n")
        .write(
            "audits/AUD-2027-01.yaml",
            """
            id: AUD-2027-01
            title: Surveillance audit 2027
            kind: external
            starts: 2027-01-18
            ends: 2027-01-19
            body: Nordzert GmbH
            """);
  }

  @Test
  void aPreAuditReviewNotPlannedOnceItsPackIsDueIsLateBeforeTheBookedAudit() {
    CheckFixture repo = withBookedAudit();

    List<Found> found =
        CheckFixture.problems(repo.checkAsOf("2027-01-12", "--rule", CADENCE, "--format", "json"));

    assertThat(found)
        .filteredOn(f -> f.message().contains("AUD-2027-01"))
        .extracting(Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                "error",
                "isms.yaml",
                repo.lineOf("isms.yaml", "before_audit: true"),
                "the external audit AUD-2027-01 (Nordzert GmbH, 2027-01-18 to 2027-01-19) is"
                    + " booked and no pre-audit review is held or planned before it, which is late:"
                    + " it must be held by 2027-01-15 and its briefing pack was due by 2027-01-08;"
                    + " plan it now (`isms review new --type pre-audit`)"));
  }

  @Test
  void aPreAuditReviewIsNotLateWhileItsPackCanStillGoOut() {
    assertThat(withBookedAudit().checkAsOf("2026-11-24", "--rule", CADENCE)).succeeded();
  }

  @Test
  void aPreAuditReviewPlannedAfterTheAuditStartsIsAnErrorOnItsDate() {
    CheckFixture repo =
        withBookedAudit()
            .write(
                "reviews/2027-01-20-pre-audit/review.yaml",
                "id: 2027-01-20-pre-audit\ntype: pre-audit\ndate: 2027-01-20\nstatus: planned\n");

    List<Found> found =
        CheckFixture.problems(repo.checkAsOf("2027-01-12", "--rule", CADENCE, "--format", "json"));

    assertThat(found)
        .filteredOn(f -> f.message().contains("AUD-2027-01"))
        .extracting(Found::file, Found::message)
        .containsExactly(
            tuple(
                "reviews/2027-01-20-pre-audit/review.yaml",
                "the pre-audit review 2027-01-20-pre-audit is planned for 2027-01-20, but it is"
                    + " owed before the external audit AUD-2027-01 (Nordzert GmbH, 2027-01-18 to"
                    + " 2027-01-19): move it to a day between 2026-10-18 and 2027-01-17"));
  }

  @Test
  void anAuditThatStartedWithoutAPreAuditReviewIsAnErrorAndAHeldOneClearsIt() {
    CheckFixture repo = withBookedAudit();

    assertThat(
            CheckFixture.problems(
                repo.checkAsOf("2027-02-01", "--rule", CADENCE, "--format", "json")))
        .extracting(Found::message)
        .contains(
            "no pre-audit review was held before the external audit AUD-2027-01 (Nordzert GmbH,"
                + " 2027-01-18 to 2027-01-19); one held between 2026-10-18 and 2027-01-17 counts:"
                + " if it was held, record it (`isms review hold`); hold one before the next"
                + " external audit");

    repo.write(
        "reviews/2027-01-14-pre-audit/review.yaml",
        "id: 2027-01-14-pre-audit\ntype: pre-audit\ndate: 2027-01-14\nstatus: held\n"
            + "chair: Dana Ruiz\nattendees:\n  - {name: Dana Ruiz, role: CEO, present: true}\n");
    assertThat(
            CheckFixture.problems(
                repo.checkAsOf("2027-02-01", "--rule", CADENCE, "--format", "json")))
        .extracting(Found::message)
        .noneMatch(m -> m.contains("AUD-2027-01"));
  }

  @Test
  void anInternalAuditCallsForNoPreAuditReview() {
    CheckFixture repo =
        withBookedAudit().replace("audits/AUD-2027-01.yaml", "kind: external", "kind: internal");

    assertThat(
            CheckFixture.problems(
                repo.checkAsOf("2027-01-12", "--rule", CADENCE, "--format", "json")))
        .extracting(Found::message)
        .noneMatch(m -> m.contains("AUD-2027-01"));
  }
}
