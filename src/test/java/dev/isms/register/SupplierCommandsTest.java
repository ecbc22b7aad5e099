package dev.isms.register;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SupplierCommandsTest {
  /** Reviewed 2025-10-01 every P1Y: overdue since 2026-10-01 on the tests' day, 2026-11-24. */
  static final String MAIL =
      """
      # yaml-language-server: $schema=../.isms/schemas/supplier.schema.json
      # Contract renewed 2025-09; DPA in the legal folder
      id: SUP-MAIL
      name: Postwerk Mail GmbH
      services: [transactional e-mail]   # patients and clinics
      data_categories:
        - patient contact data
      subprocessor: true
      owner: Tobias Brandt
      last_reviewed: 2025-10-01    # ISO 27001 certificate checked
      review_every: "P1Y"

      x-contract: LEGAL-2025-17
      """;

  @RegisterExtension
  final CommittedRepo repo =
      CommittedRepo.minimal()
          .editing(
              "isms.yaml",
              text ->
                  text
                      + "people:\n"
                      + "  CTO: Marco Diaz\n"
                      + "  Head of Engineering: {name: Tobias Brandt, manager: CTO}\n")
          .with("suppliers/SUP-MAIL.yaml", MAIL);

  @Test
  void newWritesAValidSupplierAndCommitsOnlyItsFile() throws Exception {
    // given a user's work in progress: one change staged, one not
    MinimalRepo.write(repo.dir(), "notes.md", "staged draft\n");
    repo.git().add().addFilepattern("notes.md").call();
    String objective = repo.read("objectives/OBJ-1.yaml") + "description: unstaged edit\n";
    MinimalRepo.write(repo.dir(), "objectives/OBJ-1.yaml", objective);

    // when
    var result =
        repo.isms(
            "supplier",
            "new",
            "--name",
            "Nordlicht Payments AB",
            "--service",
            "card payments",
            "--service",
            "refunds",
            "--data-category",
            "billing contact data",
            "--subprocessor",
            "--owner",
            "cto",
            "--last-reviewed",
            "2026-11-02",
            "--review-every",
            "P6M");

    // then
    assertThat(result)
        .succeeded()
        .outContains(
            "suppliers/SUP-NORDLICHT.yaml: supplier(SUP-NORDLICHT): new, Nordlicht Payments AB")
        .outContains(
            "SUP-NORDLICHT (Nordlicht Payments AB) was reviewed on 2026-11-02; the next review is"
                + " due 2027-05-02 (every P6M)");
    assertThat(repo.read("suppliers/SUP-NORDLICHT.yaml"))
        .isEqualTo(
            """
            # yaml-language-server: $schema=../.isms/schemas/supplier.schema.json
            id: SUP-NORDLICHT
            name: Nordlicht Payments AB
            services: [card payments, refunds]
            data_categories: [billing contact data]
            subprocessor: true
            owner: Marco Diaz
            last_reviewed: 2026-11-02
            review_every: P6M
            """);
    assertThat(repo.headPaths()).containsExactly("suppliers/SUP-NORDLICHT.yaml");
    assertThat(repo.head().getShortMessage())
        .isEqualTo("supplier(SUP-NORDLICHT): new, Nordlicht Payments AB");
    Status status = repo.git().status().call();
    assertThat(status.getAdded()).containsExactly("notes.md");
    assertThat(status.getModified()).containsExactly("objectives/OBJ-1.yaml");
    assertThat(repo.read("objectives/OBJ-1.yaml")).isEqualTo(objective);
    var check = repo.isms("check");
    assertThat(check)
        .exitedWith(1)
        .outContains("suppliers/SUP-MAIL.yaml:10:1: error [supplier-review-overdue]");
    assertThat(check.out()).doesNotContain("SUP-NORDLICHT");
  }

  @Test
  void newTakesAGivenIdAndLeavesGitAloneWithNoCommit() throws Exception {
    RevCommit before = repo.head();

    assertThat(
            repo.isms(
                "supplier",
                "new",
                "--id",
                "SUP-ERRORS",
                "--name",
                "Faultline Oy",
                "--owner",
                "Tobias Brandt",
                "--no-commit"))
        .succeeded()
        .outContains("suppliers/SUP-ERRORS.yaml: supplier(SUP-ERRORS): new, Faultline Oy (--no")
        .outContains("SUP-ERRORS (Faultline Oy) has not been reviewed yet");

    assertThat(repo.read("suppliers/SUP-ERRORS.yaml"))
        .isEqualTo(
            """
            # yaml-language-server: $schema=../.isms/schemas/supplier.schema.json
            id: SUP-ERRORS
            name: Faultline Oy
            subprocessor: false
            owner: Tobias Brandt
            review_every: P1Y
            """);
    assertThat(repo.head()).isEqualTo(before);
    assertThat(repo.git().status().call().getUntracked()).contains("suppliers/SUP-ERRORS.yaml");
    assertThat(repo.isms("check"))
        .exitedWith(1)
        .outContains(
            "error [supplier-review-overdue] SUP-ERRORS \"Faultline Oy\" has never been reviewed");
  }

  @Test
  void newRefusesBadInputWithOneLineAndWritesNothing() throws Exception {
    RevCommit before = repo.head();
    String[] base = {"supplier", "new", "--name", "Nordlicht Payments AB"};

    assertThat(repo.isms(with(base, "--owner", "Priya Shaw")))
        .exitedWith(2)
        .errContains(
            "--owner Priya Shaw is no role or person under people: in isms.yaml; give one of them,"
                + " or add the person there first.");
    assertThat(repo.isms(with(base, "--owner", "CTO", "--review-every", "1y")))
        .exitedWith(2)
        .errContains("--review-every 1y is not an ISO 8601 period", "write it like P1Y");
    assertThat(repo.isms(with(base, "--owner", "CTO", "--review-every", "P0D")))
        .exitedWith(2)
        .errContains("--review-every P0D is not an ISO 8601 period");
    assertThat(repo.isms(with(base, "--owner", "CTO", "--last-reviewed", "2026-02-30")))
        .exitedWith(2)
        .errContains("'2026-02-30' is not a date; write it as YYYY-MM-DD");
    assertThat(repo.isms(with(base, "--owner", "CTO", "--last-reviewed", "2026-11-25")))
        .exitedWith(2)
        .errContains("--last-reviewed 2026-11-25 is after today (2026-11-24)");
    assertThat(repo.isms(with(base, "--owner", "CTO", "--id", "SUP-MAIL")))
        .exitedWith(2)
        .errContains("suppliers/SUP-MAIL.yaml exists already; give another id with --id");
    assertThat(repo.isms(with(base, "--owner", "CTO", "--id", "../SUP-X")))
        .exitedWith(2)
        .errContains("--id `../SUP-X` is not a valid id");
    assertThat(repo.isms("supplier", "new", "--name", "postwerk mail gmbh", "--owner", "CTO"))
        .exitedWith(2)
        .errContains("postwerk mail gmbh is in the register already as SUP-MAIL")
        .hasNoStackTrace();
    assertThat(repo.isms("supplier", "new", "--name", "TBD", "--owner", "CTO"))
        .exitedWith(2)
        .errContains("--name is missing or a placeholder");

    assertThat(repo.read("suppliers/SUP-MAIL.yaml")).isEqualTo(MAIL);
    assertThat(repo.dir().resolve("suppliers/SUP-NORDLICHT.yaml")).doesNotExist();
    assertThat(repo.head()).isEqualTo(before);
    assertThat(repo.git().status().call().isClean()).isTrue();
  }

  @Test
  void reviewedKeepsTheFileAsWrittenAndClearsTheOverdueError() throws Exception {
    // given an overdue review
    assertThat(repo.isms("check"))
        .exitedWith(1)
        .outContains(
            "suppliers/SUP-MAIL.yaml:10:1: error [supplier-review-overdue] SUP-MAIL \"Postwerk"
                + " Mail GmbH\" was last reviewed 2025-10-01");

    // when
    assertThat(reviewedWithNote("2026-11-20", "ISO 27001 certificate valid to 2028, DPA unchanged"))
        .succeeded()
        .outContains(
            "SUP-MAIL (Postwerk Mail GmbH) was reviewed on 2026-11-20; the next review is due"
                + " 2027-11-20 (every P1Y)")
        .outContains("suppliers/SUP-MAIL.yaml: supplier(SUP-MAIL): reviewed 2026-11-20 (committed");

    // then only the date line changed and the note is appended; comments, quoting and the blank
    // line stay
    assertThat(repo.read("suppliers/SUP-MAIL.yaml"))
        .isEqualTo(
            MAIL.replace("last_reviewed: 2025-10-01    #", "last_reviewed: 2026-11-20    #")
                + "review_notes:\n"
                + "  - {on: 2026-11-20, note: \"ISO 27001 certificate valid to 2028, DPA"
                + " unchanged\"}\n");
    assertThat(repo.headPaths()).containsExactly("suppliers/SUP-MAIL.yaml");
    assertThat(repo.head().getFullMessage())
        .isEqualTo(
            "supplier(SUP-MAIL): reviewed 2026-11-20\n\n"
                + "ISO 27001 certificate valid to 2028, DPA unchanged");
    assertThat(repo.isms("check")).succeeded();
    assertThat(repo.isms("supplier", "list"))
        .succeeded()
        .outContains("SUP-MAIL       reviewed 2027-11-20");
  }

  private CommandResult reviewedWithNote(String on, String note) {
    return repo.isms("supplier", "reviewed", "SUP-MAIL", "--on", on, "--note", note);
  }

  /** The pack of the one review scaffolded in the test. */
  private String pack() throws Exception {
    try (var files = Files.list(repo.dir().resolve("reviews"))) {
      var pack =
          files.map(d -> d.resolve("pack.md")).filter(Files::exists).findFirst().orElseThrow();
      return Files.readString(pack);
    }
  }

  @Test
  void thePackShowsWhatTheLatestReviewFoundBesideTheLastReview() throws Exception {
    assertThat(
            reviewedWithNote(
                "2026-11-02", "SOC 2 Type II 2026 read | one exception: MFA on the admin console"))
        .succeeded();
    assertThat(repo.isms("review", "new", "--type", "quarterly")).succeeded();

    assertThat(repo.isms("pack", "--no-commit")).succeeded();
    assertThat(pack())
        .contains("| Last reviewed | What the review found | Next review due | Review |")
        .contains(
            "| 2026-11-02 | SOC 2 Type II 2026 read \\| one exception: MFA on the admin console"
                + " | 2027-11-02 | reviewed |");

    // a later review without a note: the latest note stands, dated, beside it
    assertThat(repo.isms("supplier", "reviewed", "SUP-MAIL")).succeeded();
    assertThat(repo.isms("pack", "--no-commit")).succeeded();
    assertThat(pack())
        .contains(
            "| 2026-11-24 | SOC 2 Type II 2026 read \\| one exception: MFA on the admin console"
                + " (review of 2026-11-02) | 2027-11-24 | reviewed |");
  }

  @Test
  void reviewedRefusesAFutureOrEarlierDayAndLeavesTheFileUntouched() throws Exception {
    RevCommit before = repo.head();

    assertThat(repo.isms("supplier", "reviewed", "SUP-MAIL", "--on", "2026-11-25"))
        .exitedWith(2)
        .errContains(
            "--on 2026-11-25 is after today (2026-11-24); record a review once it has taken place");
    assertThat(repo.isms("supplier", "reviewed", "SUP-MAIL", "--on", "2025-09-30"))
        .exitedWith(2)
        .errContains(
            "--on 2025-09-30 is before SUP-MAIL's last review (2025-10-01); give the day of a"
                + " review since then");
    assertThat(repo.isms("supplier", "reviewed", "SUP-MAIL", "--note", "n/a"))
        .exitedWith(2)
        .errContains("--note `n/a` says nothing");
    assertThat(repo.isms("supplier", "reviewed", "SUP-MALE"))
        .exitedWith(2)
        .errContains("no supplier SUP-MALE in suppliers/.", "Did you mean `SUP-MAIL`?")
        .hasNoStackTrace();

    assertThat(repo.read("suppliers/SUP-MAIL.yaml")).isEqualTo(MAIL);
    assertThat(repo.head()).isEqualTo(before);
    assertThat(repo.git().status().call().isClean()).isTrue();
  }

  @Test
  void reviewedAddsLastReviewedToASupplierNeverReviewedAndSaysWhenAnOldReviewIsDueAgain()
      throws Exception {
    String never = "id: SUP-NEW\nname: Newco   # onboarding in December\nsubprocessor: false\n";
    MinimalRepo.write(repo.dir(), "suppliers/SUP-NEW.yaml", never);

    assertThat(repo.isms("supplier", "reviewed", "SUP-NEW", "--on", "2025-11-01"))
        .succeeded()
        .outContains(
            "SUP-NEW (Newco) was reviewed on 2025-11-01; the next review is due 2026-11-01"
                + " (every P1Y), which has passed");

    assertThat(repo.read("suppliers/SUP-NEW.yaml"))
        .isEqualTo(never + "last_reviewed: 2025-11-01\n");
    assertThat(repo.headPaths()).containsExactly("suppliers/SUP-NEW.yaml");
  }

  @Test
  void listShowsEachSuppliersReviewStatusMostUrgentFirst() throws Exception {
    MinimalRepo.write(
        repo.dir(),
        "suppliers/SUP-AWS.yaml",
        "id: SUP-AWS\nname: AWS\nowner: Marco Diaz\nlast_reviewed: 2025-12-10\n");
    MinimalRepo.write(
        repo.dir(),
        "suppliers/SUP-CDN.yaml",
        "id: SUP-CDN\nname: Edgecast\nlast_reviewed: 2026-06-01\nreview_every: P1Y\n");
    MinimalRepo.write(repo.dir(), "suppliers/SUP-NEW.yaml", "id: SUP-NEW\nname: Newco\n");

    assertThat(repo.isms("supplier", "list"))
        .succeeded()
        .outContains(
            """
            ID             STATUS   DUE           LATE  LAST REVIEWED  OWNER                NAME
            SUP-NEW        overdue  now                 never          -                    Newco
            SUP-MAIL       overdue  2026-10-01    54 d  2025-10-01     Tobias Brandt        Postwerk Mail GmbH
            SUP-AWS        due      2026-12-10          2025-12-10     Marco Diaz           AWS
            SUP-CDN        reviewed 2027-06-01          2026-06-01     -                    Edgecast
            """);
  }

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
