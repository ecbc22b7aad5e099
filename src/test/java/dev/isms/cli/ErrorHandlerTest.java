package dev.isms.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.IsmsException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorHandlerTest {
  private static String report(IsmsException failure) {
    StringWriter text = new StringWriter();
    ErrorHandler.report(failure, false, new PrintWriter(text));
    return text.toString();
  }

  @Test
  void eachLineOfAMessageIsPrintedOnItsOwnIndentedUnderTheFirst() {
    String printed =
        report(new IsmsException(2, List.of("2 problems stop it:", "a.yaml: one", "b.yaml: two")));

    assertThat(printed.lines())
        .containsExactly("isms: 2 problems stop it:", "  a.yaml: one", "  b.yaml: two");
  }

  @Test
  void aLineBreakInsideALineStaysEscapedSoNoLineCanBeForged() {
    String printed =
        report(
            new IsmsException(
                2, List.of("headline", "title \"x\n::error::forged\u001b]0;t\u0007\"")));

    assertThat(printed.lines())
        .containsExactly("isms: headline", "  title \"x\\n::error::forged\\x1b]0;t\\x07\"");
  }
}
