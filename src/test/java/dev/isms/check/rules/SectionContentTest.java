package dev.isms.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.check.rules.SectionContent.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a section of the minutes is judged; "N/A" needs a reason of two words or more. */
class SectionContentTest {
  @ParameterizedTest
  @ValueSource(strings = {"N/A", "n/a.", "N / A", "Not applicable", "N/A: outsourced", "N/A - TBD"})
  void notApplicableWithoutAReasonOfTwoWordsIsBare(String text) {
    SectionContent content = SectionContent.judge(text, null);

    assertThat(content.verdict()).isEqualTo(Verdict.BARE_NA);
    assertThat(content.notApplicable()).isTrue();
    assertThat(content.isJustifiedNotApplicable()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "N/A: fully outsourced",
        "n/a - no audit took place this quarter.",
        "Not applicable (the supplier runs it)"
      })
  void notApplicableWithAReasonIsRecordedAndJustified(String text) {
    SectionContent content = SectionContent.judge(text, null);

    assertThat(content.verdict()).isEqualTo(Verdict.RECORDED);
    assertThat(content.isJustifiedNotApplicable()).isTrue();
    assertThat(content.quote()).isEqualTo(text);
  }

  @Test
  void aReasonThatIsItselfVagueDoesNotJustifyIt() {
    assertThat(SectionContent.judge("N/A: nothing to report", null).verdict())
        .isEqualTo(Verdict.BARE_NA);
  }

  @Test
  void recordedContentIsNotANotApplicable() {
    SectionContent content = SectionContent.judge("Budget for 40 FIDO2 keys approved.", null);

    assertThat(content.verdict()).isEqualTo(Verdict.RECORDED);
    assertThat(content.notApplicable()).isFalse();
    assertThat(content.isJustifiedNotApplicable()).isFalse();
  }

  @Test
  void onlyThePromptIsEmpty() {
    String prompt = "Record the decisions on continual improvement.";

    assertThat(SectionContent.judge("  " + prompt + "  ", prompt).verdict())
        .isEqualTo(Verdict.EMPTY);
    assertThat(SectionContent.judge("record the decisions on continual improvement", prompt))
        .extracting(SectionContent::verdict)
        .isEqualTo(Verdict.EMPTY);
  }
}
