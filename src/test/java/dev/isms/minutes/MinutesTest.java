package dev.isms.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MinutesTest {
  static final String MINUTES =
      """
      # Minutes

      ## Inputs

      ### A first input
      <!-- the template's prompt,
           over two lines -->

      ### A second input
      <!-- prompt --> Said <!-- inline --> something.

      #### A detail
      More under the detail.

      ```
      ### not a heading
      ```

      ## Results

      | ID | Owner | Due |
      |---|---|---|
      | A-1 | Priya | 2026-12-01 |
      | A-2 |  | |
      """;

  @Test
  void headingsComeFromTheAstWithTheirLines() {
    Minutes minutes = Minutes.parse(MINUTES);

    assertThat(minutes.headings())
        .extracting(Heading::level, Heading::text, Heading::line)
        .containsExactly(
            tuple(1, "Minutes", 1),
            tuple(2, "Inputs", 3),
            tuple(3, "A first input", 5),
            tuple(3, "A second input", 9),
            tuple(4, "A detail", 12),
            tuple(2, "Results", 19));
  }

  @Test
  void aSectionsTextLeavesOutCommentsAndSubHeadingTitles() {
    Minutes minutes = Minutes.parse(MINUTES);

    Section first = minutes.section(minutes.headings().get(2), h -> false);
    Section second = minutes.section(minutes.headings().get(3), h -> false);
    Section cut = minutes.section(minutes.headings().get(3), h -> h.text().equals("A detail"));

    assertThat(first.isBlank()).isTrue();
    assertThat(second.text()).isEqualTo("Said something. More under the detail. ### not a heading");
    assertThat(cut.text()).isEqualTo("Said something.");
  }

  @Test
  void tablesKeepHeaderAndRowsWithLines() {
    Minutes minutes = Minutes.parse(MINUTES);

    Section results = minutes.section(minutes.headings().get(5), h -> false);

    Table table = results.tables().get(0);
    assertThat(table.header()).containsExactly("ID", "Owner", "Due");
    assertThat(table.column("due", "due date")).contains(2);
    assertThat(table.rows())
        .extracting(r -> r.cell(0), r -> r.cell(1), Table.Row::line)
        .containsExactly(tuple("A-1", "Priya", 23), tuple("A-2", "", 24));
    assertThat(results.text()).isEqualTo("A-1 Priya 2026-12-01 A-2");
  }

  @Test
  void mentionsFindsWholeIdsOutsideComments() {
    Minutes minutes = Minutes.parse("R-007 is on track.\n\n<!-- R-008 -->\n\nSee R-0091.\n");

    assertThat(minutes.mentions("R-007")).isTrue();
    assertThat(minutes.mentions("r-007")).isTrue();
    assertThat(minutes.mentions("R-008")).isFalse();
    assertThat(minutes.mentions("R-009")).isFalse();
  }

  @Test
  void mentionedFindsTheSameIdsReadingTheTextOnce() {
    Minutes minutes =
        Minutes.parse(
            "ACT-2026-024 is cancelled.\n\n<!-- ACT-2026-025 -->\n\n"
                + "| ACT-2025-031 | re-planned |\n|---|---|\n\nSee act-2026-0261 and R-007.\n");

    assertThat(
            minutes.mentioned(
                List.of("ACT-2026-024", "ACT-2026-025", "ACT-2025-031", "ACT-2026-026", "R-007")))
        .containsExactly("ACT-2025-031", "ACT-2026-024", "R-007");
  }
}
