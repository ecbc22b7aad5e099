package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.ReportParsers.Reported;
import dev.isms.check.report.ReportFormat;
import dev.isms.testing.CommandResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled example as its README describes it: exactly the deliberate problems, and, on a copy,
 * each of three typical slips (an action's due date in the past, an input's section deleted from
 * the latest minutes, the CEO marked absent) makes the check fail with one precise new problem in
 * every format.
 */
class ExampleCheckTest {
  static final Path EXAMPLE = Path.of("examples/denialbase");
  static final String Q3_MINUTES = "reviews/2026-Q3/minutes.md";
  static final String Q3_REVIEW = "reviews/2026-Q3/review.yaml";

  @TempDir Path temp;

  @Test
  void theExampleShowsExactlyTheProblemsItsReadmeLists() throws Exception {
    CheckFixture example = CheckFixture.copy(EXAMPLE, temp.resolve("denialbase"));

    CommandResult result = example.check("--format", "json");

    assertThat(result).exitedWith(1);
    assertThat(ReportParsers.json(result.out()))
        .extracting(Reported::rule, Reported::severity, Reported::file)
        .containsExactlyInAnyOrder(
            tuple("action-overdue", "error", "actions/ACT-2025-031.yaml"),
            tuple("action-overdue", "error", "actions/ACT-2026-004.yaml"),
            tuple("action-overdue", "error", "actions/ACT-2026-024.yaml"),
            tuple("action-overdue", "error", "actions/ACT-2026-014.yaml"),
            tuple("action-carried-over", "warning", "actions/ACT-2025-031.yaml"),
            tuple("action-carried-over", "warning", "actions/ACT-2026-004.yaml"),
            tuple("kpi-stale", "warning", "kpis/KPI-BACKUP-VERIFY.yaml"),
            tuple("risk-treatment-overdue", "error", "risks/R-001.yaml"),
            tuple("review-inputs", "error", Q3_MINUTES),
            tuple("minutes-unapproved", "error", "reviews/2026-08-12-adhoc/review.yaml"),
            tuple("minutes-unapproved", "error", Q3_REVIEW),
            tuple("review-results", "warning", Q3_MINUTES),
            tuple("review-after-trigger", "error", "incidents/INC-2026-004.yaml"),
            tuple("review-after-trigger", "error", "changes/CHG-2026-008.yaml"));
    assertThat(ReportParsers.json(result.out()))
        .extracting(Reported::message)
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("ACT-2025-031 \"Build an immutable backup vault")
                    .contains("147 days overdue (owner: Marco Diaz, status: escalated)"))
        .anySatisfy(m -> assertThat(m).contains("ACT-2026-004").contains("116 days overdue"))
        .anySatisfy(m -> assertThat(m).contains("ACT-2026-024").contains("40 days overdue"))
        .anySatisfy(m -> assertThat(m).contains("ACT-2026-014").contains("24 days overdue"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "is carried over: past due at held reviews 2026-08-12-adhoc, 2026-Q3;"
                            + " open at 3 held reviews with a cadence (2026-Q1, 2026-Q2,"
                            + " 2026-Q3)"))
        .noneSatisfy(m -> assertThat(m).contains("ACT-2026-014").contains("is carried over"))
        .anySatisfy(
            m -> assertThat(m).contains("no measurement for 2026-Q3").contains("latest: 2026-Q2"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith(
                        "R-001 \"Phishing compromise of administrator"
                            + " accounts\" (score 15, high, owner: Priya Shah) was to be treated by 2026-10-31 and"
                            + " is still open 24 days later"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "do not cover 9.3.2 c) changes in needs and"
                            + " expectations of interested parties"))
        .anySatisfy(m -> assertThat(m).contains("says only `Continue current approach.`"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains(
                        "the minutes of review 2026-Q3 (meeting 2026-09-15, 70 days ago) are"
                            + " not approved"));
  }

  /** One slip made on a copy of the example, and what the check must then say. */
  enum Slip {
    ACTION_DUE_IN_THE_PAST("actions/ACT-2026-025.yaml", "action-overdue") {
      @Override
      void make(CheckFixture repo) {
        repo.replace(file, "due: 2026-12-18", "due: 2026-11-01");
      }

      @Override
      int line(CheckFixture repo) {
        return repo.lineOf(file, "due:");
      }

      @Override
      String message() {
        return "was due 2026-11-01 and is 23 days overdue (owner: ";
      }
    },
    INPUT_DELETED_FROM_THE_LATEST_MINUTES(Q3_MINUTES, "review-inputs") {
      @Override
      void make(CheckFixture repo) {
        repo.replaceRegex(file, "### 9\\.3\\.2 e\\).*?(?=### 9\\.3\\.2 f\\))", "");
      }

      @Override
      int line(CheckFixture repo) {
        return repo.lineOf(file, "### 9.3.2 f)");
      }

      @Override
      String message() {
        return "minutes of 2026-Q3 do not cover 9.3.2 e) feedback from interested parties: add a"
            + " section headed `### 9.3.2 e) ...`";
      }
    },
    CEO_MARKED_ABSENT(Q3_REVIEW, "top-management") {
      @Override
      void make(CheckFixture repo) {
        repo.replace(
            file,
            "{name: Dana Ruiz, role: CEO, present: true,",
            "{name: Dana Ruiz, role: CEO, present: false,");
        repo.replace(
            Q3_MINUTES,
            "| Dana Ruiz | CEO (top management) | yes |",
            "| Dana Ruiz | CEO (top management) | no |");
      }

      @Override
      int line(CheckFixture repo) {
        return repo.lineOf(file, "Dana Ruiz");
      }

      @Override
      String message() {
        return "review 2026-Q3 was held without top management: Dana Ruiz (CEO) is marked absent";
      }
    };

    final String file;
    final String rule;

    Slip(String file, String rule) {
      this.file = file;
      this.rule = rule;
    }

    abstract void make(CheckFixture repo);

    abstract int line(CheckFixture repo);

    abstract String message();
  }

  static Stream<Arguments> slipsAndFormats() {
    List<Arguments> all = new ArrayList<>();
    for (Slip slip : Slip.values()) {
      for (ReportFormat format : ReportFormat.values()) {
        all.add(Arguments.of(slip, format));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("slipsAndFormats")
  void eachSlipFailsTheCheckWithOnePreciseNewProblem(Slip slip, ReportFormat format)
      throws Exception {
    CheckFixture repo = CheckFixture.copy(EXAMPLE, temp.resolve("denialbase"));
    String name = format.name().toLowerCase(Locale.ROOT);
    List<Reported> before = ReportParsers.parse(format, repo.check("--format", name).out());

    slip.make(repo);
    CommandResult after = repo.check("--format", name);

    assertThat(after).exitedWith(1).hasNoStackTrace();
    // what was there before may have moved to other lines: compare all but the line
    List<Reported> added = new ArrayList<>(ReportParsers.parse(format, after.out()));
    added.removeIf(
        p ->
            before.stream()
                .anyMatch(
                    b ->
                        b.rule().equals(p.rule())
                            && b.severity().equals(p.severity())
                            && b.file().equals(p.file())
                            && b.message().equals(p.message())));
    assertThat(added)
        .extracting(Reported::rule, Reported::severity, Reported::file, Reported::line)
        .containsExactly(tuple(slip.rule, "error", slip.file, slip.line(repo)));
    assertThat(added.get(0).message()).contains(slip.message());
  }
}
