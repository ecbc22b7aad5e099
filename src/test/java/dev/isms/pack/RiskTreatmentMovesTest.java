package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A risk's treatment date is judged like an action's due date: the pack shows the date first agreed
 * beside a moved one, names every move with the held review it was made at, and puts to management
 * a move made after the date had lapsed and outside a held review.
 */
class RiskTreatmentMovesTest {
  @RegisterExtension
  final CommittedRepo repo =
      CommittedRepo.minimal().with("reviews/2026-Q4/review.yaml", MinimalRepo.PLANNED_Q4);

  private static String risk(String id, String due) {
    return """
        id: %s
        title: Risk %s
        owner: Marco Diaz
        likelihood: 3
        impact: 3
        treatment: modify
        status: open
        identified: 2026-01-05
        treatment_due: %s
        """
        .formatted(id, id, due);
  }

  private void write(String relative, String text) throws Exception {
    MinimalRepo.write(repo.dir(), relative, text);
  }

  /**
   * R-1 moved at review 2026-Q3 (its meeting day, 77 days after it lapsed); R-2 moved on 2026-10-20
   * outside a held review, 112 days after it lapsed; R-3 moved before it fell due; R-4 never moved.
   */
  private void history() throws Exception {
    write("risks/R-1.yaml", risk("R-1", "2026-06-30"));
    write("risks/R-2.yaml", risk("R-2", "2026-06-30"));
    write("risks/R-3.yaml", risk("R-3", "2026-12-31"));
    write("risks/R-4.yaml", risk("R-4", "2027-03-31"));
    DatedCommits.commitAll(repo.git(), "risks assessed", LocalDate.of(2026, 1, 5));
    write("risks/R-1.yaml", risk("R-1", "2026-12-15"));
    DatedCommits.commitAll(repo.git(), "R-1 re-planned at 2026-Q3", LocalDate.of(2026, 9, 15));
    write("risks/R-2.yaml", risk("R-2", "2027-01-31"));
    write("risks/R-3.yaml", risk("R-3", "2027-01-31"));
    DatedCommits.commitAll(repo.git(), "R-2 and R-3 re-planned", LocalDate.of(2026, 10, 20));
  }

  private String pack() throws Exception {
    CommandResult result = repo.isms("pack", "2026-Q4", "--no-commit");
    assertThat(result).succeeded().hasNoStackTrace();
    return repo.read("reviews/2026-Q4/pack.md");
  }

  @Test
  void theTreatmentTableShowsTheDateFirstAgreedAndEveryMoveWithWhereItWasMade() throws Exception {
    history();

    String pack = pack();

    assertThat(pack)
        .contains("| 2026-12-15 (first agreed 2026-06-30) |")
        .contains("| 2027-01-31 (first agreed 2026-12-31) |")
        .contains(
            "| R-1 | 2026-06-30 | 2026-12-15 | 2026-09-15 | 77 days after it had lapsed"
                + " | at review 2026-Q3 (held 2026-09-15) |")
        .contains(
            "| R-2 | 2026-06-30 | 2027-01-31 | 2026-10-20 | 112 days after it had lapsed"
                + " | outside a held review |")
        .contains(
            "| R-3 | 2026-12-31 | 2027-01-31 | 2026-10-20 | 72 days before it fell due"
                + " | outside a held review |");
    assertThat(pack.lines().filter(l -> l.startsWith("| R-4 | 2027")).count())
        .as("R-4 never moved")
        .isZero();
  }

  @Test
  void aMoveAfterTheDateLapsedOutsideAHeldReviewIsPutToManagement() throws Exception {
    history();

    String decisions = section(pack(), "## Decisions asked of management");

    assertThat(decisions)
        .contains(
            "R-2 (Risk R-2): treatment date moved from 2026-06-30 to 2027-01-31 on 2026-10-20,"
                + " 112 days after it had lapsed, outside a held review (owner Marco Diaz): confirm"
                + " the new date with the resources it needs, or accept the risk.")
        .as("moved at a held review, or before it fell due: decided, not asked again")
        .doesNotContain("R-1 (Risk R-1): treatment date moved")
        .doesNotContain("R-3 (Risk R-3): treatment date moved");
  }

  @Test
  void aMoveNotCommittedYetIsShownAsSuch() throws Exception {
    history();
    write("risks/R-4.yaml", risk("R-4", "2027-06-30"));

    assertThat(pack())
        .contains(
            "| R-4 | 2027-03-31 | 2027-06-30 | — | 127 days before it fell due"
                + " | not committed yet |");
  }

  @Test
  void theAgendaShowsTheDateFirstAgreedBesideAMovedOne() throws Exception {
    history();
    Files.delete(repo.dir().resolve("reviews/2026-Q4/review.yaml"));
    Files.delete(repo.dir().resolve("reviews/2026-Q4"));

    CommandResult result = repo.isms("review", "new", "--type", "quarterly", "--no-commit");

    assertThat(result).succeeded().hasNoStackTrace();
    assertThat(repo.read("reviews/2026-Q4/agenda.md"))
        .contains(
            "| R-1 | Risk R-1 | Marco Diaz | medium (9) | modify | 2026-12-15 (first agreed 2026-06-30) |");
  }

  @Test
  void withoutGitHistoryThePackSaysMovesAreNotKnown(@TempDir Path dir) throws Exception {
    Path root = MinimalRepo.create(dir.resolve("testco"));
    MinimalRepo.write(root, "reviews/2026-Q4/review.yaml", MinimalRepo.PLANNED_Q4);
    MinimalRepo.write(root, "risks/R-1.yaml", risk("R-1", "2026-12-15"));

    CommandResult result = Cli.inRepo(root, "pack", "2026-Q4", "--no-commit");

    assertThat(result).succeeded().hasNoStackTrace();
    assertThat(Files.readString(root.resolve("reviews/2026-Q4/pack.md")))
        .contains("Treatment dates moved: not known without Git history")
        .contains("| 2026-12-15 |");
  }

  private static String section(String pack, String heading) {
    int start = pack.indexOf(heading);
    assertThat(start).as("%s in%n%s", heading, pack).isNotNegative();
    int end = pack.indexOf("\n## ", start + heading.length());
    return pack.substring(start, end < 0 ? pack.length() : end);
  }
}
