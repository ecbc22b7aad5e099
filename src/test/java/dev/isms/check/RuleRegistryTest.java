package dev.isms.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.problem.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class RuleRegistryTest {
  @Test
  void everyBuiltInRuleHasItsOwnIdAndIsDocumentedWithItsSeverity() throws IOException {
    // given
    String guide = Files.readString(Path.of("docs/rules.md"), StandardCharsets.UTF_8);

    // when
    RuleRegistry registry = RuleRegistry.builtIn();

    // then
    assertThat(new HashSet<>(registry.ids())).hasSameSizeAs(registry.ids());
    assertThat(registry.rules())
        .allSatisfy(
            rule ->
                assertThat(guide)
                    .as("docs/rules.md has a section on %s with its severity", rule.id())
                    .contains(
                        "## " + rule.id() + "\n\nSeverity: **" + rule.severity().label() + "**."));
  }

  @Test
  void ruleInfoRefusesAnIdUsersCouldNotType() {
    assertThatThrownBy(
            () -> new RuleInfo("Kpi Stale", Severity.WARNING, "finds", "fix", Rule.Needs.ITEMS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Kpi Stale");
    assertThatThrownBy(() -> new RuleInfo("kpi-x", Severity.WARNING, " ", "fix", Rule.Needs.ITEMS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRuleAnswersWithItsInfo() {
    RuleInfo info = new RuleInfo("demo-rule", Severity.ERROR, "finds", "fix", Rule.Needs.HISTORY);
    Rule rule =
        new AbstractRule(info) {
          @Override
          public void check(CheckContext context, Findings findings) {}
        };

    assertThat(rule.info()).isSameAs(info);
    assertThat(rule.id()).isEqualTo("demo-rule");
    assertThat(rule.severity()).isEqualTo(Severity.ERROR);
    assertThat(rule.summary()).isEqualTo("finds");
    assertThat(rule.help()).isEqualTo("fix");
    assertThat(rule.needs()).isEqualTo(Rule.Needs.HISTORY);
  }
}
