package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review type that covers an ISO period ({@code covers: P12M}) or the year: its agenda and its
 * pack count over that period, and input a) and the risk delta compare with the last held review at
 * or before the period's start, or with the end of the day before it starts when no review was held
 * then; a quarterly review of the same repository still compares with the previous held review.
 */
class CoveredPeriodTest {
  @TempDir Path temp;
  Path repo;

  @BeforeEach
  void setUp() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    repo = temp.resolve("isms");
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private void write(String relative, String text) throws Exception {
    PackRepo.write(repo, relative, text);
  }

  private void heldReview(String id, String date) throws Exception {
    write(
        "reviews/" + id + "/review.yaml",
        "id: "
            + id
            + "\ntype: quarterly\ndate: "
            + date
            + "\nstatus: held\nchair: Marco Diaz\nattendees:\n"
            + "  - {name: Marco Diaz, role: CTO, present: true}\n"
            + "  - {name: Dana Ruiz, role: CEO, present: true}\n");
  }

  private void action(String id, String source, String raised, String due, String more)
      throws Exception {
    write(
        "actions/" + id + ".yaml",
        "id: "
            + id
            + "\ntitle: Action "
            + id
            + "\nsource: "
            + source
            + "\nowner: Priya Shah\nraised: "
            + raised
            + "\ndue: "
            + due
            + "\n"
            + more);
  }

  /**
   * A board review every year covering the twelve months before it, quarterly reviews between;
   * {@code withBaseline}: the 2025-Q4 review (2025-11-20) was held before the board's period
   * (2025-12-16 to the review on 2026-12-15) starts.
   */
  private void history(boolean withBaseline) throws Exception {
    history(withBaseline, "P12M");
  }

  private void history(boolean withBaseline, String covers) throws Exception {
    Git git = GitTestSupport.initWithIdentity(repo);
    write(
        "isms.yaml",
        """
        organization: Denialbase
        framework: iso27001-2022
        top_management: [CEO]
        people: {CEO: Dana Ruiz, CTO: Marco Diaz, Security Officer: Priya Shah}
        review_types:
          quarterly: {every: P3M, duration: 90m, chair: CTO, attendees: [CTO, Security Officer]}
          board: {every: P1Y, covers: COVERS, duration: 3h, chair: CEO, attendees: [CEO, CTO]}
        policy: {pack_lead_business_days: 5, minutes_within: P14D}
        """
            .replace("COVERS", covers));
    write(
        "risks/R-1.yaml",
        PackRepo.risk("R-1", "Ransomware on backups", "Marco Diaz", 3, 4, "open", ""));
    if (withBaseline) {
      heldReview("2025-Q4", "2025-11-20");
    }
    // decided at 2025-Q4 (or, without it, raised for a risk), finished in the period
    action(
        "ACT-1",
        withBaseline ? "2025-Q4" : "R-1",
        "2025-11-20",
        "2026-02-28",
        "status: completed\ncompleted_on: 2026-02-20\n");
    // for a risk, open at the start of the period, finished before 2026-Q3
    action(
        "ACT-2",
        "R-1",
        "2025-11-01",
        "2026-05-31",
        "status: completed\ncompleted_on: 2026-05-01\n");
    PackHistoryTest.commitAt(git, "registers at 2025-Q4", "2025-11-20T18:00:00+01:00");
    write(
        "risks/R-1.yaml",
        PackRepo.risk("R-1", "Ransomware on backups", "Marco Diaz", 4, 4, "open", ""));
    PackHistoryTest.commitAt(git, "R-1 reassessed", "2026-03-01T10:00:00+01:00");
    heldReview("2026-Q3", "2026-09-15");
    action("ACT-3", "2026-Q3", "2026-09-15", "2027-01-31", "status: open\n");
    PackHistoryTest.commitAt(git, "2026-Q3 held", "2026-09-15T18:00:00+01:00");
    write(
        "risks/R-2.yaml",
        PackRepo.risk("R-2", "Misdirected e-mail", "Lena Vogt", 2, 4, "open", ""));
    PackHistoryTest.commitAt(git, "add R-2", "2026-10-01T10:00:00+01:00");
  }

  /** Scaffolds a review of the type on the day and writes its pack as of a week before. */
  private void reviewAndPack(String type, String id, String date) {
    assertThat(
            Cli.run(
                "-C",
                repo.toString(),
                "review",
                "new",
                "--type",
                type,
                "--date",
                date,
                "--id",
                id,
                "--as-of",
                "2026-12-01",
                "--no-commit"))
        .succeeded();
    assertThat(Cli.run("-C", repo.toString(), "pack", id, "--as-of", "2026-12-08", "--no-commit"))
        .succeeded();
  }

  private String file(String id, String name) throws Exception {
    return Files.readString(repo.resolve("reviews/" + id + "/" + name));
  }

  @Test
  void aReviewCoveringTwelveMonthsComparesWithTheLastReviewHeldBeforeThem() throws Exception {
    // given a board review covering P12M, and 2025-Q4 held before its period starts
    history(true);

    // when its agenda and pack are generated
    reviewAndPack("board", "2026-board", "2026-12-15");
    String pack = file("2026-board", "pack.md");
    String agenda = file("2026-board", "agenda.md");

    // then the pack covers the twelve months and names what it compares with
    String baseline = "review 2025-Q4 (2025-11-20), the last held before the period began on";
    assertThat(pack)
        .contains(
            "- **Period covered:** 2025-12-16 to 2026-12-08 (covers: P12M; actions and the risk"
                + " register are compared with "
                + baseline
                + " 2025-12-16)");
    // input a): the action finished in the period and the one open at its start, though both
    // were finished before 2026-Q3, the previous review of any type
    String packActions = PackExampleTest.section(pack, "### 9.3.2 a)", "### 9.3.2 b)");
    assertThat(packActions)
        .contains("Decided by earlier reviews, open now or finished since " + baseline)
        .contains(
            "**Other actions (from findings, incidents, risks)**, open at "
                + baseline
                + " 2025-12-16, with those raised since");
    assertThat(groupsInAgendaAndPack("2026-board"))
        .containsExactly(List.of("ACT-3", "ACT-1"), List.of("ACT-2"));
    // the agenda lists the same actions in the same groups, against the same baseline
    String agendaActions = PackExampleTest.section(agenda, "## 2. 9.3.2 a)", "## 3.");
    assertThat(agendaActions)
        .contains("open or finished since " + baseline + " 2025-12-16, with their status")
        .contains("Other actions (from findings, incidents, risks) open at " + baseline);
    assertThat(agenda).contains("recorded in changes/ since 2025-12-16 (the start of the P12M");
    // the risk delta starts from the register committed on 2025-Q4's day
    String delta = PackHistoryTest.delta(pack);
    assertThat(delta)
        .contains("**Changes since " + baseline + " 2025-12-16.**")
        .contains(
            "The register as committed at the end of 2025-11-20, the day of that review (commit ")
        .contains("| R-2 | Misdirected e-mail |")
        .contains("| R-1 | Ransomware on backups | score | 12 high");
  }

  @Test
  void withoutAReviewBeforeThePeriodItComparesWithTheDayBeforeItStarts() throws Exception {
    // given a board review covering P12M and no review held before its period
    history(false);

    // when its pack is generated
    reviewAndPack("board", "2026-board", "2026-12-15");
    String pack = file("2026-board", "pack.md");

    // then a) and the delta compare with the end of the day before the period starts
    String start = "the start of the period, 2025-12-16 (no review was held before it)";
    String packActions = PackExampleTest.section(pack, "### 9.3.2 a)", "### 9.3.2 b)");
    assertThat(packActions).contains("open at " + start + ", with those raised since");
    assertThat(groupsInAgendaAndPack("2026-board"))
        .containsExactly(List.of("ACT-3"), List.of("ACT-1", "ACT-2"));
    assertThat(PackHistoryTest.delta(pack))
        .contains("**Changes since " + start + ".**")
        .contains("The register as committed at the end of 2025-12-15 (commit ")
        .contains("| R-1 | Ransomware on backups | score | 12 high");
  }

  @Test
  void aReviewCoveringTheYearWithoutAReviewBeforeItComparesWithTheYearsStart() throws Exception {
    // given a board review covering the year 2026 and no review held before 2026
    history(false, "year");

    // when its agenda and pack are generated
    reviewAndPack("board", "2026-board", "2026-12-15");
    String pack = file("2026-board", "pack.md");

    // then both compare with the end of 2025-12-31 and say so
    String start = "the start of 2026 (no review was held before it)";
    assertThat(pack)
        .contains(
            "- **Period covered:** 2026-01-01 to 2026-12-08 (covers: year; actions and the risk"
                + " register are compared with "
                + start
                + ")");
    assertThat(file("2026-board", "agenda.md"))
        .contains("Other actions (from findings, incidents, risks) open at " + start);
    assertThat(groupsInAgendaAndPack("2026-board"))
        .containsExactly(List.of("ACT-3"), List.of("ACT-1", "ACT-2"));
    assertThat(PackHistoryTest.delta(pack))
        .contains("**Changes since " + start + ".**")
        .contains("The register as committed at the end of 2025-12-31 (commit ")
        .contains("| R-1 | Ransomware on backups | score | 12 high");
  }

  @Test
  void aQuarterlyReviewOfTheSameRepositoryComparesWithThePreviousReview() throws Exception {
    // given the same history
    history(true);

    // when the quarterly review after 2026-Q3 is prepared
    reviewAndPack("quarterly", "2026-Q4", "2026-12-15");
    String pack = file("2026-Q4", "pack.md");

    // then it covers and compares since 2026-Q3, as before
    assertThat(pack)
        .contains("- **Period covered:** 2026-09-16 to 2026-12-08 (since review 2026-Q3, held")
        .contains("open now or finished since review 2026-Q3 (2026-09-15): 1 action,");
    String packActions = PackExampleTest.section(pack, "### 9.3.2 a)", "### 9.3.2 b)");
    // the actions finished before 2026-Q3 were reported there
    assertThat(packActions).doesNotContain("| ACT-1 |", "| ACT-2 |").contains("| ACT-3 |");
    assertThat(PackHistoryTest.delta(pack))
        .contains("**Changes since the previous review 2026-Q3 (2026-09-15).**")
        .contains("| R-2 | Misdirected e-mail |")
        .doesNotContain("| R-1 |");
  }

  /** Input a)'s two groups in the pack, after checking that the agenda lists the same. */
  private List<List<String>> groupsInAgendaAndPack(String id) throws Exception {
    String pack = PackExampleTest.section(file(id, "pack.md"), "### 9.3.2 a)", "### 9.3.2 b)");
    String agenda = PackExampleTest.section(file(id, "agenda.md"), "## 2. 9.3.2 a)", "## 3.");
    List<List<String>> groups = groups(pack, "\n**Other actions");
    assertThat(groups(agenda, "\nOther actions")).as("the agenda's groups").isEqualTo(groups);
    return groups;
  }

  /** The action ids of the two groups of input a), split where the second group starts. */
  private static List<List<String>> groups(String section, String second) {
    int split = section.indexOf(second);
    assertThat(split).as("the second group").isPositive();
    return List.of(
        PackExampleTest.ids(section.substring(0, split)),
        PackExampleTest.ids(section.substring(split)));
  }
}
