package dev.isms.demo;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DemoRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path temp;

  @Test
  void demoBuildsARealRepositoryWhoseHistoryReplaysTheExampleYear() throws Exception {
    Path target = temp.resolve("denialbase");

    CommandResult result = Cli.run("demo", target.toString());

    assertThat(result)
        .succeeded()
        .outContains("Built the Denialbase ISMS repository in " + target)
        .outContains("isms check as of 2026-11-24");
    try (Git git = Git.open(target.toFile())) {
      List<RevCommit> commits = new ArrayList<>();
      git.log().call().forEach(commits::add);
      assertThat(commits).hasSizeGreaterThan(20);
      LocalDate newest = day(commits.get(0));
      LocalDate oldest = day(commits.get(commits.size() - 1));
      assertThat(oldest).isBefore(LocalDate.of(2026, 1, 1));
      assertThat(newest).isBeforeOrEqualTo(LocalDate.of(2026, 11, 24));
      for (int i = 1; i < commits.size(); i++) {
        assertThat(day(commits.get(i))).isBeforeOrEqualTo(day(commits.get(i - 1)));
      }
      assertThat(git.status().call().isClean()).isTrue();
      // the risk register changed after the 2026-Q3 review: an earlier version is in history
      assertThat(git.log().addPath("risks").call()).hasSizeGreaterThan(2);
    }
    assertThat(Files.readString(target.resolve("isms.yaml"))).contains("organization: Denialbase");
    assertThat(target.resolve(".isms/schemas/isms.schema.json")).exists();
    assertThat(target.resolve("reviews/2026-annual/agenda.md")).exists();
    assertThat(target.resolve("reviews/2026-annual/pack.html")).exists();
  }

  @Test
  void eachActionAndObjectiveEntersTheHistoryAsItWasWhenAgreed() throws Exception {
    Path target = DemoRepository.copy(temp.resolve("replay"));

    try (Git git = Git.open(target.toFile())) {
      for (String dir : List.of("actions", "objectives")) {
        try (var files = Files.list(target.resolve(dir))) {
          for (Path file : files.toList()) {
            String path = dir + "/" + file.getFileName();
            List<RevCommit> versions = versions(git, path);
            assertThat(show(git, versions.get(versions.size() - 1), path))
                .as("%s as first committed", path)
                .containsAnyOf("status: open", "status: in-progress", "status: on-track");
          }
        }
      }
      // escalated at the 2026-Q3 review, and committed with the escalation on that day
      List<RevCommit> vault = versions(git, "actions/ACT-2025-031.yaml");
      assertThat(day(vault.get(0))).isEqualTo(LocalDate.of(2026, 9, 15));
      assertThat(show(git, vault.get(0), "actions/ACT-2025-031.yaml"))
          .contains("status: escalated", "- on: 2026-09-15\n    to: Dana Ruiz");
      assertThat(show(git, vault.get(1), "actions/ACT-2025-031.yaml"))
          .contains("status: in-progress")
          .doesNotContain("escalat");
      // cancelled at the 2025-annual review, on its day
      assertThat(day(versions(git, "actions/ACT-2025-027.yaml").get(0)))
          .isEqualTo(LocalDate.of(2025, 12, 2));
      // the 2026 objectives arrive with the review that approved them
      assertThat(day(versions(git, "objectives/OBJ-2.yaml").get(0)))
          .isEqualTo(LocalDate.of(2025, 12, 2));
    }
  }

  /** isms check on the cycle's repository as of the approval, with only the rules given. */
  private static CommandResult checkAfterApproval(Path target, String... rules) {
    List<String> args =
        new ArrayList<>(List.of("-C", target.toString(), "check", "--as-of", "2026-12-09"));
    for (String rule : rules) {
      args.add("--rule");
      args.add(rule);
    }
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<RevCommit> versions(Git git, String path) throws Exception {
    List<RevCommit> versions = new ArrayList<>();
    git.log().addPath(path).call().forEach(versions::add);
    return versions;
  }

  private static String show(Git git, RevCommit commit, String path) throws Exception {
    try (var walk = TreeWalk.forPath(git.getRepository(), path, commit.getTree())) {
      return new String(
          git.getRepository().open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCycleGoesThroughTheMeetingToAnApprovedAndTaggedReview() throws Exception {
    Path target = temp.resolve("cycle");

    CommandResult result = Cli.run("demo", "--cycle", target.toString());

    assertThat(result)
        .succeeded()
        .outContains("isms check as of 2026-12-09")
        .outContains("review log 2026-annual");
    assertThat(result.out()).doesNotContain("reviews/2026-annual/minutes.md:");
    assertThat(Files.readString(target.resolve("reviews/2026-annual/review.yaml")))
        .contains("status: approved")
        .contains("approved_by: Dana Ruiz")
        .contains("approved_on: 2026-12-09")
        .contains("{name: Lena Vogt, role: Privacy Officer, present: false");
    assertThat(Files.readString(target.resolve("actions/ACT-2026-030.yaml")))
        .contains("source: 2026-annual")
        .contains("owner: \"Emre Yilmaz\"")
        .contains("due: 2026-12-31")
        .as("from the minutes' Priority column")
        .contains("priority: high");
    assertThat(Files.readString(target.resolve("actions/ACT-2026-031.yaml")))
        .contains("priority: medium");
    assertThat(Files.readString(target.resolve("reviews/2026-annual/minutes.md")))
        .contains("| ACT-2026-031 | BSI C5 gap assessment");
    try (Git git = Git.open(target.toFile())) {
      assertThat(git.getRepository().exactRef("refs/tags/review/2026-annual")).isNotNull();
      assertThat(git.status().call().isClean()).isTrue();
      List<String> messages = new ArrayList<>();
      git.log().setMaxCount(4).call().forEach(c -> messages.add(c.getShortMessage()));
      assertThat(messages)
          .containsExactly(
              "review(2026-annual): approved by Dana Ruiz on 2026-12-09; 3 actions entered into"
                  + " the register",
              "registers: the changes decided at review 2026-annual",
              "review(2026-annual): minutes of the meeting of 2026-12-02",
              "review(2026-annual): held on 2026-12-02; attendance recorded (3 present, 1"
                  + " absent)");
    }
    // the registers follow the minutes: what they re-plan or cancel is no longer overdue
    assertThat(Files.readString(target.resolve("actions/ACT-2026-014.yaml")))
        .contains("due: 2026-12-18");
    assertThat(Files.readString(target.resolve("actions/ACT-2026-004.yaml")))
        .contains("due: 2027-01-31");
    assertThat(Files.readString(target.resolve("risks/R-001.yaml")))
        .contains("treatment_due: 2026-12-18");
    assertThat(Files.readString(target.resolve("actions/ACT-2025-031.yaml")))
        .contains("due: 2027-02-05")
        .contains("status: escalated");
    assertThat(Files.readString(target.resolve("risks/R-007.yaml")))
        .contains("treatment_due: 2027-02-05");
    assertThat(Files.readString(target.resolve("actions/ACT-2026-024.yaml")))
        .contains("status: cancelled")
        .contains("cancel_reason: >-\n  Cancelled at the 2026-annual review");
    assertThat(Files.readString(target.resolve("objectives/OBJ-1.yaml")))
        .contains("due: 2027-12-31");
    assertThat(Files.readString(target.resolve("reviews/2026-annual/minutes.md")))
        .contains("| ACT-2025-031 | Build an immutable backup vault")
        .contains("| Marco Diaz | 2027-02-05 |")
        .contains("ACT-2026-024 (Q3 restore tests from the vault, Emre Yilmaz) is cancelled");
    CommandResult overdue = checkAfterApproval(target, "action-overdue", "risk-treatment-overdue");
    assertThat(overdue).succeeded();
    assertThat(overdue.out())
        .doesNotContain(
            "ACT-2025-031", "ACT-2026-024", "ACT-2026-014", "ACT-2026-004", "R-001", "R-007");
    // the ad-hoc reviews missed in 2026 stay on record: the minutes correct them, and the
    // acceptance they decided keeps them from failing every later check
    assertThat(checkAfterApproval(target, "review-after-trigger"))
        .succeeded()
        .outContains(
            "accepted [review-after-trigger] incidents/INC-2026-004.yaml",
            "accepted [review-after-trigger] changes/CHG-2026-008.yaml",
            "isms check: no problems found, 2 accepted");
    assertThat(
            checkAfterApproval(
                target,
                "review-inputs",
                "review-results",
                "attendance-mismatch",
                "approved-changed",
                "records-retained",
                "minutes-actions",
                "minutes-risks"))
        .outContains("reviews/2026-Q3/minutes.md")
        .outContains("isms check: 1 error, 1 warning")
        .satisfies(r -> assertThat(r.out()).doesNotContain("reviews/2026-annual"));
    // the auditor's bundle holds every action the minutes decide on
    Path bundle = temp.resolve("cycle-evidence");
    assertThat(
            Cli.run(
                "-C",
                target.toString(),
                "evidence",
                "2026-annual",
                "--as-of",
                "2026-12-09",
                "--out",
                bundle.toString()))
        .succeeded();
    assertThat(Files.readString(bundle.resolve("actions.md")))
        .as("the actions the minutes re-plan in the table and cancel in a sentence")
        .contains("## ACT-2025-031", "## ACT-2026-024", "## ACT-2026-030");
    // the annual review stands in for the Q4 quarterly one (counts_as): the quarterly cadence
    // restarts from it, so nothing is late in December and the next quarterly falls in March
    String dir = target.toString();
    assertThat(Cli.run("-C", dir, "--as-of", "2026-12-20", "check", "--rule", "review-cadence"))
        .succeeded()
        .satisfies(r -> assertThat(r.out()).doesNotContain("[review-cadence]"));
    CommandResult next =
        Cli.run("-C", dir, "review", "new", "--as-of", "2026-12-09", "--no-commit");
    assertThat(next)
        .succeeded()
        .outContains(
            "Scaffolded the quarterly management review 2027-Q1: Tuesday 2027-03-02, 90 minutes")
        .outContains("date: P3M after 2026-annual (held 2026-12-02, annual, counts as quarterly)");
    assertThat(target.resolve("reviews/2026-Q4")).doesNotExist();
    // it compares with the annual review, which already covered the quarter before it
    assertThat(Files.readString(target.resolve("reviews/2027-Q1/agenda.md")))
        .contains("2026-annual (2026-12-02)")
        .doesNotContain("2026-Q3 (2026-09-15)");
  }

  @Test
  void demoRefusesAFolderThatIsNotEmpty() throws Exception {
    Files.writeString(temp.resolve("keep.txt"), "mine");

    CommandResult result = Cli.run("demo", temp.toString());

    assertThat(result).exitedWith(2).errContains("is not empty").hasNoStackTrace();
    assertThat(Files.readString(temp.resolve("keep.txt"))).isEqualTo("mine");
    try (var entries = Files.list(temp)) {
      assertThat(entries).hasSize(1);
    }
  }

  @Test
  void demoRefusesADayBeforeTheExampleEnds() {
    Path target = temp.resolve("early");

    CommandResult result = Cli.run("demo", target.toString(), "--as-of", "2026-06-01");

    assertThat(result).exitedWith(2).errContains("history runs to 2026-11-24").hasNoStackTrace();
    assertThat(target).doesNotExist();
  }

  private static LocalDate day(RevCommit c) {
    return c.getCommitterIdent()
        .getWhenAsInstant()
        .atZone(ZoneId.of("Europe/Berlin"))
        .toLocalDate();
  }
}
