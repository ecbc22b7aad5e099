package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.review.model.Review;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReviewNewCommandTest {
  private static final String TODAY = "2026-11-24";
  private static final List<String> FILES =
      List.of(
          "reviews/2026-Q4/agenda.md",
          "reviews/2026-Q4/invite.ics",
          "reviews/2026-Q4/minutes.md",
          "reviews/2026-Q4/review.yaml");

  @TempDir Path temp;
  Path repo;

  @BeforeEach
  void isolateGit() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    repo = temp.resolve("northwind");
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private CommandResult reviewNew(String... args) {
    return reviewNewAsOf(TODAY, args);
  }

  private CommandResult reviewNewAsOf(String today, String... args) {
    List<String> all =
        new ArrayList<>(List.of("-C", repo.toString(), "--as-of", today, "review", "new"));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  @Test
  void commitsExactlyTheReviewAndLeavesStagedUnstagedAndUntrackedChangesAsTheyWere()
      throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);
    try (Git git = Git.open(repo.toFile())) {
      Files.createDirectories(repo.resolve("notes"));
      Files.writeString(repo.resolve("notes/plan.md"), "v1\n");
      Files.writeString(repo.resolve("notes/old.md"), "to be deleted\n");
      git.add().addFilepattern("notes").call();
      git.commit().setMessage("notes").setSign(false).call();
      Files.writeString(repo.resolve("notes/plan.md"), "v2 staged\n");
      git.add().addFilepattern("notes/plan.md").call();
      Files.writeString(repo.resolve("notes/plan.md"), "v3 unstaged\n");
      git.rm().addFilepattern("notes/old.md").call();
      Files.writeString(
          repo.resolve("actions/ACT-2026-099.yaml"),
          "title: Staged, never committed\nstatus: open\nraised: 2026-11-01\n");
      git.add().addFilepattern("actions/ACT-2026-099.yaml").call();
      Files.writeString(
          repo.resolve("risks/R-003.yaml"),
          Files.readString(repo.resolve("risks/R-003.yaml"))
              .replace("Laptop theft", "Laptop loss"));
      Files.writeString(repo.resolve("scratch.txt"), "untracked\n");
      Status before = git.status().call();
      Map<String, ObjectId> indexBefore = index(git);
      RevCommit headBefore = git.log().call().iterator().next();

      CommandResult result = reviewNew("--type", "quarterly");

      assertThat(result)
          .succeeded()
          .outContains(
              "Committed 4 files as ", "review(2026-Q4): scaffold quarterly review for 2026-12-15");
      RevCommit head = git.log().call().iterator().next();
      assertThat(head.getParent(0)).isEqualTo(headBefore);
      assertThat(head.getFullMessage())
          .isEqualTo("review(2026-Q4): scaffold quarterly review for 2026-12-15");
      assertThat(head.getAuthorIdent().getName()).isEqualTo(GitTestSupport.NAME);
      assertThat(GitTestSupport.changedPaths(git, head)).containsExactlyElementsOf(FILES);
      Status after = git.status().call();
      assertThat(after.getAdded())
          .isEqualTo(before.getAdded())
          .containsExactly("actions/ACT-2026-099.yaml");
      assertThat(after.getChanged())
          .isEqualTo(before.getChanged())
          .containsExactly("notes/plan.md");
      assertThat(after.getModified())
          .isEqualTo(before.getModified())
          .containsExactlyInAnyOrder("notes/plan.md", "risks/R-003.yaml");
      assertThat(after.getRemoved()).isEqualTo(before.getRemoved()).containsExactly("notes/old.md");
      assertThat(after.getUntracked())
          .isEqualTo(before.getUntracked())
          .containsExactly("scratch.txt");
      Map<String, ObjectId> indexAfter = index(git);
      FILES.forEach(indexAfter::remove);
      assertThat(indexAfter).isEqualTo(indexBefore);
      assertThat(repo.resolve("notes/plan.md")).hasContent("v3 unstaged");
      assertThat(repo.resolve("scratch.txt")).hasContent("untracked");
    }
  }

  @Test
  void withoutAGitIdentityItSaysHowToSetOneAndWritesNothing() throws Exception {
    FileTrees.copy(ReviewFixtures.NORTHWIND, repo);
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("init")
          .setAuthor(GitTestSupport.fixedIdent())
          .setCommitter(GitTestSupport.fixedIdent())
          .setSign(false)
          .call();

      CommandResult result = reviewNew("--type", "quarterly");

      assertThat(result)
          .exitedWith(2)
          .hasNoStackTrace()
          .errContains(
              "git config --global user.name", "git config --global user.email", "--no-commit");
      assertThat(repo.resolve("reviews/2026-Q4")).doesNotExist();
      assertThat(git.log().call()).hasSize(1);
    }
  }

  @Test
  void outsideAGitRepositoryItWritesTheFilesAndSaysNothingWasCommitted() {
    FileTrees.copy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "quarterly");

    assertThat(result)
        .succeeded()
        .outContains(
            "wrote reviews/2026-Q4/agenda.md",
            "Nothing was committed: ",
            "is not in a Git repository");
    FILES.forEach(f -> assertThat(repo.resolve(f)).isNotEmptyFile());
  }

  @Test
  void noCommitWritesTheFilesAndLeavesGitAlone() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);
    try (Git git = Git.open(repo.toFile())) {
      RevCommit before = git.log().call().iterator().next();

      CommandResult result = reviewNew("--type", "quarterly", "--no-commit");

      assertThat(result).succeeded().outContains("Nothing was committed (--no-commit).");
      assertThat(git.log().call().iterator().next()).isEqualTo(before);
      assertThat(git.status().call().getUntracked()).containsExactlyInAnyOrderElementsOf(FILES);
    }
  }

  @Test
  void printsTheFilesTheCommitAndWhatToDoNext() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "quarterly");

    assertThat(result)
        .succeeded()
        .outContains(
            "Scaffolded the quarterly management review 2026-Q4: Tuesday 2026-12-15, 90 minutes,"
                + " chaired by Marco Diaz.",
            "date: P3M after 2026-Q3 (held 2026-09-15)",
            "wrote reviews/2026-Q4/review.yaml",
            "Run `isms pack 2026-Q4` and send the briefing pack by Tuesday 2026-12-08.",
            "names nobody for the role Privacy Officer",
            "`people:`",
            "no attendee of a quarterly review in isms.yaml is top management, so the review"
                + " invites CEO");
    assertThat(Files.readString(repo.resolve("reviews/2026-Q4/review.yaml"))).contains("role: CEO");
  }

  @Test
  void theComingPeriodForRiskTreatmentEndsWithTheNextReviewPlanned() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);
    assertThat(reviewNew("--type", "quarterly")).succeeded();
    Review quarterly = new RepositoryLoader().loadValid(repo).review("2026-Q4").orElseThrow();

    // an annual review a week before the quarterly one already planned
    assertThat(reviewNew("--type", "annual", "--date", quarterly.date().minusDays(7).toString()))
        .succeeded();

    Path annual;
    try (var folders = Files.list(repo.resolve("reviews"))) {
      annual =
          folders
              .filter(f -> f.getFileName().toString().endsWith("annual"))
              .max(Path::compareTo)
              .orElseThrow();
    }
    assertThat(Files.readString(annual.resolve("agenda.md")))
        .contains(
            "due by "
                + quarterly.date()
                + ", the day review 2026-Q4 is planned for, overdue ones included");
  }

  @Test
  void theAgendaAndTheNotesSayWhetherThePacksLeadTimeIsTheOrganisationsOrTheIsmsDefault()
      throws Exception {
    Path source = temp.resolve("northwind-default-lead");
    FileTrees.copy(ReviewFixtures.NORTHWIND, source);
    Path config = source.resolve("isms.yaml");
    Files.writeString(
        config, Files.readString(config).replace("  pack_lead_business_days: 5\n", ""));
    ReviewFixtures.committedCopy(source, repo);

    assertThat(reviewNew("--type", "quarterly")).succeeded();

    assertThat(Files.readString(repo.resolve("reviews/2026-Q4/agenda.md")))
        .contains(
            "- Pre-read: the briefing pack (`isms pack 2026-Q4`) reaches attendees by Tuesday"
                + " 2026-12-08, 5 business days ahead (the isms default; set"
                + " policy.pack\\_lead\\_business\\_days in isms.yaml)\n");
    // and so does a note that the pack is late for the date given
    assertThat(reviewNew("--type", "annual", "--date", "2026-11-27"))
        .succeeded()
        .outContains(
            "Note: the briefing pack should have reached attendees by 2026-11-20 (5 business days"
                + " ahead, the isms default; set policy.pack_lead_business_days in isms.yaml);"
                + " send it as soon as you can.");
  }

  @Test
  void anIdThatExistsIsRefusedWithAFreeIdToUseInstead() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);
    assertThat(reviewNew("--type", "quarterly")).succeeded();
    String agenda = Files.readString(repo.resolve("reviews/2026-Q4/agenda.md"));

    CommandResult again = reviewNew("--type", "quarterly");

    assertThat(again)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains("review `2026-Q4` exists already", "--id 2026-12-15-quarterly");
    assertThat(repo.resolve("reviews/2026-Q4/agenda.md")).hasContent(agenda);
    assertThat(reviewNew("--type", "quarterly", "--id", "2026-12-15-quarterly")).succeeded();
  }

  @Test
  void anIdOfAnotherRegisterIsTakenIgnoringCase() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "quarterly", "--id", "r-007");

    assertThat(result).exitedWith(2).errContains("the id `r-007` is taken by risks/R-007.yaml");
    assertThat(repo.resolve("reviews/r-007")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../evil",
        "a/b",
        "a..b",
        ".hidden",
        "tab\there",
        "bell\u0007",
        "-x",
        "x-0123456789012345678901234567890123456789012345678901234567890123"
      })
  void unsafeIdsAreRefused(String id) throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "quarterly", "--id", id);

    assertThat(result).exitedWith(2).hasNoStackTrace().errContains("cannot be a review id");
    assertThat(result.err()).doesNotContain("\u0007").hasLineCount(1);
    assertThat(temp.resolve("evil")).doesNotExist();
    try (var entries = Files.list(repo.resolve("reviews"))) {
      assertThat(entries.count()).isEqualTo(5);
    }
  }

  @Test
  void anUnknownTypeListsTheKnownOnesAndSuggestsTheClosest() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "quartely");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains(
            "unknown review type `quartely`; isms.yaml defines: quarterly, annual, ad-hoc, pre-audit.",
            "Did you mean `quarterly`?");
  }

  @Test
  void withoutTypeItScaffoldsWhatIsDueFirstUntilEveryReviewIsPlanned() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    assertThat(reviewNew())
        .succeeded()
        .outContains(
            "annual management review 2026-annual: Tuesday 2026-12-01",
            "chose the annual review: due 2026-11-20",
            "P1Y after 2025-annual (held 2025-11-20) gives 2026-11-20, overdue; moved to the first"
                + " date that leaves 5 business days for the briefing pack",
            "INC-2026-031 (sev1 incident, 2026-11-19) awaits an ad-hoc review (by 2026-12-03):"
                + " `isms review new --trigger INC-2026-031`");
    assertThat(reviewNew())
        .succeeded()
        .outContains(
            "ad-hoc management review 2026-12-01-adhoc",
            "chose an ad-hoc review of INC-2026-031 (sev1 incident, 2026-11-19)",
            "date: INC-2026-031 was opened 2026-11-19; the first date after it that leaves 5 business"
                + " days for the briefing pack, within P14D (by 2026-12-03)");
    assertThat(reviewNew()).succeeded().outContains("quarterly management review 2026-Q4");
    assertThat(reviewNew())
        .exitedWith(2)
        .errContains(
            "the next review of every type with a cadence is scaffolded already:"
                + " reviews/2026-Q4 (quarterly, 2026-12-15), reviews/2026-annual (annual, 2026-12-01)");
  }

  @Test
  void anAdHocReviewNeedsATriggerOrADateAndNamesTheIncidentsAwaitingOne() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "ad-hoc");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains(
            "`ad-hoc` reviews are called by an incident, finding or change: pass --trigger ID",
            "or --date YYYY-MM-DD",
            "Awaiting a review: INC-2026-031 (sev1 incident, 2026-11-19).");
    assertThat(reviewNew("--type", "ad-hoc", "--date", "2026-12-02"))
        .succeeded()
        .outContains("ad-hoc management review 2026-12-02-adhoc");
  }

  @Test
  void aPreAuditReviewNeedsADate() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "pre-audit");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains("`pre-audit` reviews have no cadence", "pass --date YYYY-MM-DD");
  }

  @Test
  void anUnknownTriggerSuggestsTheClosestIncident() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--trigger", "INC-2026-31");

    assertThat(result)
        .exitedWith(2)
        .errContains(
            "`INC-2026-31` is no incident, finding or change", "Did you mean `INC-2026-031`?");
  }

  @Test
  void aTriggerNeedsATypeCalledByIncidents() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--type", "quarterly", "--trigger", "INC-2026-031");

    assertThat(result)
        .exitedWith(2)
        .errContains("`quarterly` reviews are not called by any (isms.yaml gives it no triggers");
  }

  @Test
  void aTriggerOfAnotherSeverityIsScaffoldedWithANote() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--trigger", "INC-2026-033");

    assertThat(result)
        .succeeded()
        .outContains(
            "INC-2026-033 is a sev4 incident, and ad-hoc reviews are called by sev1 or sev2"
                + " incidents");
    assertThat(repo.resolve("reviews/2026-12-01-adhoc/review.yaml"))
        .content()
        .contains("trigger: INC-2026-033");
  }

  @Test
  void aDateBeforeTheTriggerIncidentIsRefused() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNew("--trigger", "INC-2026-031", "--date", "2026-11-18");

    assertThat(result)
        .exitedWith(2)
        .errContains(
            "the review date 2026-11-18 is before INC-2026-031 (sev1 incident, 2026-11-19)");
  }

  @Test
  void aGivenDateIsKeptAndAWeekendOrALatePackIsPointedOut() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    assertThat(reviewNew("--type", "quarterly", "--date", "2026-12-12"))
        .succeeded()
        .outContains(
            "Saturday 2026-12-12",
            "date: as given with --date",
            "Note: 2026-12-12 is a Saturday; pass another --date if that is a mistake.");
    assertThat(reviewNew("--type", "annual", "--date", "2026-11-27"))
        .succeeded()
        .outContains(
            "Note: the briefing pack should have reached attendees by 2026-11-20 (5 business days"
                + " ahead, policy.pack_lead_business_days in isms.yaml); send it as soon as you"
                + " can.");
    assertThat(reviewNew("--type", "ad-hoc", "--date", "2026-11-20"))
        .succeeded()
        .outContains("Note: 2026-11-20 is in the past");
  }

  @Test
  void anAdHocReviewStaysWithinItsWindowEvenIfThePackIsShort() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNewAsOf("2026-11-30", "--trigger", "INC-2026-031");

    assertThat(result)
        .succeeded()
        .outContains(
            "2026-12-03-adhoc: Thursday 2026-12-03",
            "date: INC-2026-031 was opened 2026-11-19; the last business day within P14D",
            "so by 2026-12-03: the briefing pack will reach attendees less than 5 business days"
                + " ahead (policy.pack_lead_business_days in isms.yaml).");
  }

  @Test
  void anAdHocReviewAfterItsWindowIsLateAndSaysSo() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);

    CommandResult result = reviewNewAsOf("2026-12-10", "--trigger", "INC-2026-031");

    assertThat(result)
        .succeeded()
        .outContains(
            "2026-12-17-adhoc: Thursday 2026-12-17",
            "the window for INC-2026-031 closed on 2026-12-03, so this review is late.");
  }

  @Test
  void namesWithCommasColonsQuotesAndHashesReadBackAsWritten() throws Exception {
    FileTrees.copy(ReviewFixtures.NORTHWIND, temp.resolve("source"));
    Path config = temp.resolve("source/isms.yaml");
    String name = "Díaz, Marco: \"MD\" #1";
    Files.writeString(
        config,
        Files.readString(config).replace("  CTO: Marco Diaz", "  CTO: 'Díaz, Marco: \"MD\" #1'"));
    ReviewFixtures.committedCopy(temp.resolve("source"), repo);

    assertThat(reviewNew("--type", "quarterly")).succeeded();

    Review review = new RepositoryLoader().loadValid(repo).review("2026-Q4").orElseThrow();
    assertThat(review.chair()).isEqualTo(name);
    assertThat(review.attendees().get(0).name()).isEqualTo(name);
    assertThat(review.attendees()).allSatisfy(a -> assertThat(a.present()).isNull());
    assertThat(repo.resolve("reviews/2026-Q4/agenda.md"))
        .content()
        .contains("- Chair: " + name + "\n");
  }

  @Test
  void anInvalidRepositoryIsRefusedBeforeAnythingIsWritten() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);
    Files.writeString(
        repo.resolve("actions/ACT-2026-014.yaml"),
        Files.readString(repo.resolve("actions/ACT-2026-014.yaml"))
            .replace("in-progress", "ongoing"));

    CommandResult result = reviewNew("--type", "quarterly");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains("actions/ACT-2026-014.yaml:", "isms check");
    assertThat(repo.resolve("reviews/2026-Q4")).doesNotExist();
  }

  @Test
  void aTemplateInTheRepositoryOverridesThePackagedOne() throws Exception {
    withTemplate(
        "agenda.md.mustache",
        "# {{organization}} {{reviewId}}\n{{#items}}\n{{number}}. {{title}} ({{minutes}})\n{{/items}}\n");

    CommandResult result = reviewNew("--type", "quarterly");

    assertThat(result).succeeded();
    String agenda = Files.readString(repo.resolve("reviews/2026-Q4/agenda.md"));
    assertThat(agenda)
        .startsWith(
            "# Northwind Clinics 2026-Q4\n1. Opening (5)\n"
                + "2. 9.3.2 a) Status of actions from previous management reviews (7)\n")
        .endsWith("13. Close (5)\n");
    assertThat(repo.resolve("reviews/2026-Q4/minutes.md"))
        .content()
        .startsWith("# Management review 2026-Q4: minutes\n");
  }

  @Test
  void aTemplateThatNamesAMissingVariableFailsAndWritesNothing() throws Exception {
    withTemplate("minutes.md.mustache", "# Minutes of {{reviewID}}\n");

    CommandResult result = reviewNew("--type", "quarterly");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains(
            "templates/minutes.md.mustache",
            "line 1 uses `reviewID`, which the view does not provide",
            "fix the template");
    assertThat(repo.resolve("reviews/2026-Q4")).doesNotExist();
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.log().call()).hasSize(1);
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  void theScaffoldedReviewPassesTheCheck() throws Exception {
    ReviewFixtures.committedCopy(ReviewFixtures.NORTHWIND, repo);
    assertThat(reviewNew("--trigger", "INC-2026-031")).succeeded();

    CommandResult check = Cli.run("-C", repo.toString(), "--as-of", TODAY, "check");

    assertThat(check.out()).doesNotContain("reviews/2026-12-01-adhoc/");
  }

  /** The fixture with a template of its own in templates/, committed. */
  private void withTemplate(String name, String text) throws Exception {
    Path source = FileTrees.copy(ReviewFixtures.NORTHWIND, temp.resolve("source"));
    Files.createDirectories(source.resolve("templates"));
    Files.writeString(source.resolve("templates").resolve(name), text);
    ReviewFixtures.committedCopy(source, repo);
  }

  private static Map<String, ObjectId> index(Git git) throws Exception {
    Map<String, ObjectId> entries = new TreeMap<>();
    DirCache cache = git.getRepository().readDirCache();
    for (int i = 0; i < cache.getEntryCount(); i++) {
      entries.put(cache.getEntry(i).getPathString(), cache.getEntry(i).getObjectId());
    }
    return entries;
  }

  @Test
  void anAdHocAgendaListsTheActionsThatFollowTheIncidentUpAsThePackDoes() throws Exception {
    ReviewFixtures.committedCopy(Path.of("examples/denialbase"), repo);

    CommandResult result =
        reviewNewAsOf(
            "2026-11-24",
            "--trigger",
            "INC-2026-007",
            "--date",
            "2026-12-01",
            "--id",
            "2026-12-01-followup");

    assertThat(result).succeeded();
    String agenda = Files.readString(repo.resolve("reviews/2026-12-01-followup/agenda.md"));
    // INC-2026-007 lists no actions itself; its ad-hoc review of 2026-08-12 decided these
    assertThat(agenda).contains("ACT-2026-020 (", "ACT-2026-021 (completed");
  }
}
