package dev.isms.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColourTest {
  @Test
  void autoColoursOnlyATerminalWithoutNoColorOrADumbTerm() {
    assertThat(Colour.AUTO.enabled(true, Map.of("TERM", "xterm-256color"))).isTrue();
    assertThat(Colour.AUTO.enabled(false, Map.of("TERM", "xterm-256color"))).isFalse();
    assertThat(Colour.AUTO.enabled(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(Colour.AUTO.enabled(true, Map.of("NO_COLOR", ""))).isTrue();
    assertThat(Colour.AUTO.enabled(true, Map.of("TERM", "dumb"))).isFalse();
  }

  @Test
  void alwaysAndNeverOverrideTheTerminal() {
    assertThat(Colour.ALWAYS.enabled(false, Map.of("NO_COLOR", "1"))).isTrue();
    assertThat(Colour.NEVER.enabled(true, Map.of())).isFalse();
  }
}
