package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CompleteMinutes;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.IsolatedGitConfig;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * "No change since review X": {@code review new} offers it for the inputs whose registers hold no
 * new data since the previous held review (2026-Q3, 2026-09-15), and {@code check} accepts it when
 * the history bears it out and names the commit that refutes it otherwise. Real Git, dated commits.
 */
class NoChangeOfferTest {
  static final String MINUTES = "reviews/2026-Q4/minutes.md";
  static final String OFFER = "this section may say only: No change since review 2026-Q3.";

  @TempDir Path temp;

  @RegisterExtension final IsolatedGitConfig gitConfig = IsolatedGitConfig.withoutIdentity();

  Path repo;
  String kpiCommit;

  /**
   * The minimal repository with a risk, committed before 2026-Q3; after it, a new KPI measurement
   * (new data), and a risk file re-formatted with a comment plus a README beside the risks (no new
   * data).
   */
  @BeforeEach
  void historySinceTheLastReview() throws Exception {
    repo = MinimalRepo.create(temp.resolve("repo"));
    MinimalRepo.write(repo, "risks/R-1.yaml", risk("R-1", "Ransomware on the backup path"));
    try (Git git = GitTestSupport.initWithIdentity(repo)) {
      DatedCommits.commitAll(git, "isms: the records", LocalDate.of(2026, 9, 1));
      MinimalRepo.write(
          repo,
          "kpis/KPI-TRAINING.yaml",
          Files.readString(repo.resolve("kpis/KPI-TRAINING.yaml"))
              + "  - {period: 2026-Q4, value: 97.0}\n");
      DatedCommits.commitAll(
          git, "kpi: training completion for 2026-Q4", LocalDate.of(2026, 10, 20));
      kpiCommit = head(git);
      MinimalRepo.write(
          repo,
          "risks/R-1.yaml",
          "# reviewed, nothing changed\n" + risk("R-1", "'Ransomware on the backup path'"));
      MinimalRepo.write(repo, "risks/README.md", "One file per risk.\n");
      DatedCommits.commitAll(git, "risks: comment and readme", LocalDate.of(2026, 10, 25));
    }
  }

  @Test
  void theScaffoldOffersTheClaimOnlyWhereNoRegisterChanged() throws Exception {
    CommandResult result = scaffoldQ4();

    assertThat(result)
        .succeeded()
        .outContains(
            "Note: minutes.md offers \"No change since review 2026-Q3.\" (in a comment) under"
                + " 9.3.2 a), 9.3.2 b), 9.3.2 c), 9.3.2 d) 1), 9.3.2 d) 3), 9.3.2 e), 9.3.2 f),"
                + " 9.3.2 g): their registers hold no new data since that review;");
    String minutes = Files.readString(repo.resolve(MINUTES));
    assertThat(section(minutes, "9.3.2 f)"))
        .contains(
            "<!-- Nothing in risks/ changed after review 2026-Q3 (2026-09-15) up to 2026-11-24."
                + " If that still holds at the meeting and management has nothing to add, "
                + OFFER
                + " (isms check verifies it against the Git history.) -->");
    assertThat(section(minutes, "9.3.2 a)")).contains("Nothing in actions/ changed", OFFER);
    assertThat(section(minutes, "9.3.2 d) 3)")).contains("findings/ or audits/", OFFER);
    // the KPI measurement is new data for monitoring results and for the objectives
    assertThat(section(minutes, "9.3.2 d) 2)")).doesNotContain(OFFER);
    assertThat(section(minutes, "9.3.2 d) 4)")).doesNotContain(OFFER);
  }

  @Test
  void aRegisterWithUncommittedChangesIsOfferedNothing() throws Exception {
    MinimalRepo.write(repo, "risks/R-1.yaml", risk("R-1", "Ransomware on the primary backups"));

    assertThat(scaffoldQ4("--no-commit")).succeeded();

    String minutes = Files.readString(repo.resolve(MINUTES));
    assertThat(section(minutes, "9.3.2 f)")).doesNotContain(OFFER);
    assertThat(section(minutes, "9.3.2 a)")).contains(OFFER);
  }

  @Test
  void anUntouchedScaffoldStillFailsTheCheckOnceHeld() throws Exception {
    assertThat(scaffoldQ4()).succeeded();
    markHeld();

    CommandResult check = check();

    assertThat(check)
        .exitedWith(1)
        .outContains(
            MINUTES
                + ":"
                + lineOf(MINUTES, "### 9.3.2 f)")
                + ": error [review-inputs] the section on 9.3.2 f) results of risk assessment"
                + " and status of risk treatment plan holds nothing but the template's"
                + " prompt");
  }

  @Test
  void aTrueClaimPassesTheCheckAndAFalseOneIsRefutedWithTheCommit() throws Exception {
    assertThat(scaffoldQ4()).succeeded();
    markHeld();
    String complete = CompleteMinutes.of("2026-Q4", "iso27001-2022");
    MinimalRepo.write(repo, MINUTES, claimIn(complete, "9.3.2 f)"));

    assertThat(check()).succeeded();

    MinimalRepo.write(repo, MINUTES, claimIn(complete, "9.3.2 d) 2)"));

    assertThat(check())
        .exitedWith(1)
        .outContains(
            "the section on 9.3.2 d) 2) says `No change since review 2026-Q3`, but 1 commit"
                + " changed kpis/ or incidents/ after 2026-Q3 (2026-09-15) and by 2026-Q4"
                + " (2026-12-15): "
                + kpiCommit.substring(0, 7)
                + " (2026-10-20, kpi: training completion for 2026-Q4)");
  }

  @Test
  void anOwnInputFedByIncidentsIsOfferedAndVerifiedAgainstIncidents() throws Exception {
    // given isms.yaml's own input fed by incidents/, and no incident since 2026-Q3
    Path config = repo.resolve("isms.yaml");
    Files.writeString(
        config,
        Files.readString(config)
            .replace(
                "policy:",
                "procedure:\n  inputs:\n    - id: customer-visible-events\n"
                    + "      title: Customer-visible security events\n"
                    + "      prompt: Record the status-page entries.\n"
                    + "      data: customer-visible-incidents\npolicy:"));
    try (Git git = Git.open(repo.toFile())) {
      DatedCommits.commitAll(git, "isms: own input", LocalDate.of(2026, 10, 26));
    }
    String heading = "### Customer-visible security events (the organisation's procedure)";

    // when scaffolded, then its section is offered the claim, as the standard's are
    assertThat(scaffoldQ4()).succeeded();
    String scaffolded = Files.readString(repo.resolve(MINUTES));
    assertThat(scaffolded.substring(scaffolded.indexOf(heading)))
        .contains("Nothing in incidents/ changed after review 2026-Q3 (2026-09-15)", OFFER);

    // and the claim written as its text passes the check while incidents/ holds nothing new
    markHeld();
    String claimed =
        CompleteMinutes.of("2026-Q4", "iso27001-2022")
            .replace("## Results", heading + "\n\nNo change since review 2026-Q3.\n\n## Results");
    MinimalRepo.write(repo, MINUTES, claimed);
    // (the earlier reviews' minutes predate the input, so only 2026-Q4's are looked at)
    assertThat(check().out()).contains("1 rule run").doesNotContain(MINUTES);

    // but an incident committed after 2026-Q3 refutes it, naming the commit
    String incident;
    try (Git git = Git.open(repo.toFile())) {
      MinimalRepo.write(
          repo,
          "incidents/INC-1.yaml",
          "id: INC-1\ntitle: Portal down\nseverity: sev2\nopened: 2026-11-02T08:00:00+01:00\n"
              + "customer_visible: true\n");
      DatedCommits.commitAll(git, "incident: portal down", LocalDate.of(2026, 11, 2));
      incident = head(git);
    }
    assertThat(check())
        .exitedWith(1)
        .outContains(
            "the section on `Customer-visible security events` (the organisation's procedure)"
                + " says `No change since review 2026-Q3`, but 1 commit changed incidents/ after"
                + " 2026-Q3 (2026-09-15) and by 2026-Q4 (2026-12-15): "
                + incident.substring(0, 7)
                + " (2026-11-02, incident: portal down)");
  }

  @Test
  void aClaimReachingBeforeTheHistoryStartsCannotBeVerified() throws Exception {
    // given an ISMS first committed on 2026-10-01, after review 2026-Q3, with no changes/ at all
    repo = MinimalRepo.create(temp.resolve("late"));
    try (Git git = GitTestSupport.initWithIdentity(repo)) {
      DatedCommits.commitAll(
          git, "isms: the records, kept elsewhere before", LocalDate.of(2026, 10, 1));
    }
    assertThat(scaffoldQ4()).succeeded();
    markHeld();
    MinimalRepo.write(
        repo, MINUTES, claimIn(CompleteMinutes.of("2026-Q4", "iso27001-2022"), "9.3.2 c)"));

    // then the empty register's history cannot prove the claim: it says so, and does not fail
    assertThat(check())
        .succeeded()
        .outContains(
            "warning [review-inputs] the section on 9.3.2 c) says `No change since review 2026-Q3`,"
                + " which the history cannot verify: it starts on 2026-10-01, after 2026-Q3"
                + " (2026-09-15), so what changed before then is not in Git");
  }

  @Test
  void aShallowCloneIsOfferedNothing() throws Exception {
    repo = GitTestSupport.shallowClone(repo, temp.resolve("clone"), 1);

    CommandResult scaffold = scaffoldQ4();

    assertThat(scaffold)
        .succeeded()
        .errContains(
            "isms: warning: the due date first agreed of 1 action (ACT-1) is only the oldest this"
                + " shallow clone holds (its history starts on 2026-10-25)");
    assertThat(Files.readString(repo.resolve(MINUTES))).doesNotContain("No change since");
  }

  @Test
  void theFirstReviewIsOfferedNothing() throws Exception {
    try (Git git = Git.open(repo.toFile())) {
      FileTrees.delete(repo.resolve("reviews"));
      Path action = repo.resolve("actions/ACT-1.yaml");
      Files.writeString(action, Files.readString(action).replace("source: 2026-Q3", "source: F-1"));
      DatedCommits.commitAll(git, "no review held yet", LocalDate.of(2026, 10, 26));
    }

    assertThat(scaffoldQ4()).succeeded();

    assertThat(Files.readString(repo.resolve(MINUTES))).doesNotContain("No change since");
  }

  @Test
  void outsideGitNothingIsOffered() throws Exception {
    Path plain = MinimalRepo.create(temp.resolve("plain"));
    repo = plain;

    assertThat(scaffoldQ4("--no-commit")).succeeded();

    assertThat(Files.readString(repo.resolve(MINUTES))).doesNotContain("No change since");
  }

  /** `isms review new` on the tests' day, 2026-11-24, for the quarterly review of 2026-12-15. */
  private CommandResult scaffoldQ4(String... more) {
    String[] args = {"review", "new", "--type", "quarterly", "--date", "2026-12-15"};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Cli.inRepo(repo, all);
  }

  /** review.yaml of 2026-Q4 as held, everyone present, committed on the day of the meeting. */
  private void markHeld() throws Exception {
    Path file = repo.resolve("reviews/2026-Q4/review.yaml");
    String text =
        Files.readString(file)
            .replace("status: planned", "status: held")
            .replace("present: null", "present: true");
    Files.writeString(file, text);
    try (Git git = Git.open(repo.toFile())) {
      DatedCommits.commitAll(git, "review(2026-Q4): held", LocalDate.of(2026, 12, 15));
    }
  }

  private CommandResult check() {
    return Cli.run(
        "-C", repo.toString(), "--as-of", "2026-12-16", "check", "--rule", "review-inputs");
  }

  /** The complete minutes with one input's text replaced by the claim. */
  private static String claimIn(String minutes, String ref) {
    Matcher m =
        Pattern.compile("(#+ " + Pattern.quote(ref) + "[^\\n]*\\n\\n<!--[^\\n]*-->\\n)[^\\n]+\\n")
            .matcher(minutes);
    assertThat(m.find()).as("section %s in the complete minutes", ref).isTrue();
    return minutes.substring(0, m.start())
        + m.group(1)
        + "No change since review 2026-Q3.\n"
        + minutes.substring(m.end());
  }

  /** The text from an input's heading up to the next heading. */
  private static String section(String minutes, String ref) {
    int start = minutes.indexOf("# " + ref);
    assertThat(start).as("heading %s", ref).isNotNegative();
    int end = minutes.indexOf("\n#", start + 1);
    return minutes.substring(start, end < 0 ? minutes.length() : end);
  }

  private int lineOf(String file, String prefix) throws Exception {
    var lines = Files.readAllLines(repo.resolve(file));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i + 1;
      }
    }
    throw new AssertionError(prefix + " not in " + file);
  }

  private static String head(Git git) throws Exception {
    RevCommit c = git.log().setMaxCount(1).call().iterator().next();
    return c.getName();
  }

  private static String risk(String id, String title) {
    return """
        id: %s
        title: %s
        owner: Marco Diaz
        likelihood: 3
        impact: 4
        treatment: modify
        status: open
        treatment_due: 2027-06-30
        """
        .formatted(id, title);
  }
}
