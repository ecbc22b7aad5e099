package dev.isms.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** The labelled result headings `review new` writes are found again by `check`. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "iso27001-2022",
        "iso27001-2013",
        "iso9001-2015",
        "iso42001-2023",
        "iso22301-2019",
        "iso27001-2022+iso9001-2015",
        "iso27001-2022+iso42001-2023+iso22301-2019"
      })
  void everyScaffoldedResultHeadingIsFoundByItsTitle(String framework) {
    ClauseSet set = new FrameworkCatalog().find(framework).orElseThrow();
    StringBuilder md = new StringBuilder("# Minutes\n\n## Results\n");
    for (Clause r : set.results()) {
      md.append("\n### ").append(r.resultHeading()).append("\n\nRecorded.\n");
    }
    Minutes minutes = Minutes.parse(md.toString());
    ClauseHeadings headings = new ClauseHeadings(minutes, set);

    List<String> found =
        set.results().stream()
            .map(r -> headings.result(r).map(Heading::text).orElse("none for " + r.title()))
            .toList();

    assertThat(found)
        .containsExactlyElementsOf(set.results().stream().map(Clause::resultHeading).toList());
  }
}
