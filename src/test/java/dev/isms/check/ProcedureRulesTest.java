package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.CommandResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's own inputs and results ({@code procedure:} in isms.yaml) are checked like the
 * standard's: review-inputs and review-results name them as the organisation's procedure.
 */
class ProcedureRulesTest {
  static final String MINUTES = "reviews/2026-Q3/minutes.md";
  static final String PROCEDURE =
      """
      procedure:
        inputs:
          - id: near-misses
            title: Near misses and lessons learned
            prompt: Record the near misses since the last review and the lessons drawn.
        results:
          - id: exceptions
            title: Approval of exceptions
            prompt: Record each exception to a control approved, with its justification and review date.
          - id: resources
            title: Resource needs
            prompt: Record the budget, staff and tools agreed.
      policy:
      """;

  @TempDir Path temp;

  private CheckFixture withProcedure() {
    return CheckFixture.copy(temp).replace("isms.yaml", "policy:\n", PROCEDURE);
  }

  @Test
  void anOwnInputMissingFromTheMinutesFailsReviewInputs() {
    CheckFixture repo = withProcedure();

    CommandResult result = repo.check("--rule", "review-inputs", "--format", "json");

    assertThat(result).exitedWith(1);
    List<Found> found = inQ3(CheckFixture.problems(result));
    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(
            tuple("review-inputs", "error", MINUTES, repo.lineOf(MINUTES, "## Results")));
    assertThat(found.get(0).message())
        .contains(
            "do not cover `Near misses and lessons learned` (the organisation's procedure)",
            "`### Near misses and lessons learned (the organisation's procedure)`",
            "record the near misses since the last review");
  }

  @Test
  void anOwnInputRecordedInTheMinutesPasses() {
    CheckFixture repo =
        withProcedure()
            .replace(
                MINUTES,
                "## Results (9.3.3)",
                "### Near misses and lessons learned (the organisation's procedure)\n\n"
                    + "Two near misses: a mis-sent invoice caught by DLP, a firewall change"
                    + " rolled back in review. Lesson: four-eyes on firewall changes.\n\n"
                    + "## Results (9.3.3)");

    assertThat(
            inQ3(CheckFixture.problems(repo.check("--rule", "review-inputs", "--format", "json"))))
        .isEmpty();
  }

  @Test
  void anOwnResultMissingFromTheMinutesFailsReviewResults() {
    CheckFixture repo = withProcedure();

    List<Found> found = inQ3(repo.problemsOf("review-results"));

    assertThat(found)
        .extracting(Found::severity, Found::message)
        .containsExactly(
            tuple(
                "error",
                "minutes of 2026-Q3 record no `Approval of exceptions` (the organisation's"
                    + " procedure): add a section headed `### Approval of exceptions (the"
                    + " organisation's procedure)`; record each exception to a control approved,"
                    + " with its justification and review date."));
  }

  @Test
  void aResultTheStandardDoesNotRequireBecomesRequiredWhenTheProcedureListsIt() {
    String empty = "\n\n<!-- Record the people, budget or tools agreed. -->\n\n";
    CheckFixture without =
        CheckFixture.copy(temp.resolve("a"))
            .replaceRegex(MINUTES, "(### Resource needs)\\n.*?(?=### Changes to)", "$1" + empty);
    CheckFixture with =
        CheckFixture.copy(temp.resolve("b"))
            .replace("isms.yaml", "policy:\n", PROCEDURE)
            .replace(
                MINUTES,
                "## Results (9.3.3)",
                "### Near misses and lessons learned\n\nNone reported this quarter; the"
                    + " phishing simulation is the next source.\n\n### Approval of exceptions\n\n"
                    + "Legacy VPN kept until 2026-12-31 for one clinic, approved by Dana Ruiz.\n\n"
                    + "## Results (9.3.3)")
            .replaceRegex(MINUTES, "(### Resource needs)\\n.*?(?=### Changes to)", "$1" + empty);

    assertThat(inQ3(without.problemsOf("review-results")))
        .extracting(Found::severity)
        .containsExactly("warning");
    assertThat(inQ3(with.problemsOf("review-results")))
        .extracting(Found::severity)
        .containsExactly("error");
  }

  @Test
  void anIdGivenTwiceIsAnInputError() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "isms.yaml",
                "policy:\n",
                """
                procedure:
                  inputs:
                    - {id: near-misses, title: Near misses, prompt: Record them.}
                    - {id: near-misses, title: Near misses again, prompt: Record them.}
                policy:
                """);

    CommandResult result = repo.check();

    assertThat(result)
        .exitedWith(1)
        .outContains(
            "isms.yaml:28:8: error [duplicate-id] procedure inputs use the id `near-misses` twice");
  }

  /** The fixture holds three held reviews; these tests edit the minutes of 2026-Q3. */
  private static List<Found> inQ3(List<Found> found) {
    return found.stream().filter(f -> f.file().equals(MINUTES)).toList();
  }
}
