package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.review.model.Review;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annual review held in December that counts as the quarterly one ({@code counts_as:
 * [quarterly]}): the quarterly cadence restarts from it for the due date, the calendar, the {@code
 * review-cadence} rule and what the next quarterly review compares with. 2026-Q3 was held on
 * 2026-09-15, 2026-annual on Wednesday 2026-12-02.
 */
class CountsAsTest {
  @TempDir Path repo;
  String base;

  @BeforeEach
  void repository() throws Exception {
    MinimalRepo.create(repo);
    base = Files.readString(repo.resolve("isms.yaml"));
    annual("counts_as: [quarterly]");
    held("2026-Q3", "quarterly", "2026-09-15");
    held("2026-annual", "annual", "2026-12-02");
  }

  /** MinimalRepo's isms.yaml (quarterly, ad-hoc) with an annual type saying {@code extra}. */
  private void annual(String extra) throws Exception {
    MinimalRepo.write(
        repo,
        "isms.yaml",
        base.replace(
            "  ad-hoc:",
            "  annual: {every: P1Y, duration: 3h, attendees: [CEO, CTO], "
                + extra
                + "}\n  ad-hoc:"));
  }

  private void held(String id, String type, String date) throws Exception {
    review(id, type, date, "held");
  }

  private void review(String id, String type, String date, String status) throws Exception {
    MinimalRepo.write(
        repo,
        "reviews/" + id + "/review.yaml",
        """
        id: %s
        type: %s
        date: %s
        status: %s
        chair: Marco Diaz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: %s}
          - {name: Marco Diaz, role: CTO, present: %s}
        """
            .formatted(
                id,
                type,
                date,
                status,
                status.equals("held") ? "true" : "null",
                status.equals("held") ? "true" : "null"));
  }

  private CommandResult isms(String... args) {
    List<String> all = new ArrayList<>(List.of("-C", repo.toString()));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private List<String> calendarDays(String asOf, String to) throws Exception {
    CommandResult result = isms("--as-of", asOf, "calendar", "--format", "json", "--to", to);
    assertThat(result).succeeded();
    List<String> days = new ArrayList<>();
    for (JsonNode r : new ObjectMapper().readTree(result.out()).get("reviews")) {
      days.add(r.get("date").asText() + " " + r.get("type").asText());
    }
    return days;
  }

  @Test
  void theNextQuarterlyReviewIsDueACadenceAfterTheAnnualOne() {
    // when
    CommandResult result = isms("--as-of", "2026-12-09", "review", "new", "--no-commit");

    // then: not 2026-12-15 (P3M after 2026-Q3), which the annual review stood in for
    assertThat(result)
        .succeeded()
        .outContains("quarterly management review 2027-Q1: Tuesday 2027-03-02")
        .outContains("date: P3M after 2026-annual (held 2026-12-02, annual, counts as quarterly)")
        .outContains("Note: chose the quarterly review: due 2027-03-02, P3M after 2026-annual");
    assertThat(repo.resolve("reviews/2027-Q1/review.yaml")).exists();
  }

  @Test
  void withoutCountsAsTheQuarterlyCadenceRunsOnFromTheLastQuarterly() throws Exception {
    // given
    annual("description: Strategic review");

    // when
    CommandResult result =
        isms("--as-of", "2026-12-01", "review", "new", "--type", "quarterly", "--no-commit");

    // then
    assertThat(result).succeeded().outContains("2026-Q4: Tuesday 2026-12-15");
  }

  @Test
  void aPlannedAnnualReviewIsTheNextQuarterlyOneAndRestartsItsCadenceInTheCalendar()
      throws Exception {
    // given: the annual review of 2026 is scaffolded, not yet held
    review("2026-annual", "annual", "2026-12-02", "planned");

    // when
    List<String> days = calendarDays("2026-11-20", "2027-06-30");
    CommandResult bare = isms("--as-of", "2026-11-20", "review", "new", "--no-commit");
    CommandResult typed =
        isms("--as-of", "2026-11-20", "review", "new", "--type", "quarterly", "--no-commit");

    // then: nothing is due; asked for a quarterly, isms says the annual one stands in for it; the
    // calendar plans no quarterly review on 2026-12-15
    assertThat(bare)
        .exitedWith(2)
        .errContains("scaffolded already: reviews/2026-annual (annual, 2026-12-02);");
    assertThat(typed)
        .succeeded()
        .outContains(
            "reviews/2026-annual is already planned as the next quarterly review (2026-12-02,"
                + " annual, counts as quarterly).");
    assertThat(days)
        .containsExactly("2026-12-02 annual", "2027-03-02 quarterly", "2027-06-02 quarterly");
  }

  @Test
  void aQuarterlyReviewAskedForAfterTheAnnualOneFallsDueSaysThatTheAnnualOneStandsIn()
      throws Exception {
    // given: the last annual review was a year earlier; the one of 2026 is due, not yet planned
    Files.delete(repo.resolve("reviews/2026-annual/review.yaml"));
    Files.delete(repo.resolve("reviews/2026-annual"));
    held("2025-annual", "annual", "2025-12-02");

    // when
    CommandResult result =
        isms("--as-of", "2026-11-10", "review", "new", "--type", "quarterly", "--no-commit");

    // then
    assertThat(result)
        .succeeded()
        .outContains("2026-Q4: Tuesday 2026-12-15")
        .outContains(
            "Note: an annual review is due 2026-12-02 (P1Y after 2025-annual) and counts as"
                + " quarterly (review_types.annual.counts_as): held first, it restarts the"
                + " quarterly cadence, which then falls due 2027-03-02; `isms review new --type"
                + " annual` scaffolds it.");
  }

  @Test
  void theCalendarRestartsTheQuarterlyCadenceAtEachAnnualReview() throws Exception {
    // when
    List<String> days = calendarDays("2026-12-09", "2028-04-30");

    // then: no quarterly review beside the annual one of 2027-12-02
    assertThat(days)
        .containsExactly(
            "2027-03-02 quarterly",
            "2027-06-02 quarterly",
            "2027-09-02 quarterly",
            "2027-12-02 annual",
            "2028-03-02 quarterly");
    assertThat(isms("--as-of", "2026-12-09", "calendar", "--to", "2028-04-30"))
        .succeeded()
        .outContains(
            "why: 3 x P3M after 2026-annual (held 2026-12-02, annual, counts as quarterly)")
        .outContains("why: P3M after 2027-annual (annual, due 2027-12-02, counts as quarterly)");
  }

  @Test
  void theCadenceRuleCountsTheAnnualReviewAsTheQuarterlyOne() throws Exception {
    // when
    CommandResult december = isms("check", "--as-of", "2026-12-20", "--rule", "review-cadence");
    CommandResult march = isms("check", "--as-of", "2027-03-05", "--rule", "review-cadence");
    annual("description: Strategic review");
    CommandResult without = isms("check", "--as-of", "2026-12-20", "--rule", "review-cadence");

    // then
    assertThat(december).succeeded();
    assertThat(december.out()).doesNotContain("[review-cadence]");
    assertThat(march)
        .exitedWith(1)
        .outContains(
            "the last review that counts as quarterly, 2026-annual (annual), was held 2026-12-02;"
                + " quarterly reviews are due every 3 months (P3M), so the next was due"
                + " 2027-03-02 and is 3 days late");
    assertThat(without)
        .exitedWith(1)
        .outContains("the last quarterly review, 2026-Q3, was held 2026-09-15");
  }

  @Test
  void theNextQuarterlyReviewComparesWithTheAnnualOneAndAQuarterlyBeforeItWithTheQuarterly()
      throws Exception {
    // given
    held("2026-Q2", "quarterly", "2026-06-09");
    var loaded = new RepositoryLoader().loadValid(repo);

    // when
    Coverage after = Coverage.of(loaded, "2027-Q1", "quarterly", LocalDate.of(2027, 3, 2));
    Coverage before = Coverage.of(loaded, "2026-Q3", "quarterly", LocalDate.of(2026, 9, 15));
    Coverage annual = Coverage.of(loaded, "2027-annual", "annual", LocalDate.of(2027, 12, 2));

    // then: the annual review does not count as a quarterly one the other way round
    assertThat(after.baseline()).map(Review::id).contains("2026-annual");
    assertThat(after.text()).isEqualTo("since review 2026-annual (2026-12-02)");
    assertThat(before.baseline()).map(Review::id).contains("2026-Q2");
    assertThat(annual.baseline()).map(Review::id).contains("2026-annual");
  }

  @Test
  void theAnnualAgendaNamesTheNextQuarterlyReviewItRestarts() {
    // when
    CommandResult result =
        isms("--as-of", "2027-11-10", "review", "new", "--type", "annual", "--no-commit");

    // then
    assertThat(result).succeeded().outContains("2027-annual: Thursday 2027-12-02");
    assertThat(repo.resolve("reviews/2027-annual/agenda.md"))
        .content()
        .contains("the next annual review is due by 2028-12-02, the next quarterly by 2028-03-02.");
  }

  @Test
  void aTypeCountsAsNamesMustBeAnotherTypeWithACadence() throws Exception {
    // given
    annual("counts_as: [quartely]");

    // when
    CommandResult scaffold = isms("--as-of", "2026-12-09", "review", "new", "--no-commit");
    CommandResult check = isms("check", "--as-of", "2026-12-09");

    // then: one line naming the file, the line and the fix
    String message =
        "review_types.annual.counts_as names `quartely`, which isms.yaml does not define: name"
            + " another review type of isms.yaml (quarterly, ad-hoc) or remove the entry. Did you"
            + " mean `quarterly`?";
    assertThat(scaffold)
        .exitedWith(2)
        .errContains("isms.yaml:6:", "[unknown-review-type] " + message)
        .hasNoStackTrace();
    assertThat(check).exitedWith(1).outContains("isms.yaml:6:", message);
    assertThat(repo.resolve("reviews/2027-Q1")).doesNotExist();

    // given
    annual("counts_as: [ad-hoc]");

    // when
    CommandResult noCadence = isms("--as-of", "2026-12-09", "review", "new", "--no-commit");

    // then
    assertThat(noCadence)
        .exitedWith(2)
        .errContains("review_types.annual.counts_as names `ad-hoc`, which has no cadence (`every`)")
        .hasNoStackTrace();
  }
}
