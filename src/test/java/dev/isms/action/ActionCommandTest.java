package dev.isms.action;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.MinimalRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActionCommandTest {
  /** An action as a person writes it: comments, a blank line, quoting, a field of their own. */
  static final String HAND_WRITTEN =
      """
      # Raised at the Q3 review after the phishing exercise
      id: ACT-1
      title: "Enforce phishing-resistant MFA for all admins"
      source: 2026-Q3
      owner: Priya Shah      # Security Officer

      due: 2026-12-31
      priority: high
      success_criteria: 100% of admin accounts on FIDO2 keys
      status: in-progress    # open | in-progress | completed | closed
      x-ticket: SEC-1234
      """;

  @RegisterExtension
  final CommittedRepo repo =
      CommittedRepo.minimal()
          .editing(
              "isms.yaml",
              config ->
                  (config
                          + """
                          people:
                            CEO: Dana Ruiz
                            CTO: Marco Diaz
                            Security Officer: Priya Shah
                            Head of Engineering: Tobias Brandt
                          """)
                      .replace("policy: {pack_lead_business_days: 5, minutes_within: P14D}\n", ""))
          .with("actions/ACT-1.yaml", HAND_WRITTEN)
          .with("evidence/mfa-report.md", "# FIDO2 roll-out\nAll 14 admins enrolled.\n");

  private CommandResult close(String evidence, String verifier) {
    return repo.isms("action", "close", "ACT-1", "--evidence", evidence, "--verified-by", verifier);
  }

  @Test
  void newActionTakesTheNextIdAndCommitsOnlyItsFile() throws Exception {
    MinimalRepo.write(repo.dir(), "notes.txt", "the user's own unfinished work\n");
    repo.git().add().addFilepattern("notes.txt").call();

    CommandResult result =
        repo.isms(
            "action",
            "new",
            "--title",
            "Rotate the backup encryption keys",
            "--owner",
            "Security Officer",
            "--due",
            "2027-01-31",
            "--source",
            "F-1",
            "--success-criteria",
            "Keys rotated and the old ones destroyed, with a witness",
            "--resources",
            "2 days of the platform team",
            "--depends-on",
            "ACT-1");

    assertThat(result)
        .succeeded()
        .outContains(
            "actions/ACT-2.yaml: action(ACT-2): new",
            "note: the file's modeline names .isms/schemas/action.schema.json, which this"
                + " repository lacks; for your editor, run `isms schema action --json >"
                + " .isms/schemas/action.schema.json` and commit it");
    assertThat(repo.read("actions/ACT-2.yaml"))
        .isEqualTo(
            """
            # yaml-language-server: $schema=../.isms/schemas/action.schema.json
            id: ACT-2
            title: Rotate the backup encryption keys
            source: F-1
            owner: Priya Shah
            raised: 2026-11-24
            due: 2027-01-31
            priority: medium
            success_criteria: Keys rotated and the old ones destroyed, with a witness
            status: open
            resources: 2 days of the platform team
            depends_on: [ACT-1]
            evidence: null
            verified_by: null
            """);
    assertThat(repo.head().getShortMessage())
        .isEqualTo("action(ACT-2): new, due 2027-01-31, owner Priya Shah");
    assertThat(repo.headPaths()).containsExactly("actions/ACT-2.yaml");
    assertThat(repo.git().status().call().getAdded()).containsExactly("notes.txt");
    assertThat(repo.isms("check")).succeeded();
  }

  @Test
  void theLifecycleEditsOnlyTheChangedLinesOneCommitPerStep() throws Exception {
    assertThat(repo.isms("action", "block", "ACT-1", "--note", "FIDO2 keys not delivered yet"))
        .succeeded();
    assertThat(repo.isms("action", "complete", "ACT-1")).succeeded().outContains("on time");
    assertThat(close("evidence/mfa-report.md", "CTO"))
        .succeeded()
        .outContains("verified by Marco Diaz");

    assertThat(repo.read("actions/ACT-1.yaml"))
        .isEqualTo(
            HAND_WRITTEN.replace("status: in-progress    #", "status: closed    #")
                + """
                blockers:
                  - {on: 2026-11-24, reason: FIDO2 keys not delivered yet}
                completed_on: 2026-11-24
                evidence: evidence/mfa-report.md
                verified_by: Marco Diaz
                """);
    List<String> messages = new ArrayList<>();
    repo.git()
        .log()
        .addPath("actions/ACT-1.yaml")
        .call()
        .forEach(c -> messages.add(c.getShortMessage()));
    assertThat(messages)
        .containsExactly(
            "action(ACT-1): close",
            "action(ACT-1): complete",
            "action(ACT-1): block",
            "ISMS as it was");
    assertThat(repo.headPaths()).containsExactly("actions/ACT-1.yaml");
    assertThat(repo.isms("check")).succeeded();
  }

  @Test
  void refusalsLeaveTheFileByteIdentical() throws Exception {
    assertThat(repo.isms("action", "complete", "ACT-1", "--no-commit")).succeeded();
    String before = repo.read("actions/ACT-1.yaml");

    assertThat(close("evidence/mfa-report.md", "Priya Shah"))
        .exitedWith(2)
        .errContains("Priya Shah owns ACT-1 and may not verify it");
    assertThat(close("Security Officer", "Security Officer"))
        .exitedWith(2)
        .errContains("may not verify it");
    assertThat(close("TBD", "CTO")).exitedWith(2).errContains("--evidence `TBD` is a placeholder");
    assertThat(close("evidence/missing.pdf", "CTO"))
        .exitedWith(2)
        .errContains("evidence/missing.pdf is no file of the repository");
    assertThat(close("../outside.md", "CTO"))
        .exitedWith(2)
        .errContains("is no file of the repository");
    assertThat(repo.isms("action", "start", "ACT-9"))
        .exitedWith(2)
        .errContains("no action ACT-9 in actions/")
        .hasNoStackTrace();
    assertThat(repo.isms("action", "cancel", "ACT-1"))
        .exitedWith(2)
        .errContains("applies to unfinished");
    assertThat(repo.isms("action", "close", "ACT-9", "--evidence", "x.md", "--verified-by", "CTO"))
        .exitedWith(2)
        .errContains("no action ACT-9 in actions/");

    assertThat(repo.read("actions/ACT-1.yaml")).isEqualTo(before);
  }

  @Test
  void aNewActionWithABadDueDateOrSourceWritesNothing() throws Exception {
    String[] base = {
      "action",
      "new",
      "--title",
      "T",
      "--owner",
      "Priya Shah",
      "--source",
      "F-1",
      "--success-criteria",
      "Done when done right"
    };
    List<String> invalid = new ArrayList<>(List.of(base));
    invalid.addAll(List.of("--due", "2027-02-30"));
    List<String> past = new ArrayList<>(List.of(base));
    past.addAll(List.of("--due", "2026-01-31"));
    List<String> unknownSource = new ArrayList<>(List.of(base));
    unknownSource.addAll(List.of("--due", "2027-01-31"));
    unknownSource.set(unknownSource.indexOf("F-1"), "F-2");

    assertThat(repo.isms(invalid.toArray(String[]::new)))
        .exitedWith(2)
        .errContains("'2027-02-30' is not a date");
    assertThat(repo.isms(past.toArray(String[]::new))).exitedWith(2).errContains("is before today");
    assertThat(repo.isms(unknownSource.toArray(String[]::new)))
        .exitedWith(2)
        .errContains("--source F-2 is no review, finding");
    try (var files = Files.list(repo.dir().resolve("actions"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ACT-1.yaml");
    }
  }

  @Test
  void escalationClimbsThePathFromIsmsYamlAndStopsAtTheTop() throws Exception {
    String config = repo.read("isms.yaml");
    MinimalRepo.write(
        repo.dir(),
        "isms.yaml",
        config + "policy: {escalation: [Security Officer, Head of Engineering, CEO]}\n");
    MinimalRepo.write(
        repo.dir(), "actions/ACT-1.yaml", HAND_WRITTEN.replace("2026-12-31", "2026-10-31"));

    assertThat(repo.isms("action", "escalate", "ACT-1", "--no-commit"))
        .succeeded()
        .outContains(
            "escalated to Tobias Brandt (Head of Engineering): overdue since 2026-10-31 (24 days)");
    assertThat(repo.isms("action", "escalate", "ACT-1", "--note", "no budget", "--no-commit"))
        .succeeded()
        .outContains("escalated to Dana Ruiz (CEO): no budget");
    assertThat(repo.isms("action", "escalate", "ACT-1", "--no-commit"))
        .exitedWith(2)
        .errContains("top of the escalation path");

    assertThat(repo.read("actions/ACT-1.yaml"))
        .endsWith(
            """
            status: escalated    # open | in-progress | completed | closed
            x-ticket: SEC-1234
            escalated_to: Dana Ruiz
            escalations:
              - {on: 2026-11-24, to: Tobias Brandt (Head of Engineering), reason: overdue since 2026-10-31 (24 days)}
              - {on: 2026-11-24, to: Dana Ruiz (CEO), reason: no budget}
            """);
    assertThat(repo.isms("check")).outContains("ACT-1");
  }

  /** isms.yaml without policy.escalation, with the reporting lines of the given people lines. */
  private void reportingLines(String people) throws Exception {
    String config = repo.read("isms.yaml");
    MinimalRepo.write(
        repo.dir(), "isms.yaml", config.substring(0, config.indexOf("people:")) + people);
  }

  @Test
  void withoutPolicyEscalationGoesToTheManagerTheDepartmentHeadTheSecurityOfficerTopManagement()
      throws Exception {
    reportingLines(
        """
        people:
          CEO: Dana Ruiz
          CTO: {name: Marco Diaz, manager: CEO}
          Security Officer: {name: Priya Shah, manager: CTO}
          Head of Engineering: {name: Tobias Brandt, manager: CTO, department: Engineering}
          Platform Lead: {name: Emre Yilmaz, manager: Head of Engineering, department: Engineering}
        departments:
          Engineering: {head: CTO}
        """);
    MinimalRepo.write(
        repo.dir(),
        "actions/ACT-1.yaml",
        HAND_WRITTEN.replace("2026-12-31", "2026-10-31").replace("Priya Shah ", "Emre Yilmaz"));

    List<String> reached = new ArrayList<>();
    for (int step = 0; step < 4; step++) {
      CommandResult result = repo.isms("action", "escalate", "ACT-1", "--no-commit");
      assertThat(result).succeeded();
      reached.add(result.out().lines().findFirst().orElseThrow());
    }

    assertThat(reached)
        .containsExactly(
            "ACT-1 is escalated to Tobias Brandt (Head of Engineering): overdue since 2026-10-31"
                + " (24 days)",
            "ACT-1 is escalated to Marco Diaz (CTO): overdue since 2026-10-31 (24 days)",
            "ACT-1 is escalated to Priya Shah (Security Officer): overdue since 2026-10-31 (24"
                + " days)",
            "ACT-1 is escalated to Dana Ruiz (CEO): overdue since 2026-10-31 (24 days)");
    assertThat(repo.isms("action", "escalate", "ACT-1", "--no-commit"))
        .exitedWith(2)
        .errContains("top of the escalation path");
    assertThat(repo.isms("check").out()).contains("ACT-1").doesNotContain("isms.yaml:");
  }

  @Test
  void aStepOfTheDefaultEscalationPathThatCannotBeResolvedIsAClearRefusal() throws Exception {
    String before = repo.read("actions/ACT-1.yaml");

    assertThat(repo.isms("action", "escalate", "ACT-1", "--note", "stuck"))
        .exitedWith(2)
        .errContains(
            "Priya Shah (Security Officer) owns ACT-1 but has no `manager:` under `people:`",
            "write `Security Officer: {name: Priya Shah, manager: ROLE}`",
            "or list the roles to escalate to in `policy.escalation`")
        .hasNoStackTrace();

    reportingLines(
        "people: {CEO: Dana Ruiz, Security Officer: {name: Priya Shah, manager: CISO}}\n");
    assertThat(repo.isms("action", "escalate", "ACT-1", "--note", "stuck"))
        .exitedWith(2)
        .errContains(
            "names nobody for the role CISO (the manager of Priya Shah (Security Officer))");

    reportingLines(
        "people: {CEO: Dana Ruiz, Security Officer: {name: Priya Shah, manager: CEO, department:"
            + " Security}}\n");
    assertThat(repo.isms("action", "escalate", "ACT-1", "--note", "stuck"))
        .exitedWith(2)
        .errContains(
            "the department `Security` of Priya Shah (Security Officer) is not under"
                + " `departments:`; add `departments: {Security: {head: ROLE}}`");

    MinimalRepo.write(
        repo.dir(), "actions/ACT-1.yaml", before.replace("Priya Shah ", "Jo Bloggs "));
    String unknownOwner = repo.read("actions/ACT-1.yaml");
    assertThat(repo.isms("action", "escalate", "ACT-1", "--note", "stuck"))
        .exitedWith(2)
        .errContains("ACT-1's owner `Jo Bloggs` is nobody under `people:`");
    assertThat(repo.read("actions/ACT-1.yaml")).isEqualTo(unknownOwner);
  }

  @Test
  void aNoteOnStartCompleteAndCloseIsKeptInTheFile() throws Exception {
    MinimalRepo.write(
        repo.dir(), "actions/ACT-1.yaml", HAND_WRITTEN.replace("in-progress    #", "open    #"));

    assertThat(repo.isms("action", "start", "ACT-1", "--note", "keys ordered", "--no-commit"))
        .succeeded();
    assertThat(repo.isms("action", "complete", "ACT-1", "--note", "last admin enrolled"))
        .succeeded();
    assertThat(
            repo.isms(
                "action",
                "close",
                "ACT-1",
                "--evidence",
                "evidence/mfa-report.md",
                "--verified-by",
                "CTO",
                "--note",
                "checked against the IdP export"))
        .succeeded();

    assertThat(repo.read("actions/ACT-1.yaml"))
        .isEqualTo(
            HAND_WRITTEN.replace("status: in-progress    #", "status: closed    #")
                + """
                updates:
                  - {on: 2026-11-24, step: start, note: keys ordered}
                  - {on: 2026-11-24, step: complete, note: last admin enrolled}
                  - {on: 2026-11-24, step: close, note: checked against the IdP export}
                completed_on: 2026-11-24
                evidence: evidence/mfa-report.md
                verified_by: Marco Diaz
                """);
    assertThat(repo.head().getFullMessage())
        .isEqualTo("action(ACT-1): close\n\nchecked against the IdP export");
    assertThat(repo.isms("check")).succeeded();
  }

  /** The arguments of an `action new` with the given title. */
  private static String[] newAction(String title) {
    return new String[] {
      "action",
      "new",
      "--title",
      title,
      "--owner",
      "CTO",
      "--due",
      "2027-01-31",
      "--source",
      "F-1",
      "--success-criteria",
      "Written down"
    };
  }

  private static String[] with(String[] first, String... more) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void twoActionNewAtOnceGetTwoIds() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<CommandResult>> runs = new ArrayList<>();
    for (String title : List.of("First of two", "Second of two")) {
      runs.add(
          pool.submit(
              () -> {
                start.await();
                return repo.isms(with(newAction(title), "--no-commit"));
              }));
    }
    start.countDown();
    List<CommandResult> results = new ArrayList<>();
    for (Future<CommandResult> run : runs) {
      results.add(run.get());
    }
    pool.shutdown();

    assertThat(results).allSatisfy(r -> assertThat(r).succeeded());
    assertThat(repo.read("actions/ACT-2.yaml") + repo.read("actions/ACT-3.yaml"))
        .contains("title: First of two")
        .contains("title: Second of two");
  }

  @Test
  void twoActionNewProcessesAtOnceCommitTwoIdsOrRefuseOneClearly() throws Exception {
    List<Process> runs = new ArrayList<>();
    for (String title : List.of("First of two", "Second of two")) {
      ProcessBuilder builder =
          new ProcessBuilder(
              with(
                  new String[] {
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path"),
                    "dev.isms.Main",
                    "-C",
                    repo.dir().toString(),
                    "--as-of",
                    "2026-11-24"
                  },
                  newAction(title)));
      builder.environment().put("HOME", repo.scratch().toString());
      builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
      runs.add(builder.start());
    }
    List<String> refusals = new ArrayList<>();
    int succeeded = 0;
    for (Process run : runs) {
      String err = new String(run.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      run.getInputStream().readAllBytes();
      int exit = run.waitFor();
      if (exit == 0) {
        succeeded++;
      } else {
        assertThat(exit).isEqualTo(2);
        refusals.add(err);
      }
    }

    assertThat(succeeded).isPositive();
    assertThat(refusals).allSatisfy(err -> assertThat(err).contains("another isms run"));
    List<String> created = new ArrayList<>();
    for (RevCommit commit : repo.git().log().setMaxCount(succeeded).call()) {
      assertThat(commit.getShortMessage()).startsWith("action(ACT-");
      created.addAll(GitTestSupport.changedPaths(repo.git(), commit));
    }
    assertThat(created).hasSize(succeeded).doesNotHaveDuplicates();
    for (String path : created) {
      assertThat(repo.read(path)).contains("title: ").contains("status: open");
    }
    assertThat(repo.git().status().call().isClean()).isTrue();
  }

  @Test
  void listAndStatsShowTheRegister() throws Exception {
    MinimalRepo.write(
        repo.dir(),
        "actions/ACT-2.yaml",
        """
        id: ACT-2
        title: Restore test, "full"
        source: F-1
        owner: Marco Diaz
        due: 2026-10-01
        status: open
        """);
    MinimalRepo.write(
        repo.dir(),
        "actions/ACT-3.yaml",
        """
        id: ACT-3
        title: Patch the VPN
        source: F-1
        owner: Marco Diaz
        due: 2026-09-01
        status: completed
        completed_on: 2026-09-11
        """);

    assertThat(repo.isms("action", "list", "--overdue"))
        .succeeded()
        .outContains("ACT-2          open         2026-10-01    54 d  Marco Diaz");
    assertThat(repo.isms("action", "list", "--owner", "CTO", "--format", "csv").out())
        .isEqualTo(
            "id,title,owner,source,due,priority,status,days_overdue\r\n"
                + "ACT-2,\"Restore test, \"\"full\"\"\",Marco Diaz,F-1,2026-10-01,,open,54\r\n"
                + "ACT-3,Patch the VPN,Marco Diaz,F-1,2026-09-01,,completed,0\r\n");
    assertThat(repo.isms("action", "list", "--status", "in-progress", "--format", "json"))
        .succeeded()
        .outContains("\"id\" : \"ACT-1\"");
    assertThat(repo.isms("action", "stats", "--from", "2026-07-01"))
        .succeeded()
        .outContains(
            "completed on time:   0% (0 of 2 actions due 2026-07-01 to 2026-11-24)",
            "average days late:   32.0 days over 2 late actions",
            "Marco Diaz: 1 open, 1 overdue",
            "source F-1: 2 actions late (ACT-2, ACT-3)",
            "owner Marco Diaz: 2 actions late (ACT-2, ACT-3)");
  }

  /** ACT-2, agreed for 2026-09-01, moved to 2026-10-01 on 2026-09-05, completed 2026-09-20. */
  private void movedDueDate() throws Exception {
    String agreed =
        """
        id: ACT-2
        title: Patch the VPN
        source: F-1
        owner: Marco Diaz
        due: 2026-09-01
        status: open
        """;
    MinimalRepo.write(repo.dir(), "actions/ACT-2.yaml", agreed);
    DatedCommits.commitAll(repo.git(), "ACT-2 agreed", LocalDate.parse("2026-08-01"));
    MinimalRepo.write(
        repo.dir(), "actions/ACT-2.yaml", agreed.replace("due: 2026-09-01", "due: 2026-10-01"));
    DatedCommits.commitAll(repo.git(), "ACT-2 re-planned", LocalDate.parse("2026-09-05"));
    MinimalRepo.write(
        repo.dir(),
        "actions/ACT-2.yaml",
        agreed
            .replace("due: 2026-09-01", "due: 2026-10-01")
            .replace("status: open", "status: completed\ncompleted_on: 2026-09-20"));
    DatedCommits.commitAll(repo.git(), "ACT-2 done", LocalDate.parse("2026-09-21"));
  }

  @Test
  void statsJudgeOnTimeAgainstTheDueDateFirstAgreedAndNameEachMove() throws Exception {
    // given ACT-2, agreed for 2026-09-01, moved to 2026-10-01 on 2026-09-05, completed 2026-09-20
    movedDueDate();

    // when
    CommandResult stats = repo.isms("action", "stats", "--from", "2026-07-01");

    // then it is late against the date first agreed, and the move is named
    assertThat(stats)
        .succeeded()
        .outContains(
            "completed on time:   0% (0 of 1 action due 2026-07-01 to 2026-11-24)",
            "average days late:   19.0 days over 1 late actions",
            "due dates moved:     1 time (1 action); on time is judged against the due date first"
                + " agreed",
            "    ACT-2: 2026-09-01 → 2026-10-01 (2026-09-05)");
    assertThat(stats.err()).doesNotContain("shallow clone");
  }

  @Test
  void inAShallowCloneStatsReviewNewAndThePackSayTheFirstAgreedDueDateMayBeMissing()
      throws Exception {
    // given a clone of the last two commits: ACT-2's agreed due date (2026-09-01) is not in it
    movedDueDate();
    Path clone = GitTestSupport.shallowClone(repo.dir(), repo.scratch().resolve("clone"), 2);

    // when
    CommandResult stats = Cli.inRepo(clone, "action", "stats", "--from", "2026-07-01");
    CommandResult scaffold = Cli.inRepo(clone, "review", "new", "--type", "quarterly");
    CommandResult pack = Cli.inRepo(clone, "pack", "2026-Q4", "--no-commit");

    // then each says, on one line, which first agreed due dates the clone may lack and how to fetch
    String unsure =
        "the due dates first agreed of 2 actions (ACT-1, ACT-2) are only the oldest this shallow"
            + " clone holds (its history starts on 2026-09-05), so on-time figures may miss"
            + " earlier moves; fetch the full history (git fetch --unshallow; on GitHub Actions:"
            + " actions/checkout with fetch-depth: 0)";
    assertThat(stats)
        .succeeded()
        .errContains("isms: warning: " + unsure)
        .outContains("completed on time:   100% (1 of 1 action due 2026-07-01 to 2026-11-24)");
    assertThat(scaffold).succeeded().errContains("isms: warning: " + unsure);
    assertThat(pack).succeeded().errContains("isms: warning: " + unsure);
    assertThat(pack.err().lines().filter(l -> l.contains("first agreed"))).hasSize(1);
    assertThat(Files.readString(clone.resolve("reviews/2026-Q4/pack.md")))
        .contains("Completed on time: ")
        .contains("Note: the due date")
        .contains("are only the oldest this shallow clone holds (its history starts on 2026-09-05)")
        .contains(
            "from that review's meeting to its approval. The due dates first agreed of 2 actions"
                + " (ACT-1, ACT-2) are only the oldest");
  }
}
