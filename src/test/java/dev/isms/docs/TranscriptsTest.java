package dev.isms.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.docs.Transcripts.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptsTest {
  @Test
  void aTranscriptIsCommandsWithTheirOutputAndExitCodes() {
    List<String> block =
        List.of(
            "$ isms demo /tmp/denialbase && cd /tmp/denialbase",
            "$ isms action new --title \"Restore tests\" \\",
            "    --owner 'Platform Lead'",
            "actions/ACT-2026-030.yaml: new",
            "$ isms check --quiet",
            "isms check: 8 errors",
            "$ echo $?",
            "1");

    List<Step> steps = Transcripts.steps(block);

    assertThat(steps)
        .containsExactly(
            new Step("isms demo /tmp/denialbase && cd /tmp/denialbase", List.of(), 0),
            new Step(
                "isms action new --title \"Restore tests\"  --owner 'Platform Lead'",
                List.of("actions/ACT-2026-030.yaml: new"),
                0),
            new Step("isms check --quiet", List.of("isms check: 8 errors"), 1));
  }

  @Test
  void wordsAreSplitAsAShellSplitsThem() {
    assertThat(Transcripts.words("isms init compliance --org \"Denialbase GmbH\" && cd x"))
        .containsExactly("isms", "init", "compliance", "--org", "Denialbase GmbH", "&&", "cd", "x");
    assertThat(Transcripts.words("isms check --format sarif > isms.sarif"))
        .containsExactly("isms", "check", "--format", "sarif", ">", "isms.sarif");
    assertThat(Transcripts.words("source <(isms completion)"))
        .containsExactly("source", "<(", "isms", "completion", ")");
    assertThat(Transcripts.words("a 'it''s' \"say \\\"hi\\\"\" b\\ c"))
        .containsExactly("a", "its", "say \"hi\"", "b c");
  }

  @Test
  void anEllipsisLineStandsForAnyLinesAndNothingElseIsLoose() {
    List<String> actual = List.of("one", "two", "three", "four");

    assertThat(Transcripts.matches(List.of("one", "...", "four"), actual)).isTrue();
    assertThat(Transcripts.matches(List.of("...", "three", "four"), actual)).isTrue();
    assertThat(Transcripts.matches(List.of("one", "two", "three", "four", "..."), actual)).isTrue();
    assertThat(Transcripts.matches(List.of("one", "two", "three"), actual)).isFalse();
    assertThat(Transcripts.matches(List.of("one", "...", "five"), actual)).isFalse();
    assertThat(Transcripts.matches(List.of("one", "three", "..."), actual)).isFalse();
    assertThat(Transcripts.matches(List.of(), List.of("printed"))).isFalse();
  }

  @Test
  void anEllipsisWithinALineStandsForAnyText() {
    assertThat(
            Transcripts.lineMatches(
                "isms check: 8 errors; ... rules run", "isms check: 8 errors; 21 rules run"))
        .isTrue();
    assertThat(
            Transcripts.lineMatches("a `### 9.3.2 c) ...` section", "a `### 9.3.2 c) ...` section"))
        .isTrue();
    assertThat(
            Transcripts.lineMatches(
                "isms check: 8 errors; ... rules run", "isms check: 7 errors; 21 rules run"))
        .isFalse();
    assertThat(Transcripts.lineMatches("(a+b)", "(a+b)")).isTrue();
    assertThat(Transcripts.lineMatches("(a+b)", "aab")).isFalse();
  }
}
