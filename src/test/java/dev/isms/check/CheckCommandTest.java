package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import java.nio.file.Path;
import java.util.List;
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

    assertThat(rule)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains("--rule action-overdu: no such rule. Did you mean `action-overdue`?");
    assertThat(skip)
        .exitedWith(2)
        .errContains(
            "--skip kpi-stal: no such rule. Did you mean" + " `kpi-stale`?",
            "isms check --list-rules");
    assertThat(rule.out()).isEmpty();
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(CheckFixture.copy(temp).check("--format", "xml"))
        .exitedWith(2)
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
        CheckFixture.copy(temp)
            .replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31");

    assertThat(repo.check()).exitedWith(1);
    // the fixture has no Git history, so the rules that need it are skipped too
    List<Rule> rules = // the fixture lists no obligations, so their rules do not run
        RuleRegistry.builtIn().rules().stream().filter(r -> r.obligation().isEmpty()).toList();
    long needHistory = rules.stream().filter(r -> r.needs() == Rule.Needs.HISTORY).count();
    assertThat(repo.check("--skip", "action-overdue"))
        .succeeded()
        .outContains(
            "no problems found; "
                + (rules.size() - 1 - needHistory)
                + " rules run, "
                + needHistory
                + " skipped");
  }

  @Test
  void aRuleSwitchedOffInIsmsYamlIsRepeatedWithItsReason() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31")
            .replace(
                "isms.yaml",
                "policy:",
                "disabled_rules:\n  action-overdue: Actions are"
                    + " tracked in Jira, which pages the owners\npolicy:");

    CommandResult result = repo.check();

    assertThat(result)
        .succeeded()
        .outContains(
            "disabled [action-overdue] in isms.yaml: Actions are tracked in Jira, which"
                + " pages the owners")
        .outContains("1 disabled in isms.yaml (action-overdue)");
  }

  @Test
  void disablingARuleThatDoesNotExistIsAProblem() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "isms.yaml",
                "policy:",
                "disabled_rules:\n  kpi-stal: We review KPIs in the" + " BI tool instead\npolicy:");

    assertThat(CheckFixture.problems(repo.check("--format", "json")))
        .extracting(Found::rule, Found::severity, Found::file, Found::line, Found::message)
        .containsExactly(
            tuple(
                "unknown-rule",
                "error",
                "isms.yaml",
                repo.lineOf("isms.yaml", "kpi-stal"),
                "disabled_rules names `kpi-stal`, which is not a rule of isms check. Did you mean"
                    + " `kpi-stale`? Use one of: "
                    + String.join(", ", RuleRegistry.builtIn().ids())));
  }

  @Test
  void aDisabledRuleNeedsAWrittenReason() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "policy:", "disabled_rules:\n  kpi-stale: \"\"\npolicy:");

    assertThat(repo.check())
        .exitedWith(1)
        .outContains("isms.yaml:" + repo.lineOf("isms.yaml", "kpi-stale"));
  }

  @Test
  void ruleAndSkipThatLeaveNothingToRunAreAUsageError() {
    CheckFixture repo = CheckFixture.copy(temp);

    CommandResult same = repo.check("--rule", "minutes-late", "--skip", "minutes-late");
    CommandResult two =
        repo.check(
            "--rule",
            "kpi-stale",
            "--rule",
            "pack-late",
            "--skip",
            "pack-late",
            "--skip",
            "kpi-stale");

    assertThat(same)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains(
            "isms: --skip leaves out every rule chosen with --rule (minutes-late), so"
                + " there is nothing to check: drop the --skip of a rule you want, or leave out --skip");
    assertThat(same.out()).isEmpty();
    assertThat(two).exitedWith(2).errContains("(kpi-stale, pack-late), so there is nothing");
  }

  @Test
  void skippingEveryRuleIsAUsageError() {
    CheckFixture repo = CheckFixture.copy(temp);
    String[] args =
        RuleRegistry.builtIn().ids().stream()
            .flatMap(id -> java.util.stream.Stream.of("--skip", id))
            .toArray(String[]::new);

    assertThat(repo.check(args))
        .exitedWith(2)
        .errContains("isms: --skip leaves out every rule, so there is nothing to check");
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(
      strings = {
        "\"          x\"",
        "\"TBD TBD TBD\"",
        "\"TODO: TBD, n/a\"",
        "\"to be done later\"",
        "\"...........\""
      })
  void aReasonThatSaysNothingIsAProblemAndTheRuleStaysOn(String reason) throws Exception {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31")
            .replace(
                "isms.yaml",
                "policy:",
                "disabled_rules:\n  action-overdue: " + reason + "\npolicy:");

    CommandResult result = repo.check("--format", "json");

    assertThat(CheckFixture.problems(result))
        .extracting(Found::rule, Found::file, Found::line)
        .containsExactly(
            tuple("action-overdue", "actions/ACT-2026-014.yaml", 6),
            tuple("disabled-rule-reason", "isms.yaml", repo.lineOf("isms.yaml", "action-overdue")));
    assertThat(CheckFixture.problems(result).get(1).message())
        .startsWith("disabled_rules switches off `action-overdue` with the reason `")
        .endsWith(
            "which says nothing an auditor can accept, so the rule still runs: write why it"
                + " does not apply to this ISMS (at least 10 characters, no placeholder such as TBD),"
                + " or remove the entry");
    assertThat(disabledRules(result)).isEmpty();
  }

  @Test
  void anInvalidIsmsYamlIsAProblemAndTheRulesThatNeedItAreSkipped() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", "top_management: [CEO]\n", "")
            .replace("actions/ACT-2026-014.yaml", "due: 2026-12-31", "due: 2026-10-31");

    CommandResult result = repo.check();

    assertThat(result)
        .exitedWith(1)
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
            .replace(
                "reviews/2026-Q3/review.yaml",
                "present: true}\n  - {name: Marco",
                "present: false}\n  - {name: Marco")
            .replace(
                "reviews/2026-Q3/minutes.md",
                "| Dana Ruiz | CEO | yes |",
                "| Dana Ruiz | CEO | no |");

    assertThat(CheckFixture.problems(repo.check("--format", "json")))
        .extracting(Found::rule, Found::file)
        .containsExactly(
            tuple("invalid-value", "actions/ACT-2026-014.yaml"),
            tuple("top-management", "reviews/2026-Q3/review.yaml"));
  }

  private static com.fasterxml.jackson.databind.JsonNode disabledRules(CommandResult result)
      throws Exception {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(result.out())
        .get("disabled_rules");
  }
}
