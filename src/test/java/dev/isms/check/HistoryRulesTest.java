package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.isms.check.CheckFixture.Found;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CompleteMinutes;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.IsolatedGitConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** minutes-late and pack-late on real Git repositories whose commits carry fixed dates. */
class HistoryRulesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final String MINUTES = "reviews/2026-Q3/minutes.md";
  static final String PACK = "reviews/2026-Q3/pack.md";
  static final String Q4_MINUTES = "reviews/2026-Q4/minutes.md";
  static final String Q4_REVIEW = "reviews/2026-Q4/review.yaml";

  @TempDir Path temp;

  @RegisterExtension final IsolatedGitConfig gitConfig = IsolatedGitConfig.withoutIdentity();

  @Test
  void minutesAndPackCommittedInTimePass() throws Exception {
    CheckFixture repo = history(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 8));

    CommandResult result = repo.check("--rule", "minutes-late", "--rule", "pack-late");

    assertThat(result).succeeded().outContains("no problems found; 2 rules run");
  }

  @Test
  void minutesFirstCommittedAfterThePolicysPeriodAreAWarning() throws Exception {
    CheckFixture repo = history(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 9, 8));

    List<Found> found = repo.problemsOf("minutes-late");

    assertThat(found)
        .extracting(Found::rule, Found::severity, Found::file, Found::line)
        .containsExactly(tuple("minutes-late", "warning", MINUTES, 1));
    assertThat(found.get(0).message())
        .isEqualTo(
            "the minutes of 2026-Q3 (meeting 2026-09-15) were first committed on 2026-10-20,"
                + " 35 days after the meeting; the policy allows 14 days (policy.minutes_within: P14D):"
                + " commit minutes, even a draft, soon after the meeting");
    assertThat(repo.check("--rule", "minutes-late", "--strict")).exitedWith(1);
  }

  @Test
  void laterEditsDoNotMakeMinutesLate() throws Exception {
    CheckFixture repo = history(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 8));
    repo.replace(
        MINUTES, "Budget for 40 FIDO2 keys approved.", "Budget for 45 FIDO2 keys approved.");
    commit(repo, LocalDate.of(2026, 11, 2), MINUTES);

    assertThat(repo.check("--rule", "minutes-late")).succeeded().outContains("no problems found");
  }

  @Test
  void aPackCommittedFewerThanFiveBusinessDaysAheadIsAWarning() throws Exception {
    CheckFixture repo = history(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 11));

    List<Found> found = repo.problemsOf("pack-late");

    assertThat(found)
        .extracting(Found::severity, Found::file, Found::line)
        .containsExactly(tuple("warning", PACK, 1));
    assertThat(found.get(0).message())
        .isEqualTo(
            "the briefing pack of 2026-Q3 was first committed on 2026-09-11, 2 business days"
                + " before the meeting on 2026-09-15; the policy asks for 5 business days"
                + " (policy.pack_lead_business_days: 5): commit it by 2026-09-08 next time so attendees"
                + " can prepare");
  }

  @Test
  void exactlyFiveBusinessDaysAheadOverAWeekendIsInTime() throws Exception {
    // Tuesday 2026-09-08 to the meeting on Tuesday 2026-09-15: Tue, Wed, Thu, Fri, Mon
    CheckFixture repo = history(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 8));

    assertThat(repo.check("--rule", "pack-late")).succeeded();

    repo.replace(PACK, "Briefing pack", "Briefing pack, corrected");
    commit(repo, LocalDate.of(2026, 9, 14), PACK);

    assertThat(repo.check("--rule", "pack-late")).succeeded();
  }

  @Test
  void minutesNotCommittedLongAfterTheMeetingAreAWarning() throws Exception {
    CheckFixture repo = history(null, LocalDate.of(2026, 9, 8));

    assertThat(repo.problemsOf("minutes-late"))
        .extracting(Found::file, Found::message)
        .containsExactly(
            tuple(
                MINUTES,
                "the minutes of 2026-Q3 (meeting 2026-09-15) are not"
                    + " committed, though the policy allows 14 days (policy.minutes_within: P14D) and that"
                    + " ended 2026-09-29: commit them"));
  }

  @Test
  void aCommitAfterTheAsOfDateHadNotHappenedYet() throws Exception {
    CheckFixture repo = history(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 9, 8));

    assertThat(repo.problemsOf("minutes-late"))
        .extracting(Found::message)
        .singleElement()
        .asString()
        .contains("are not committed");
  }

  @Test
  void aShallowCloneSkipsTheHistoryRulesWithANote() throws Exception {
    CheckFixture origin = history(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 9, 11));
    Path clone = temp.resolve("shallow");
    Git.cloneRepository()
        .setURI(origin.root.toUri().toString())
        .setDirectory(clone.toFile())
        .setDepth(1)
        .call()
        .close();

    CommandResult result =
        dev.isms.testing.Cli.run(
            "-C",
            clone.toString(),
            "check",
            "--as-of",
            CheckFixture.AS_OF,
            "--rule",
            "minutes-late",
            "--rule",
            "pack-late");

    assertThat(result)
        .succeeded()
        .outContains(
            "note [minutes-late] skipped: this is a shallow clone, so when each file was"
                + " first committed is unknown; fetch the full history with `git fetch --unshallow`")
        .outContains("note [pack-late] skipped: this is a shallow clone")
        .outContains("isms check: no problems found; 0 rules run, 2 skipped");
  }

  @Test
  void withoutGitTheHistoryRulesAreSkippedWithANote() {
    CheckFixture repo = CheckFixture.copy(temp.resolve("plain"));

    assertThat(repo.check())
        .succeeded()
        .outContains("note [minutes-late] skipped: the ISMS repository is not in a Git repository");
  }

  @Test
  void anIsmsInASubfolderOfTheGitRepositoryWorksToo() throws Exception {
    Path top = temp.resolve("mono");
    try (Git git = GitTestSupport.initWithIdentity(top)) {
      CheckFixture repo = CheckFixture.copy(top.resolve("compliance"));
      repo.write(PACK, "# Briefing pack 2026-Q3\n");
      commitAll(git, LocalDate.of(2026, 1, 5), "compliance/isms.yaml");
      commitAll(git, LocalDate.of(2026, 10, 20), "compliance");

      assertThat(repo.problemsOf("minutes-late"))
          .extracting(Found::file)
          .containsExactly(
              "reviews/2026-08-12-adhoc/minutes.md", MINUTES, "reviews/2026-annual/minutes.md");
      assertThat(repo.problemsOf("pack-late")).extracting(Found::file).containsExactly(PACK);
    }
  }

  @Test
  void reviewsHeldBeforeTheIsmsCameIntoGitAreNotJudged() throws Exception {
    Path dir = temp.resolve("imported");
    try (Git git = GitTestSupport.initWithIdentity(dir)) {
      CheckFixture repo = CheckFixture.copy(dir);
      repo.write(PACK, "# Briefing pack 2026-Q3\n");
      commitAll(git, LocalDate.of(2026, 11, 20), ".");

      CommandResult result = repo.check("--rule", "minutes-late", "--rule", "pack-late");

      assertThat(result)
          .succeeded()
          .outContains(
              "note [minutes-late] 3 reviews were not judged: their minutes were due"
                  + " before isms.yaml was first committed (2026-11-20), so Git cannot tell when their"
                  + " files were written")
          .outContains("note [pack-late] 1 review was not judged: their packs were due before")
          .outContains("isms check: no problems found; 2 rules run; as of 2026-11-24");
    }
  }

  @Test
  void minutesScaffoldedBeforeTheMeetingAreLateWhenTheirContentCameLate() throws Exception {
    CheckFixture repo = scaffoldedQ4();
    recordQ4Minutes(
        repo, CompleteMinutes.of("2026-Q4", "iso27001-2022"), LocalDate.of(2026, 12, 24));

    CommandResult result = repo.checkAsOf("2026-12-28", "--rule", "minutes-late");

    assertThat(result)
        .succeeded()
        .outContains(
            Q4_MINUTES
                + ":1: warning [minutes-late] the minutes of 2026-Q4 (meeting"
                + " 2026-11-30) were first committed with content on 2026-12-24, 24 days after the"
                + " meeting (the earlier commits held only the template); the policy allows 14 days"
                + " (policy.minutes_within: P14D): commit minutes, even a draft, soon after the meeting")
        .outContains("isms check: 0 errors, 1 warning;");
  }

  @Test
  void minutesScaffoldedBeforeTheMeetingAndWrittenInTimePass() throws Exception {
    CheckFixture repo = scaffoldedQ4();
    recordQ4Minutes(
        repo, CompleteMinutes.of("2026-Q4", "iso27001-2022"), LocalDate.of(2026, 12, 14));

    assertThat(repo.checkAsOf("2026-12-28", "--rule", "minutes-late"))
        .succeeded()
        .outContains("no problems found; 1 rule run");
  }

  @Test
  void placeholdersInTheTemplateAreNotYetMinutes() throws Exception {
    CheckFixture repo = scaffoldedQ4();
    String template = repo.read(Q4_MINUTES);
    recordQ4Minutes(repo, template.replace(" -->\n", " -->\nTBD\n"), LocalDate.of(2026, 12, 2));

    assertThat(repo.problemsOf("minutes-late")).isEmpty(); // as of 2026-11-24: not held yet
    CommandResult result = repo.checkAsOf("2026-12-28", "--rule", "minutes-late");

    assertThat(result)
        .succeeded()
        .outContains(
            Q4_MINUTES
                + ":1: warning [minutes-late] the minutes of 2026-Q4 (meeting"
                + " 2026-11-30) are not committed beyond the empty template (committed 2026-11-24),"
                + " though the policy allows 14 days (policy.minutes_within: P14D) and that ended"
                + " 2026-12-14: record what management considered and commit it");
  }

  /**
   * The fixture's history, then `isms review new` scaffolding 2026-Q4 (on the fixed 2026-11-24).
   */
  private CheckFixture scaffoldedQ4() throws Exception {
    CheckFixture repo = history(LocalDate.of(2026, 9, 18), LocalDate.of(2026, 9, 8));
    CommandResult scaffold =
        Cli.run(
            "-C",
            repo.root.toString(),
            "--as-of",
            "2026-11-24",
            "review",
            "new",
            "--type",
            "quarterly",
            "--date",
            "2026-11-30");
    assertThat(scaffold).succeeded();
    try (Git git = Git.open(repo.root.toFile())) {
      assertThat(git.log().addPath(Q4_MINUTES).call()).hasSize(1);
      assertThat(git.status().call().isClean()).isTrue();
    }
    assertThat(repo.read(Q4_MINUTES)).contains("### 9.3.2 a)", "<!--");
    return repo;
  }

  /** The meeting took place: the minutes and the review marked held, committed that day. */
  private static void recordQ4Minutes(CheckFixture repo, String minutes, LocalDate day)
      throws Exception {
    repo.write(Q4_MINUTES, minutes).replace(Q4_REVIEW, "status: planned", "status: held");
    try (Git git = Git.open(repo.root.toFile())) {
      commitAll(git, day, Q4_MINUTES, Q4_REVIEW);
    }
  }

  /**
   * The fixture as a Git repository: everything but the 2026-Q3 minutes and pack committed at the
   * start of the year, then the pack and the minutes on the given days (null: not committed).
   */
  private CheckFixture history(LocalDate minutesDay, LocalDate packDay) throws Exception {
    Path dir = temp.resolve("repo");
    try (Git git = GitTestSupport.initWithIdentity(dir)) {
      CheckFixture repo = CheckFixture.copy(dir);
      String minutes = repo.read(MINUTES);
      repo.delete(MINUTES);
      // the other reviews' minutes are committed three days after their meetings
      commitAll(
          git,
          LocalDate.of(2026, 1, 5),
          "isms.yaml",
          "actions",
          "risks",
          "kpis",
          "incidents",
          "reviews/2026-annual/review.yaml",
          "reviews/2026-08-12-adhoc/review.yaml",
          "reviews/2026-Q3/review.yaml");
      commitAll(git, LocalDate.of(2026, 3, 13), "reviews/2026-annual/minutes.md");
      commitAll(git, LocalDate.of(2026, 8, 15), "reviews/2026-08-12-adhoc/minutes.md");
      repo.write(PACK, "# Briefing pack 2026-Q3\n");
      commitAll(git, packDay, PACK);
      repo.write(MINUTES, minutes);
      if (minutesDay != null) {
        commitAll(git, minutesDay, MINUTES);
      }
      return repo;
    }
  }

  private static void commit(CheckFixture repo, LocalDate day, String path) throws Exception {
    try (Git git = Git.open(repo.root.toFile())) {
      commitAll(git, day, path);
    }
  }

  private static void commitAll(Git git, LocalDate day, String... paths) throws Exception {
    for (String p : paths) {
      git.add().addFilepattern(p).call();
    }
    PersonIdent who = at(day);
    git.commit()
        .setMessage("isms: " + String.join(", ", paths))
        .setAuthor(who)
        .setCommitter(who)
        .setSign(false)
        .call();
  }

  private static PersonIdent at(LocalDate day) {
    return new PersonIdent(
        GitTestSupport.NAME,
        GitTestSupport.EMAIL,
        day.atTime(LocalTime.of(17, 0)).atZone(BERLIN).toInstant(),
        BERLIN);
  }
}
