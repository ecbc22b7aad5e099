package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risk register delta comes from Git: the register as committed at the end of the previous
 * review's day against the working tree now. Missing history never fails the pack.
 */
class PackHistoryTest {
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

  static void commitAt(Git git, String message, String when) throws Exception {
    DatedCommits.commitAll(git, message, OffsetDateTime.parse(when));
  }

  /** The history of the test: three risks at the review, then an addition, a change, a closure. */
  private Git historyBetweenTwoReviews() throws Exception {
    Git git = GitTestSupport.initWithIdentity(repo);
    PackRepo.create(repo);
    PackRepo.write(
        repo,
        "risks/R-1.yaml",
        PackRepo.risk(
            "R-1",
            "Ransomware on backups",
            "Marco Diaz",
            3,
            4,
            "open",
            "treatment_due: 2026-12-31\n"));
    PackRepo.write(
        repo,
        "risks/R-2.yaml",
        PackRepo.risk("R-2", "Misdirected e-mail", "Lena Vogt", 2, 4, "open", ""));
    PackRepo.write(
        repo,
        "risks/R-3.yaml",
        PackRepo.risk(
            "R-3", "Unpatched VPN", "Priya Shah", 4, 4, "open", "treatment_due: 2026-10-31\n"));
    commitAt(git, "registers before the review", "2026-09-10T17:00:00+01:00");
    // late on the review's day: still part of what the review saw
    PackRepo.write(
        repo,
        "risks/R-2.yaml",
        PackRepo.risk("R-2", "Misdirected e-mail", "Priya Shah", 2, 4, "open", ""));
    commitAt(git, "reassigned at the review", "2026-09-15T23:30:00+01:00");
    // just after midnight: after the review
    PackRepo.write(
        repo,
        "risks/R-4.yaml",
        PackRepo.risk(
            "R-4",
            "Credential stuffing",
            "Priya Shah",
            4,
            5,
            "open",
            "treatment_due: 2027-01-31\n"));
    commitAt(git, "add R-4", "2026-09-16T00:30:00+01:00");
    PackRepo.write(
        repo,
        "risks/R-1.yaml",
        PackRepo.risk(
            "R-1",
            "Ransomware on backups",
            "Dana Ruiz",
            2,
            4,
            "open",
            "treatment_due: 2026-12-31\n"));
    commitAt(git, "R-1 reassessed", "2026-10-20T10:00:00+01:00");
    PackRepo.write(
        repo,
        "risks/R-3.yaml",
        PackRepo.risk(
            "R-3",
            "Unpatched VPN",
            "Priya Shah",
            4,
            4,
            "closed",
            "treatment_due: 2026-10-31\nclosed: 2026-11-02\n"));
    commitAt(git, "R-3 closed", "2026-11-02T09:00:00+01:00");
    return git;
  }

  private String pack() throws Exception {
    return Files.readString(repo.resolve("reviews/2026-Q4/pack.md"));
  }

  /** The delta part of section f), from its heading to the next input. */
  static String delta(String pack) {
    int start = pack.indexOf("**Changes since");
    int end = pack.indexOf("\n### ", start);
    assertThat(start).as("delta section in%n%s", pack).isNotNegative();
    return pack.substring(start, end).strip();
  }

  @Test
  void deltaShowsAddedChangedAndClosedRisksSinceThePreviousReview() throws Exception {
    try (Git git = historyBetweenTwoReviews()) {
      String reviewCommit = git.getRepository().resolve("HEAD~3").getName().substring(0, 12);

      CommandResult result =
          Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24", "--no-commit");

      assertThat(result).succeeded().hasNoStackTrace();
      assertThat(result.err()).doesNotContain("warning");
      assertThat(delta(pack()))
          .isEqualTo(
              """
          **Changes since the previous review 2026-Q3 (2026-09-15).**
          The register as committed then (commit %s of 2026-09-15, the last at or before the end of that day), compared with the working tree now.

          Added:

          | ID | Risk | Score | Owner | Treatment | Status |
          |---|---|---|---|---|---|
          | R-4 | Credential stuffing | 20 critical (likelihood 4 × impact 5) | Priya Shah | modify | open |

          Closed:

          | ID | Risk | How |
          |---|---|---|
          | R-3 | Unpatched VPN | status closed on 2026-11-02 (was open, score 16) |

          Changed:

          | ID | Risk | Field | Was | Now |
          |---|---|---|---|---|
          | R-1 | Ransomware on backups | score | 12 high (likelihood 3 × impact 4) | 8 medium (likelihood 2 × impact 4) |
          |  |  | owner | Marco Diaz | Dana Ruiz |"""
                  .formatted(reviewCommit));
    }
  }

  @Test
  void deltaIsAgainstTheWorkingTreeAndThePackSaysWhatIsUncommitted() throws Exception {
    try (Git git = historyBetweenTwoReviews()) {
      Files.delete(repo.resolve("risks/R-2.yaml"));
      String head = git.getRepository().resolve("HEAD").getName();

      CommandResult result =
          Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24", "--no-commit");

      assertThat(result)
          .succeeded()
          .errContains("warning: register files have uncommitted changes (risks/R-2.yaml)");
      assertThat(pack())
          .contains("- **Data commit:** " + head + ", with uncommitted changes to risks/R-2.yaml");
      assertThat(delta(pack()))
          .contains("| R-2 | Misdirected e-mail | file removed (was open, score 8) |");
    }
  }

  @Test
  void shallowCloneStillGetsItsPackAndIsToldHowToFetchTheHistory() throws Exception {
    historyBetweenTwoReviews().close();
    Path clone = GitTestSupport.shallowClone(repo, temp.resolve("clone"), 1);
    assertThat(clone.resolve(".git/shallow")).exists();

    CommandResult result =
        Cli.run("-C", clone.toString(), "pack", "--as-of", "2026-11-24", "--no-commit");

    assertThat(result)
        .succeeded()
        .hasNoStackTrace()
        .errContains("warning: the risk register delta is missing", "git fetch --unshallow")
        // the risks' treatment dates first agreed are as unsure as the actions' due dates
        .errContains(
            "warning: the treatment dates first agreed of 4 risks (R-1, R-2, R-3, R-4) are only the"
                + " oldest this shallow clone holds",
            "so the treatment table may miss earlier moves");
    String pack = Files.readString(clone.resolve("reviews/2026-Q4/pack.md"));
    assertThat(pack)
        .contains("- **Due date first agreed**", "The treatment dates first agreed of 4");
    assertThat(delta(pack))
        .contains("This is a shallow clone: its history goes back only to 2026-11-02")
        .contains("To fetch it: `git fetch --unshallow`")
        .doesNotContain("Added:");
    assertThat(pack)
        .contains(
            "| R-4 | Credential stuffing **above appetite** |",
            "#### 9.3.2 d) 2) Monitoring and measurement results",
            "KPI-TRAINING");
  }

  @Test
  void aPartialCloneStillGetsItsPackAndCheckWithANote() throws Exception {
    historyBetweenTwoReviews().close();
    Path clone = temp.resolve("partial");
    run(repo, "git", "config", "uploadpack.allowFilter", "true");
    run(temp, "git", "clone", "-q", "--filter=blob:none", repo.toUri().toString(), "partial");

    CommandResult pack =
        Cli.run("-C", clone.toString(), "pack", "--as-of", "2026-11-24", "--no-commit");
    CommandResult check = Cli.run("-C", clone.toString(), "check", "--as-of", "2026-11-24");

    assertThat(pack)
        .succeeded()
        .hasNoStackTrace()
        .errContains("warning: the risk register delta is missing: this is a partial clone");
    assertThat(delta(Files.readString(clone.resolve("reviews/2026-Q4/pack.md"))))
        .contains("Clone the repository without --filter and generate the pack again.")
        .doesNotContain("Added:");
    assertThat(check.exitCode()).isNotEqualTo(2);
    assertThat(check.out())
        .contains("note [minutes-late] skipped: this is a partial clone (git clone --filter)")
        .doesNotContain("Missing unknown");
  }

  @Test
  void aLostHistoryObjectLeavesOutTheDeltaWithANoteUntilItIsBack() throws Exception {
    try (Git git = historyBetweenTwoReviews()) {
      // the version of R-2 the review saw, lost from the object store
      String blob =
          git.getRepository()
              .resolve("HEAD~3:risks/R-2.yaml")
              .name(); // "reassigned at the review", the baseline of the delta
      Path object = repo.resolve(".git/objects/" + blob.substring(0, 2) + "/" + blob.substring(2));
      byte[] saved = Files.readAllBytes(object);
      Files.delete(object);

      CommandResult lost = Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24");

      assertThat(lost)
          .succeeded()
          .hasNoStackTrace()
          .errContains(
              "the risk register delta is missing",
              "needs the Git object " + blob + ", which is not in this clone");
      assertThat(delta(pack())).contains("cannot be read").doesNotContain("Added:");
      String review = git.getRepository().resolve("HEAD:reviews/2026-Q3/review.yaml").name();
      Path reviewObject =
          repo.resolve(".git/objects/" + review.substring(0, 2) + "/" + review.substring(2));
      byte[] savedReview = Files.readAllBytes(reviewObject);
      Files.delete(reviewObject);
      CommandResult check = Cli.run("-C", repo.toString(), "check", "--as-of", "2026-11-24");
      assertThat(check.exitCode()).as(check.out() + check.err()).isNotEqualTo(2);
      assertThat(check.out())
          .contains("skipped: reading the Git history of", "needs the Git object " + review);
      Files.write(reviewObject, savedReview);

      Files.write(object, saved);
      CommandResult rerun = Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24");
      assertThat(rerun).succeeded();
      assertThat(rerun.err()).doesNotContain("delta is missing");
      assertThat(delta(pack())).contains("Added:");
    }
  }

  private static void run(Path dir, String... command) throws Exception {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
    assertThat(process.waitFor()).as(String.join(" ", command)).isZero();
  }

  @Test
  void anIsmsInASubfolderOfALargerRepositoryReadsItsOwnHistory() throws Exception {
    Path mono = temp.resolve("mono");
    repo = mono.resolve("compliance");
    try (Git git = GitTestSupport.initWithIdentity(mono)) {
      PackRepo.create(repo);
      PackRepo.write(
          repo,
          "risks/R-1.yaml",
          PackRepo.risk("R-1", "Ransomware on backups", "Marco Diaz", 3, 4, "open", ""));
      PackRepo.write(mono, "app/README.md", "the product\n");
      commitAt(git, "product and ISMS", "2026-09-01T09:00:00+01:00");
      PackRepo.write(
          repo,
          "risks/R-1.yaml",
          PackRepo.risk("R-1", "Ransomware on backups", "Dana Ruiz", 3, 4, "open", ""));
      commitAt(git, "R-1 reassigned", "2026-10-01T09:00:00+01:00");

      CommandResult result = Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24");

      assertThat(result).succeeded().outContains("Committed as");
      assertThat(result.err()).isEmpty();
      assertThat(delta(pack()))
          .contains("| R-1 | Ransomware on backups | owner | Marco Diaz | Dana Ruiz |");
      assertThat(git.status().call().isClean()).isTrue();
      assertThat(git.log().setMaxCount(1).call().iterator().next().getFullMessage())
          .startsWith("pack(2026-Q4)");
    }
  }

  @Test
  void repositoryYoungerThanThePreviousReviewSaysSo() throws Exception {
    try (Git git = GitTestSupport.initWithIdentity(repo)) {
      PackRepo.create(repo);
      PackRepo.write(
          repo,
          "risks/R-1.yaml",
          PackRepo.risk("R-1", "Ransomware on backups", "Marco Diaz", 3, 4, "open", ""));
      commitAt(git, "first commit, after the review", "2026-10-02T09:00:00+01:00");

      CommandResult result =
          Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24", "--no-commit");

      assertThat(result).succeeded().errContains("the risk register delta is missing");
      assertThat(delta(pack()))
          .contains("The Git history begins on 2026-10-02, after review" + " 2026-Q3 (2026-09-15)");
    }
  }

  @Test
  void withoutGitThePackIsWrittenAndSaysThereIsNoHistory() throws Exception {
    PackRepo.create(repo);
    PackRepo.write(
        repo,
        "risks/R-1.yaml",
        PackRepo.risk("R-1", "Ransomware on backups", "Marco Diaz", 3, 4, "open", ""));

    CommandResult result = Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24");

    assertThat(result)
        .succeeded()
        .hasNoStackTrace()
        .errContains(
            "warning: the risk register delta is missing: the ISMS repository is not in" + " Git")
        .outContains("reviews/2026-Q4/pack.md", "Nothing was committed (not in a Git repository).");
    assertThat(pack())
        .contains("- **Data commit:** no Git")
        .contains("| R-1 | Ransomware on backups **above appetite** |");
    assertThat(delta(pack())).contains("not in Git");
    assertThat(repo.resolve(".git")).doesNotExist();
  }

  @Test
  void aFirstReviewHasNoDeltaAndNoWarning() throws Exception {
    PackRepo.create(repo);
    Files.delete(repo.resolve("reviews/2026-Q3/review.yaml"));
    Files.delete(repo.resolve("reviews/2026-Q3"));

    CommandResult result =
        Cli.run("-C", repo.toString(), "pack", "--as-of", "2026-11-24", "--no-commit");

    assertThat(result).succeeded();
    assertThat(result.err()).isEmpty();
    assertThat(pack())
        .contains("- **Period covered:** up to 2026-11-24 (no earlier held review)")
        .contains("There is no earlier held review to compare the risk register with");
  }
}
