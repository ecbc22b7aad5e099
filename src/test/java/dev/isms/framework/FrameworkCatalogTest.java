package dev.isms.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.IsmsException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Clause sets are validated as they load, so a typo in one is an error, not a silent gap. */
class FrameworkCatalogTest {
  private static final String VALID =
      """
      id: test-2024
      title: Test standard
      clause: "9.3"
      inputs:
        - id: a
          ref: 9.3 a)
          title: status of actions
          data: actions
      results:
        - id: actions
          kind: actions
          title: Actions
        - id: conclusion
          kind: conclusion
          title: Conclusion
      """;

  private static ClauseSet parse(String yaml) throws Exception {
    return FrameworkCatalog.parse(
        "frameworks/test-2024.yaml",
        "test-2024",
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void everyBundledClauseSetLoadsAndIsFoundByItsFileName() {
    FrameworkCatalog catalog = new FrameworkCatalog();

    assertThat(catalog.ids()).contains("iso27001-2013", "iso27001-2022");
    for (String id : catalog.ids()) {
      assertThat(catalog.find(id)).get().extracting(ClauseSet::id).isEqualTo(id);
    }
  }

  @Test
  void aValidSetGivesTypedFeedsAndResultKinds() throws Exception {
    ClauseSet set = parse(VALID);

    assertThat(set.inputFedBy(Feed.ACTIONS)).get().extracting(Clause::ref).isEqualTo("9.3 a)");
    assertThat(set.result(ResultKind.CONCLUSION))
        .get()
        .extracting(Clause::isRequired)
        .isEqualTo(true);
  }

  @Test
  void aMisspeltDataKeyStopsTheLoadNamingTheLineAndTheKeys() {
    String yaml = VALID.replace("data: actions", "data: action");

    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(IsmsException.class)
        .hasMessageStartingWith("the clause set frameworks/test-2024.yaml:8: ")
        .hasMessageContaining("unknown `data` key `action`: use one of actions, context-changes");
  }

  @Test
  void aMisspeltFieldNameStopsTheLoad() {
    String yaml = VALID.replace("data: actions", "dat: actions");

    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(IsmsException.class)
        .hasMessageContaining(":8: unknown key `dat`");
  }

  @Test
  void anUnknownResultKindStopsTheLoad() {
    String yaml = VALID.replace("kind: conclusion", "kind: verdict");

    assertThatThrownBy(() -> parse(yaml))
        .hasMessageContaining(
            "unknown result `kind` `verdict`: use one of decision, actions, conclusion");
  }

  @Test
  void resultsNeedOneActionsTableAndOneConclusion() {
    String yaml = VALID.replace("kind: conclusion", "kind: decision");

    assertThatThrownBy(() -> parse(yaml))
        .hasMessage(
            "the clause set frameworks/test-2024.yaml is invalid: it has 0 results of kind"
                + " `conclusion`: give exactly one result `kind: conclusion`");
  }

  @Test
  void theIdMustMatchTheFileName() {
    assertThatThrownBy(
            () ->
                FrameworkCatalog.problems("other", parse(VALID))
                    .forEach(
                        p -> {
                          throw new IllegalStateException(p);
                        }))
        .hasMessage("its id is `test-2024`: make it `other`, as the file is named");
  }

  @Test
  void aRepeatedInputIdIsAProblem() {
    String yaml =
        VALID.replace("results:", "  - id: a\n    ref: 9.3 b)\n    title: again\nresults:");

    assertThatThrownBy(() -> parse(yaml)).hasMessageEndingWith("the input id `a` is used twice");
  }
}
