package dev.isms.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YamlEditorTest {
  /** An action written by hand: comments everywhere, quoting, blank lines, an `x-` field. */
  static final String ACTION =
      """
      # Action register entry (edited by hand, reviewed quarterly)
      id: ACT-2026-014   # must match the file name
      title: 'Enforce phishing-resistant MFA for all admins'
      source: 2026-Q2

      # who and when
      owner: "Priya Shah"
      due: 2026-10-31    # agreed in the Q2 review
      priority: high
      success_criteria: |
        100% of admin accounts on FIDO2 keys
        and no SMS fallback left

      status: in-progress  # open | in-progress | completed | closed
      x-jira: SEC-1234
      evidence: null
      verified_by:
      # trailing note about this action
      """;

  /** A KPI with flow mappings and a flow sequence of flow mappings. */
  static final String KPI =
      """
      id: KPI-TRAINING
      name: Security training completion (annual)
      # the target is agreed with HR
      target: {op: ">=", value: 95, unit: "%"}
      source: Security awareness
      measurements: [{period: 2026-Q2, value: 91.5}, {period: 2026-Q3, value: 96.0}]  # from LMS
      x-dashboard: {panel: 12}
      """;

  /** A review with a block sequence of mappings and nested mappings. */
  static final String REVIEW =
      """
      id: 2026-Q3
      type: quarterly
      date: 2026-09-15
      status: planned                     # planned | held | approved
      chair: Dana Ruiz
      attendees:
        # the CEO must attend
        - name: Dana Ruiz
          role: CEO
          present: true   # in person
        - name: Priya Shah
          role: Security Officer

      notes:
        room:
          name: Boardroom   # 3rd floor
          seats: 12

        # more to come
      """;

  @Test
  void setsAPlainScalarAndKeepsEveryOtherByte() {
    String edited = YamlEditor.of(ACTION).set("/status", "completed").text();

    assertThat(edited)
        .isEqualTo(ACTION.replace("status: in-progress  # open", "status: completed  # open"));
  }

  @Test
  void keepsTheQuotingStyleOfTheOldValue() {
    String edited =
        YamlEditor.of(ACTION)
            .set("/title", "Enforce FIDO2 for admins")
            .set("/owner", "Marco Diaz")
            .text();

    assertThat(edited)
        .isEqualTo(
            ACTION
                .replace(
                    "title: 'Enforce phishing-resistant MFA for all admins'",
                    "title: 'Enforce FIDO2 for admins'")
                .replace("owner: \"Priya Shah\"", "owner: \"Marco Diaz\""));
  }

  @Test
  void quotesAStringThatWouldReadBackAsSomethingElse() {
    YamlEditor editor =
        YamlEditor.of(ACTION)
            .set("/evidence", "yes")
            .set("/verified_by", "Dana: CISO # acting")
            .set("/priority", "42");

    assertThat(editor.text())
        .contains("evidence: \"yes\"\n")
        .contains("verified_by: \"Dana: CISO # acting\"\n")
        .contains("priority: \"42\"\n");
    assertThat(editor.tree().get("priority").isTextual()).isTrue();
    assertThat(editor.tree().get("evidence").asText()).isEqualTo("yes");
  }

  @Test
  void setsAnEmptyValueAndANullOne() {
    String edited =
        YamlEditor.of(ACTION)
            .set("/verified_by", "Dana Ruiz")
            .set("/evidence", "docs/mfa-report.pdf")
            .set("/due", LocalDate.parse("2026-11-30"))
            .text();

    assertThat(edited)
        .isEqualTo(
            ACTION
                .replace("verified_by:\n", "verified_by: Dana Ruiz\n")
                .replace("evidence: null", "evidence: docs/mfa-report.pdf")
                .replace("due: 2026-10-31 ", "due: 2026-11-30 "));
  }

  @Test
  void addsAKeyAfterTheLastEntryBeforeTheTrailingComment() {
    String edited = YamlEditor.of(ACTION).set("/completed_on", LocalDate.of(2026, 10, 28)).text();

    assertThat(edited)
        .isEqualTo(ACTION.replace("verified_by:\n", "verified_by:\ncompleted_on: 2026-10-28\n"));
  }

  @Test
  void replacesAMultiLineLiteralKeepingItsStyle() {
    String edited =
        YamlEditor.of(ACTION).set("/success_criteria", "every admin on FIDO2\nno SMS\n").text();

    assertThat(edited)
        .isEqualTo(
            ACTION.replace(
                "  100% of admin accounts on FIDO2 keys\n  and no SMS fallback left\n",
                "  every admin on FIDO2\n  no SMS\n"));
  }

  @Test
  void aMultiLineValueOverAPlainOneIsQuoted() {
    YamlEditor editor = YamlEditor.of(ACTION).set("/title", "two\nlines");

    assertThat(editor.text())
        .contains("title: 'two\nlines'\n".replace("'two\nlines'", "\"two\\nlines\""));
    assertThat(editor.tree().get("title").asText()).isEqualTo("two\nlines");
  }

  @Test
  void setsAValueInsideAFlowMapping() {
    String edited = YamlEditor.of(KPI).set("/target/value", 97).text();

    assertThat(edited).isEqualTo(KPI.replace("{op: \">=\", value: 95,", "{op: \">=\", value: 97,"));
  }

  @Test
  void addsAKeyToAFlowMappingAndAnEmptyOne() {
    String edited =
        YamlEditor.of(KPI.replace("x-dashboard: {panel: 12}", "x-dashboard: {}"))
            .add("/target", "note", "from HR, quarterly")
            .add("/x-dashboard", "panel", 3)
            .text();

    assertThat(edited)
        .isEqualTo(
            KPI.replace("unit: \"%\"}", "unit: \"%\", note: \"from HR, quarterly\"}")
                .replace("x-dashboard: {panel: 12}", "x-dashboard: {panel: 3}"));
  }

  @Test
  void appendsToAFlowSequenceOfMappings() {
    Map<String, Object> measurement = new LinkedHashMap<>();
    measurement.put("period", "2026-Q4");
    measurement.put("value", 97);
    measurement.put("note", "new LMS export");

    String edited = YamlEditor.of(KPI).append("/measurements", measurement).text();

    assertThat(edited)
        .isEqualTo(
            KPI.replace(
                "value: 96.0}]  # from LMS",
                "value: 96.0}, {period: 2026-Q4, value: 97, note: new LMS export}]  # from LMS"));
  }

  @Test
  void appendsToABlockSequenceOfMappingsInBlockStyle() {
    Map<String, Object> attendee = new LinkedHashMap<>();
    attendee.put("name", "Marco Diaz");
    attendee.put("role", "CTO");
    attendee.put("present", false);

    String edited = YamlEditor.of(REVIEW).append("/attendees", attendee).text();

    assertThat(edited)
        .isEqualTo(
            REVIEW.replace(
                "    role: Security Officer\n",
                "    role: Security Officer\n"
                    + "  - name: Marco Diaz\n"
                    + "    role: CTO\n"
                    + "    present: false\n"));
  }

  @Test
  void editsANestedBlockMappingAndAnItemOfABlockSequence() {
    String edited =
        YamlEditor.of(REVIEW)
            .set("/notes/room/seats", 14)
            .add("/notes/room", "screen", true)
            .set("/attendees/1/present", false)
            .set("/attendees/0/present", false)
            .text();

    assertThat(edited)
        .isEqualTo(
            REVIEW
                .replace("    seats: 12\n", "    seats: 14\n    screen: true\n")
                .replace(
                    "    role: Security Officer\n",
                    "    role: Security Officer\n    present: false\n")
                .replace("present: true   # in person", "present: false   # in person"));
  }

  @Test
  void appendsToAMissingOrNullListAsABlockList() {
    Map<String, Object> blocker = new LinkedHashMap<>();
    blocker.put("on", LocalDate.of(2026, 10, 2));
    blocker.put("note", "waiting for keys");

    String added = YamlEditor.of(ACTION).append("/blockers", blocker).text();
    String replaced = YamlEditor.of(ACTION).append("/evidence", "report.pdf").text();

    assertThat(added)
        .isEqualTo(
            ACTION.replace(
                "verified_by:\n",
                "verified_by:\nblockers:\n  - {on: 2026-10-02, note: waiting for keys}\n"));
    assertThat(replaced)
        .isEqualTo(ACTION.replace("evidence: null\n", "evidence:\n  - report.pdf\n"));
  }

  @Test
  void appendsToABlockListOfScalarsAndKeepsItsComments() {
    String text = "tags:   # free words\n  - mfa\n  # keep this\n  - admins  # c\nowner: X\n";

    String edited = YamlEditor.of(text).append("/tags", "fido2").text();

    assertThat(edited)
        .isEqualTo(
            "tags:   # free words\n  - mfa\n  # keep this\n  - admins  # c\n  - fido2\nowner: X\n");
  }

  @Test
  void removesAKeyWithItsLinesOnly() {
    String edited = YamlEditor.of(ACTION).remove("/x-jira").remove("/success_criteria").text();

    assertThat(edited)
        .isEqualTo(
            ACTION
                .replace("x-jira: SEC-1234\n", "")
                .replace(
                    "success_criteria: |\n  100% of admin accounts on FIDO2 keys\n"
                        + "  and no SMS fallback left\n",
                    ""));
  }

  @Test
  void removesAKeyFromAFlowMappingAndTheFirstKeyOfAListItem() {
    String edited = YamlEditor.of(REVIEW).remove("/attendees/1/name").text();
    String flow = YamlEditor.of(KPI).remove("/target/unit").remove("/target/op").text();

    assertThat(edited).isEqualTo(REVIEW.replace("  - name: Priya Shah\n    role:", "  - role:"));
    assertThat(flow).isEqualTo(KPI.replace("{op: \">=\", value: 95, unit: \"%\"}", "{value: 95}"));
  }

  @Test
  void keepsCrlfLineEndings() {
    String crlf = ACTION.replace("\n", "\r\n");

    String edited =
        YamlEditor.of(crlf)
            .set("/status", "completed")
            .set("/completed_on", LocalDate.of(2026, 10, 28))
            .append("/blockers", "none")
            .set("/success_criteria", "a\nb\n")
            .text();

    assertThat(edited)
        .isEqualTo(
            ACTION
                .replace("status: in-progress", "status: completed")
                .replace(
                    "verified_by:\n",
                    "verified_by:\ncompleted_on: 2026-10-28\nblockers:\n  - none\n")
                .replace(
                    "  100% of admin accounts on FIDO2 keys\n  and no SMS fallback left\n",
                    "  a\n  b\n")
                .replace("\n", "\r\n"));
  }

  @Test
  void keepsAMissingNewlineAtTheEnd() {
    String text = "id: R-007\nlikelihood: 3  # 1..5\nimpact: 5";

    YamlEditor editor = YamlEditor.of(text);

    assertThat(editor.set("/impact", 4).text())
        .isEqualTo("id: R-007\nlikelihood: 3  # 1..5\nimpact: 4");
    assertThat(editor.set("/treatment", "modify").text())
        .isEqualTo("id: R-007\nlikelihood: 3  # 1..5\nimpact: 5\ntreatment: modify");
    assertThat(editor.remove("/impact").text()).isEqualTo("id: R-007\nlikelihood: 3  # 1..5");
  }

  @Test
  void countsPositionsInCharactersAfterWideCharacters() {
    String text = "title: \"Zugang 🔐 für Admins\"  # emoji\nowner: Jürgen 🙂\nstatus: open\n";

    String edited = YamlEditor.of(text).set("/status", "closed").set("/owner", "Ana").text();

    assertThat(edited)
        .isEqualTo("title: \"Zugang 🔐 für Admins\"  # emoji\nowner: Ana\nstatus: closed\n");
  }

  @Test
  void aTextStartingWithABracketIsQuotedNotReadAsAList() {
    String edited =
        YamlEditor.of("title: plain words  # kept\n").set("/title", "[x] done, {y}").text();

    assertThat(edited).isEqualTo("title: \"[x] done, {y}\"  # kept\n");
    assertThat(YamlEditor.of("l: [a]\n").append("/l", "a?").append("/l", "b:c").text())
        .isEqualTo("l: [a, \"a?\", \"b:c\"]\n");
    assertThat(YamlEditor.renderBlock("keys rotated, [all] of them"))
        .isEqualTo("keys rotated, [all] of them");
  }

  @Test
  void refusesWhatItCannotEditInPlace() {
    YamlEditor editor = YamlEditor.of(REVIEW);

    assertThatThrownBy(() -> editor.set("/attendees", "none"))
        .isInstanceOf(YamlEditException.class)
        .hasMessageContaining("block list");
    assertThatThrownBy(() -> editor.add("/notes", "room", 1))
        .hasMessageContaining("already has `room`");
    assertThatThrownBy(() -> editor.set("/nothing/here", 1)).hasMessageContaining("no field");
    assertThatThrownBy(() -> editor.append("/chair", "x")).hasMessageContaining("no list");
    assertThatThrownBy(() -> YamlEditor.of("- a\n- b\n")).hasMessageContaining("mapping");
    assertThatThrownBy(() -> YamlEditor.of("a: [\n")).hasMessageContaining("not valid YAML");
  }

  @Test
  void everyEditReadsBackAsExactlyTheAskedChange() {
    YamlEditor editor =
        YamlEditor.of(KPI).set("/target/value", 97.5).append("/measurements", List.of());

    assertThat(editor.tree().at("/target/value").decimalValue()).isEqualByComparingTo("97.5");
    assertThat(editor.tree().at("/measurements/2").isArray()).isTrue();
    assertThat(editor.tree().get("x-dashboard").toString()).isEqualTo("{\"panel\":12}");
  }
}
