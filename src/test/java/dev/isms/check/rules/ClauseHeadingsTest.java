package dev.isms.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Minutes headings carry a clause reference in the ways people write it. */
class ClauseHeadingsTest {
  @Test
  void aNumberedItemUnderALetterIsFoundHoweverItIsWritten() {
    Predicate<String> c1 = ClauseHeadings.refMatcher("9.3.2 c) 1)");

    assertThat(c1)
        .accepts(
            "9.3.2 c) 1) Customer satisfaction",
            "9.3.2 c)1) Customer satisfaction",
            "9.3.2(c)(1) Customer satisfaction",
            "9.3.2 c.1) Customer satisfaction",
            "Customer satisfaction (9.3.2 c) 1))")
        .rejects(
            "9.3.2 c) Information on the performance",
            "9.3.2 c) 2) The extent to which quality objectives have been met",
            "9.3.2 c) 10) Something else",
            "19.3.2 c) 1) Another clause");
  }

  @Test
  void aLetteredItemStillMatchesAsBefore() {
    assertThat(ClauseHeadings.refMatcher("9.3.2 d.1)"))
        .accepts("9.3.2 d.1) Nonconformities", "9.3.2(d.1) Nonconformities")
        .rejects("9.3.2 d) Feedback", "9.3.2 d.2) Monitoring");
  }
}
