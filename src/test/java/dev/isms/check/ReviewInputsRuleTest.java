package dev.isms.check;

import static dev.isms.check.CheckFixture.problems;
import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CompleteMinutes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewInputsRuleTest {
  static final String RULE = "review-inputs";
  static final String MINUTES = "reviews/2026-Q3/minutes.md";

  /** The whole section of input c), up to the heading of d). */
  static final String SECTION_C = "### 9\\.3\\.2 c\\).*?(?=### 9\\.3\\.2 d\\))";

  @TempDir Path temp;

  @Test
  void minutesThatCoverEveryInputPass() {
    CheckFixture repo = CheckFixture.copy(temp);

    CommandResult result = repo.check("--rule", RULE);

    assertThat(result).succeeded().outContains("isms check: no problems found; 1 rule run");
  }

  @Test
  void aMissingInputIsAnErrorWhereItsSectionBelongs() {
    CheckFixture repo = CheckFixture.copy(temp).replaceRegex(MINUTES, SECTION_C, "");

    CommandResult result = repo.check("--rule", RULE, "--format", "json");

    assertThat(result).exitedWith(1);
    List<Found> found = problems(result);
    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple(RULE, "error", MINUTES, repo.lineOf(MINUTES, "### 9.3.2 d)")));
    assertThat(found.get(0).message())
        .contains(
            "minutes of 2026-Q3 do not cover 9.3.2 c) changes in needs and expectations of"
                + " interested parties")
        .contains("add a section headed `### 9.3.2 c) ...`");
  }

  @Test
  void aSectionWithOnlyTheTemplatesPromptDoesNotCount() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replaceRegex(
                MINUTES,
                "(### 9\\.3\\.2 e\\)[^\\n]*\\n<!--[^\\n]*-->\\n).*?(?=### 9\\.3\\.2 f\\))",
                "$1\n   \n");

    List<Found> found = repo.problemsOf(RULE);

    assertThat(found)
        .extracting(Found::severity, Found::line)
        .containsExactly(tuple("error", repo.lineOf(MINUTES, "### 9.3.2 e)")));
    assertThat(found.get(0).message())
        .contains("9.3.2 e) feedback from interested parties", "nothing but the template's prompt");
  }

  @Test
  void thePromptWrittenOutAsTextDoesNotCountEither() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replaceRegex(
                MINUTES,
                "(### 9\\.3\\.2 g\\)[^\\n]*\\n)<!--[^\\n]*-->\\n.*?(?=## Results)",
                "$1_Record the improvement opportunities considered and which ones management"
                    + " takes up._\n\n");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .singleElement()
        .satisfies(t -> assertThat(t.toList().get(1).toString()).contains("9.3.2 g)", "prompt"));
  }

  @Test
  void aBareNotApplicableIsAnErrorButOneWithAReasonCounts() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "N/A: no audit took place since the last review; the surveillance"
                    + " audit is planned for February.",
                "N/A");

    List<Found> bare = repo.problemsOf(RULE);

    assertThat(bare).extracting(Found::line).containsExactly(repo.lineOf(MINUTES, "d.3) Audit"));
    assertThat(bare.get(0).message())
        .contains("9.3.2 d) 3) audit results", "says only `N/A`", "give the reason");

    repo.replace(MINUTES, "\nN/A\n", "\nN/A - no audit took place this quarter.\n");

    assertThat(repo.check("--rule", RULE)).succeeded();
  }

  @Test
  void aNoChangeClaimIsNotJudgedAsProseButCannotBeVerifiedWithoutHistory() {
    // given minutes that record 9.3.2 e) as unchanged since the previous held review, outside Git
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "One customer questionnaire asked about our subprocessors; answered"
                    + " within five days.",
                "No change since review 2026-08-12-adhoc.");

    // when checked, then it is not an empty or vague section, but a claim history must prove
    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::message)
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.toList())
                    .containsExactly(
                        "warning",
                        "the section on 9.3.2 e) says `No change since review 2026-08-12-adhoc`,"
                            + " which cannot be verified without the full Git history: run the"
                            + " check in a full clone, or record what management considered"));
  }

  @Test
  void aNoChangeClaimNamingNoEarlierHeldReviewIsAnError() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "One customer questionnaire asked about our subprocessors; answered"
                    + " within five days.",
                "No change since review 2026-Q4.");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::message)
        .singleElement()
        .satisfies(
            t ->
                assertThat(t.toList())
                    .containsExactly(
                        "error",
                        "the section on 9.3.2 e) says `No change since review 2026-Q4`, but there"
                            + " is no review 2026-Q4: name an earlier held review, or record what"
                            + " management considered"));
  }

  @Test
  void aPlaceholderIsAnError() {
    CheckFixture repo =
        CheckFixture.copy(temp).replace(MINUTES, "OBJ-MFA is on track; OBJ-BACKUP is met.", "TBD");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::severity, Found::message)
        .singleElement()
        .satisfies(t -> assertThat(t.toList().get(1).toString()).contains("placeholder `TBD`"));
  }

  @Test
  void aVagueInputIsAWarningThatFailsOnlyWithStrict() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "One customer questionnaire asked about our subprocessors; answered"
                    + " within five days.",
                "Security was discussed.");

    CommandResult lenient = repo.check("--rule", RULE);
    CommandResult strict = repo.check("--rule", RULE, "--strict");

    assertThat(lenient)
        .succeeded()
        .outContains(
            MINUTES
                + ":"
                + repo.lineOf(MINUTES, "### 9.3.2 e)")
                + ": warning ["
                + RULE
                + "] the section on 9.3.2 e) feedback from interested parties says only `Security was"
                + " discussed.`");
    assertThat(strict).exitedWith(1).outContains("(--strict: warnings fail the check)");
  }

  @Test
  void aHeldReviewWithoutMinutesIsAnErrorOnItsStatus() {
    CheckFixture repo = CheckFixture.copy(temp).delete(MINUTES);

    List<Found> found = repo.problemsOf(RULE);

    String review = "reviews/2026-Q3/review.yaml";
    assertThat(found)
        .extracting(Found::file, Found::line)
        .containsExactly(tuple(review, repo.lineOf(review, "status: approved")));
    assertThat(found.get(0).message()).contains("is approved but has no minutes", MINUTES);
  }

  @Test
  void aPlannedReviewNeedsNoMinutesYet() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .write(
                "reviews/2026-Q4/review.yaml",
                "id: 2026-Q4\ntype: quarterly\ndate: 2026-12-15\n" + "status: planned\n");

    assertThat(repo.check("--rule", RULE)).succeeded();
  }

  @Test
  void headingsAreFoundByTheirClauseReferenceHoweverWritten() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                MINUTES,
                "### 9.3.2 c) Changes in needs",
                "### Interested parties (9.3.2(c)): changes in needs")
            .replace(MINUTES, "### 9.3.2 b) Changes", "### 9.3.2 (b) changes");

    assertThat(repo.check("--rule", RULE)).succeeded();
  }

  @Test
  void aHeadingInsideACodeBlockOrCommentIsNotASection() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replaceRegex(
                MINUTES,
                SECTION_C,
                "```\n### 9.3.2 c) Changes in needs\nwritten later\n```\n\n"
                    + "<!--\n### 9.3.2 c) Changes in needs\n-->\n\n");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("do not cover 9.3.2 c)");
  }

  @Test
  void aReviewFollowsItsOwnFramework() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "reviews/2026-annual/review.yaml",
                "type: annual",
                "type: annual\n" + "framework: iso27001-2013")
            .write(
                "reviews/2026-annual/minutes.md",
                CompleteMinutes.of("2026-annual", "iso27001-2013"));

    assertThat(repo.check("--rule", RULE)).succeeded();

    repo.write(
        "reviews/2026-annual/minutes.md", CompleteMinutes.of("2026-annual", "iso27001-2022"));

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::message)
        .allSatisfy(m -> assertThat(m).contains("2026-annual do not cover 9.3 "))
        .hasSize(9);
  }

  @Test
  void aScaffoldedReviewMarkedHeldWithoutMinutesWrittenFailsEveryInput() {
    CheckFixture repo = CheckFixture.copy(temp);
    assertThat(
            dev.isms.testing.Cli.run(
                "-C",
                repo.root.toString(),
                "review",
                "new",
                "--type",
                "quarterly",
                "--id",
                "2026-11-adhoc-test",
                "--date",
                "2026-11-20",
                "--no-commit",
                "--as-of",
                "2026-11-16"))
        .succeeded();
    String minutes = "reviews/2026-11-adhoc-test/minutes.md";
    repo.replace("reviews/2026-11-adhoc-test/review.yaml", "status: planned", "status: held");

    List<Found> found = repo.problemsOf(RULE);

    assertThat(found).extracting(Found::file).containsOnly(minutes);
    assertThat(found)
        .extracting(Found::message)
        .hasSize(10)
        .allSatisfy(m -> assertThat(m).contains("holds nothing but the template's prompt"));
    assertThat(found)
        .extracting(Found::line)
        .contains(repo.lineOf(minutes, "9.3.2 a)"), repo.lineOf(minutes, "9.3.2 g)"));
  }

  static final String ADHOC = "reviews/2026-08-12-adhoc/minutes.md";

  @Test
  void theMinutesOfAReviewCalledByAnIncidentRecordTheTrigger() {
    CheckFixture repo =
        CheckFixture.copy(temp).replaceRegex(ADHOC, "## Trigger: INC-2026-007.*?(?=## Inputs)", "");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                ADHOC,
                repo.lineOf(ADHOC, "## Attendance"),
                "minutes of 2026-08-12-adhoc do not record its trigger INC-2026-007: add a section"
                    + " `## Trigger: INC-2026-007` with `### Root cause`, `### Lessons learned`,"
                    + " `### Decisions` (what the review was called for)"));
  }

  @Test
  void eachPartOfTheTriggerIsJudgedLikeAnInput() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                ADHOC,
                "Public certificates need an owner and expiry monitoring; emergency changes need"
                    + " peer review.\n",
                "")
            .replaceRegex(ADHOC, "### Decisions\n.*?(?=## Inputs)", "");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf(ADHOC, "## Trigger"),
                "the section on the trigger INC-2026-007 has no `### Decisions`: add it and record"
                    + " the decisions of INC-2026-007"),
            tuple(
                repo.lineOf(ADHOC, "### Lessons learned"),
                "the section on lessons learned of INC-2026-007 holds nothing but the template's"
                    + " prompt: record what management considered, or write `N/A: <reason>`"));
  }

  @Test
  void aPreAuditReviewRecordsTheOpenFindings() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "  quarterly:\n", "  quarterly:\n    before_audit: true\n");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::file, Found::message)
        .containsExactly(
            tuple(
                MINUTES,
                "minutes of pre-audit review 2026-Q3 have no section `## Open audit findings`:"
                    + " record the state of each open audit finding before the audit (or `N/A:"
                    + " <reason>` if none is open)"));

    repo.replace(
        MINUTES,
        "## Inputs (9.3.2)",
        "## Open audit findings\n\nN/A: no audit finding was open on the day of the review.\n\n"
            + "## Inputs (9.3.2)");
    assertThat(repo.check("--rule", RULE)).succeeded();
  }
}
