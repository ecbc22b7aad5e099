package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options of `isms check` and what isms.yaml may switch off. */
class CheckCommandTest {
  @TempDir Path temp;

  @Test
  void anUnknownRuleIsAUsageErrorWithASuggestion() {
    CheckFixture repo = CheckFixture.copy(temp);

    CommandResult rule = repo.check("--rule", "action-overdu");
    CommandResult skip = repo.check("--skip", "kpi-stal");

    assertThat(rule).exitedWith(2).hasNoStackTrace()
        .errContains("--rule action-overdu: no such rule. Did you mean `action-overdue`?");
    assertThat(skip).exitedWith(2).errContains("--skip kpi-stal: no such rule. Did you mean"
        + " `kpi-stale`?", "isms check --list-rules");
    assertThat(rule.out()).isEmpty();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(CheckFixture.copy(temp).check("--format", "xml")).exitedWith(2)
        .errContains("--format", "xml");
  }

  @Test
  void listRulesNamesEveryRuleWithItsSeverity() {
    CommandResult result = Cli.run("check", "--list-rules");

    assertThat(result).succeeded();
    assertThat(result.out().lines().map(l -> l.split("\\s+")[0]))
        .containsExactlyElementsOf(RuleRegistry.builtIn().ids());
    assertThat(result.out()).contains("kpi-stale                warning  A KPI has no measurement");
  }

  @Test
  void skipLeavesARuleOut() {
    CheckFixture repo =
        CheckFixture.copy(temp).replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31");

    assertThat(repo.check()).exitedWith(1);
    assertThat(repo.check("--skip", "action-overdue")).succeeded()
        .outContains("no problems found; 9 rules run, 2 skipped");
  }

  @Test
  void aRuleSwitchedOffInIsmsYamlIsRepeatedWithItsReason() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31")
            .replace("isms.yaml", "policy:", "disabled_rules:\n  action-overdue: Actions are"
                + " tracked in Jira, which pages the owners\npolicy:");

    CommandResult result = repo.check();

    assertThat(result).succeeded()
        .outContains("disabled [action-overdue] in isms.yaml: Actions are tracked in Jira, which"
            + " pages the owners")
        .outContains("1 disabled in isms.yaml (action-overdue)");
  }

  @Test
  void disablingARuleThatDoesNotExistIsAProblem() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "policy:", "disabled_rules:\n  kpi-stal: We review KPIs in the"
                + " BI tool instead\npolicy:");

    assertThat(CheckFixture.problems(repo.check("--format", "json")))
        .extracting(Found::rule, Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(tuple("unknown-rule", "error", "isms.yaml", repo.lineOf("isms.yaml", "kpi-stal"),
            "disabled_rules names `kpi-stal`, which is not a rule of isms check. Did you mean"
                + " `kpi-stale`? Use one of: " + String.join(", ", RuleRegistry.builtIn().ids())));
  }

  @Test
  void aDisabledRuleNeedsAWrittenReason() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "policy:", "disabled_rules:\n  kpi-stale: \"\"\npolicy:");

    assertThat(repo.check()).exitedWith(1).outContains("isms.yaml:" + repo.lineOf("isms.yaml", "kpi-stale"));
  }

  @Test
  void anInvalidIsmsYamlIsAProblemAndTheRulesThatNeedItAreSkipped() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "top_management: [CEO]\n", "")
            .replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31");

    CommandResult result = repo.check();

    assertThat(result).exitedWith(1)
        .outContains("isms.yaml:1:1: error [missing-field]")
        .outContains("actions/ACT-2026-014.yaml:6:1: error [action-overdue]")
        .outContains("note [top-management] skipped: isms.yaml is invalid")
        .outContains("note [review-inputs] skipped: isms.yaml is invalid");
  }

  @Test
  void anInvalidItemIsLeftToTheLoaderAndTheRestIsStillChecked() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("actions/ACT-2026-014.yaml", "status: in-progress", "status: doing")
            .replace("reviews/2026-Q3/review.yaml", "present: true}\n  - {name: Marco",
                "present: false}\n  - {name: Marco");

    assertThat(CheckFixture.problems(repo.check("--format", "json")))
        .extracting(Found::rule, Found::file)
        .containsExactly(
            tuple("invalid-value", "actions/ACT-2026-014.yaml"),
            tuple("top-management", "reviews/2026-Q3/review.yaml"));
  }
}
