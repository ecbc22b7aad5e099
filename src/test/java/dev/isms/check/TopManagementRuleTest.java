package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopManagementRuleTest {
  static final String RULE = "top-management";
  static final String REVIEW = "reviews/2026-Q3/review.yaml";
  static final String CEO = "{name: Dana Ruiz, role: CEO, present: true}";

  @TempDir Path temp;

  @Test
  void aReviewWithTheCeoPresentPasses() {
    assertThat(CheckFixture.copy(temp).check("--rule", RULE)).succeeded();
  }

  @Test
  void theCeoMarkedAbsentIsAnErrorOnThatLine() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(REVIEW, CEO, "{name: Dana Ruiz, role: CEO, present: false}");

    List<Found> found = repo.problemsOf(RULE);

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple(RULE, "error", REVIEW, repo.lineOf(REVIEW, "role: CEO")));
    assertThat(found.get(0).message())
        .isEqualTo(
            "review 2026-Q3 was held without top management: Dana Ruiz (CEO) is marked"
                + " absent; clause 9.3.1 requires top management to review the ISMS: record their"
                + " attendance, or hold the review again with them");
  }

  @Test
  void noTopManagerAmongTheAttendeesIsAnError() {
    CheckFixture repo = CheckFixture.copy(temp).replace(REVIEW, "  - " + CEO + "\n", "");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.toList().get(0)).isEqualTo(repo.lineOf(REVIEW, "attendees:"));
              assertThat(t.toList().get(1).toString()).contains("no attendee has the role CEO");
            });
  }

  @Test
  void attendanceNotRecordedDoesNotCountAsPresent() {
    CheckFixture repo =
        CheckFixture.copy(temp).replace(REVIEW, CEO, "{name: Dana Ruiz, role: CEO}");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("Dana Ruiz (CEO) has no recorded attendance");
  }

  @Test
  void anyRoleListedAsTopManagementCounts() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(REVIEW, CEO, "{name: Dana Ruiz, role: CEO, present: false}")
            .replace("isms.yaml", "top_management: [CEO]", "top_management: [CEO, CTO]");

    assertThat(repo.check("--rule", RULE)).succeeded();
  }

  static final String QUARTERLY = "  quarterly:\n    every: P3M\n";
  static final String CTO_STANDS_IN =
      "{name: Marco Diaz, role: CTO, present: true, delegate_for: CEO}";

  @Test
  void requiredRolesMustAllBePresent() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", QUARTERLY, QUARTERLY + "    required_roles: [CEO, CTO]\n")
            .replace(
                REVIEW,
                "{name: Marco Diaz, role: CTO, present: true}",
                "{name: Marco Diaz, role: CTO, present: false}");

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::line, Found::message)
        .containsExactly(
            tuple(
                repo.lineOf(REVIEW, "role: CTO"),
                "review 2026-Q3 was held without its quorum: no CTO was present"
                    + " (review_types.quarterly.required_roles: CEO, CTO); record their"
                    + " attendance, or hold the review again with them"));
  }

  @Test
  void anAuthorisedDelegateCoversTheRoleAndTheCheckSaysSo() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", QUARTERLY, QUARTERLY + "    delegates: {CEO: [CTO]}\n")
            .replace(REVIEW, CEO, "{name: Dana Ruiz, role: CEO, present: false}")
            .replace(REVIEW, "{name: Marco Diaz, role: CTO, present: true}", CTO_STANDS_IN);

    var result = repo.check("--rule", RULE);

    assertThat(result).succeeded();
    assertThat(result.out())
        .contains(
            "review 2026-Q3: Marco Diaz (CTO) stood in for the CEO as an authorised delegate"
                + " (review_types.quarterly.delegates)");
  }

  @Test
  void aDelegateTheReviewTypeDoesNotAuthoriseDoesNotCount() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace("isms.yaml", QUARTERLY, QUARTERLY + "    required_roles: [CEO]\n")
            .replace(REVIEW, CEO, "{name: Dana Ruiz, role: CEO, present: false}")
            .replace(REVIEW, "{name: Marco Diaz, role: CTO, present: true}", CTO_STANDS_IN);

    assertThat(repo.problemsOf(RULE))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("no CEO was present")
        .contains(
            "Marco Diaz stood in for the CEO, but review type quarterly does not authorise a CTO"
                + " to: add delegates: {CEO: [CTO]} under review_types.quarterly");
  }

  @Test
  void aDelegateNamedByPersonIsAuthorisedToo() {
    CheckFixture repo =
        CheckFixture.copy(temp)
            .replace(
                "isms.yaml",
                QUARTERLY,
                QUARTERLY + "    required_roles: [CEO]\n    delegates: {CEO: [Marco Diaz]}\n")
            .replace(REVIEW, CEO, "{name: Dana Ruiz, role: CEO, present: false}")
            .replace(REVIEW, "{name: Marco Diaz, role: CTO, present: true}", CTO_STANDS_IN);

    assertThat(repo.check("--rule", RULE)).succeeded();
  }
}
