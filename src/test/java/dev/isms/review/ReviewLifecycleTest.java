package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.git.GitFacade;
import dev.isms.git.TagSummary;
import dev.isms.store.Sha256;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.ReviewCycle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole cycle on the demo repository (built once for the class): review new and pack (the
 * demo), then hold, minutes written, approve, an edit after approval caught by check, and the
 * review's trail (review log) with each step, the edit after approval and a signed commit.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewLifecycleTest {
  static final String ID = "2026-annual";
  static final String REVIEW = "reviews/" + ID + "/review.yaml";
  static final String MINUTES = "reviews/" + ID + "/minutes.md";

  @TempDir static Path temp;
  static Path repo;

  @BeforeAll
  static void demo() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    repo = temp.resolve("demo");
    assertThat(Cli.run("demo", repo.toString())).succeeded();
  }

  @AfterAll
  static void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private static CommandResult isms(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "-C";
    all[1] = repo.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    return Cli.run(all);
  }

  @Test
  @Order(1)
  void approvalIsRefusedBeforeTheMeetingIsRecorded() {
    assertThat(isms("review", "approve", ID, "--as-of", "2026-12-09"))
        .exitedWith(2)
        .errContains("review 2026-annual is planned: record the meeting first");
  }

  @Test
  @Order(2)
  void holdNeedsEveryAttendeeAndRefusesStrangers() {
    assertThat(isms("review", "hold", ID, "--present", "Dana Ruiz", "--as-of", "2026-12-02"))
        .exitedWith(2)
        .errContains("say whether Marco Diaz, Priya Shah, Lena Vogt attended review 2026-annual");
    assertThat(
            isms(
                "review",
                "hold",
                ID,
                "--present",
                "Dana Ruiz",
                "Marco Diaz",
                "Priya Shah",
                "Eve Unknown",
                "--absent",
                "Lena Vogt=annual leave",
                "--as-of",
                "2026-12-02"))
        .exitedWith(2)
        .errContains("Eve Unknown is not an attendee of review 2026-annual");
  }

  @Test
  @Order(2)
  void holdRefusesADelegateTheReviewTypeDoesNotAuthorise() throws Exception {
    String before = Files.readString(repo.resolve(REVIEW));

    assertThat(
            isms(
                "review",
                "hold",
                ID,
                "--present",
                "Marco Diaz",
                "Priya Shah",
                "--absent",
                "Dana Ruiz=travel",
                "--absent",
                "Lena Vogt=annual leave",
                "--delegate",
                "Marco Diaz=CEO",
                "--as-of",
                "2026-12-02"))
        .exitedWith(2)
        .errContains(
            "--delegate Marco Diaz=CEO: review type annual does not authorise a CTO to stand in"
                + " for the CEO; if that delegation was agreed, add delegates: {CEO: [CTO]} under"
                + " review_types.annual in isms.yaml");
    assertThat(Files.readString(repo.resolve(REVIEW))).isEqualTo(before);
  }

  @Test
  @Order(3)
  void holdRecordsAttendanceOnceAndGeneratesTheMinutesTable() throws Exception {
    String before = Files.readString(repo.resolve(REVIEW));

    CommandResult result = ReviewCycle.hold(repo);

    assertThat(result)
        .succeeded()
        .outContains("held: 4 present, 1 absent")
        .outContains("Committed");
    String yaml = Files.readString(repo.resolve(REVIEW));
    assertThat(yaml)
        .startsWith(before.substring(0, before.indexOf("id: ")))
        .contains("status: held")
        .contains("{name: Dana Ruiz, role: CEO, present: true}")
        .contains(
            "{name: Lena Vogt, role: Privacy Officer, present: false, note: apologies (annual leave)}")
        .contains("name: Clara Weiss");
    assertThat(Files.readString(repo.resolve(MINUTES)))
        .contains(
            "| Name | Role | Present |\n| --- | --- | --- |\n| Dana Ruiz | CEO | yes |\n"
                + "| Marco Diaz | CTO | yes |\n| Priya Shah | Security Officer | yes |\n"
                + "| Lena Vogt | Privacy Officer | apologies (annual leave) |\n"
                + "| Clara Weiss | Board observer | yes |\n");
    try (Git git = Git.open(repo.toFile())) {
      assertThat(git.status().call().isClean()).isTrue();
    }
  }

  @Test
  @Order(4)
  void approveRefusesWhileTheMinutesHaveErrorsAndChangesNothing() throws Exception {
    String head = head();

    CommandResult result =
        isms("review", "approve", ID, "--by", "Dana Ruiz", "--as-of", "2026-12-09");

    assertThat(result)
        .exitedWith(2)
        .errContains("cannot be approved while `isms check` finds")
        .errContains("nothing was changed:\n  reviews/2026-annual/minutes.md:")
        .errContains("[review-inputs]");
    assertThat(result.err()).doesNotContain("\\n");
    assertThat(head()).isEqualTo(head);
    assertThat(Files.readString(repo.resolve(REVIEW))).contains("status: held");
  }

  @Test
  @Order(5)
  void approveEntersTheActionsAndTagsTheReviewWithTheHashOfEachFile() throws Exception {
    writeMinutes();
    String complete = Files.readString(repo.resolve(MINUTES));
    Files.writeString(
        repo.resolve(MINUTES), complete + "\nNew risk R-099: loss of the only HSM operator.\n");
    assertThat(isms("review", "approve", ID, "--by", "Dana Ruiz", "--as-of", "2026-12-09"))
        .exitedWith(2)
        .errContains(
            "review 2026-annual cannot be approved: its minutes name R-099 (line "
                + (complete.lines().count() + 2)
                + "), which the risk register does not hold");
    assertThat(Files.readString(repo.resolve(REVIEW))).contains("status: held");
    // a Priority column gives the new action its priority, one of the schema's three
    Files.writeString(
        repo.resolve(MINUTES),
        complete
            .replace(
                "| Due | Success criteria |\n| --- | --- | --- | --- | --- |",
                "| Due | Success criteria | Priority |\n| --- | --- | --- | --- | --- | --- |")
            .replace("without manual steps |", "without manual steps | urgent |"));
    assertThat(isms("review", "approve", ID, "--by", "Dana Ruiz", "--as-of", "2026-12-09"))
        .exitedWith(2)
        .errContains("the priority `urgent` is not high, medium or low");
    assertThat(repo.resolve("actions/ACT-2026-030.yaml")).doesNotExist();
    Files.writeString(repo.resolve(MINUTES), complete);
    assertThat(isms("review", "approve", ID, "--by", "Priya Shah", "--as-of", "2026-12-09"))
        .exitedWith(2)
        .errContains("Priya Shah may not approve review 2026-annual")
        .errContains("Dana Ruiz");

    CommandResult result =
        isms("review", "approve", ID, "--by", "Dana Ruiz", "--as-of", "2026-12-09");

    assertThat(result)
        .succeeded()
        .outContains("Approved review 2026-annual by Dana Ruiz on 2026-12-09")
        .outContains("actions/ACT-2026-030.yaml: Automate the access review export")
        .outContains("actions/ACT-1.yaml");
    assertThat(Files.readString(repo.resolve(REVIEW)))
        .contains("status: approved")
        .contains("approved_by: Dana Ruiz")
        .contains("approved_on: 2026-12-09");
    String minutes = Files.readString(repo.resolve(MINUTES));
    assertThat(minutes)
        .contains("| ACT-2026-030 | Automate the access review export | Marco Diaz |");
    assertThat(Files.readString(repo.resolve("actions/ACT-2026-030.yaml")))
        .contains("id: ACT-2026-030")
        .contains("source: 2026-annual")
        .contains("owner: \"Marco Diaz\"")
        .contains("due: 2027-03-31")
        .contains("status: open")
        .as("agreed at the meeting of 2026-12-02, not on the day of approval")
        .contains("raised: 2026-12-02");
    try (GitFacade git = GitFacade.open(repo, Cli.FIXED_CLOCK).orElseThrow()) {
      TagSummary tag = git.annotatedTag("review/" + ID).orElseThrow();
      assertThat(tag.commitId()).isEqualTo(git.head().orElseThrow().name());
      assertThat(tag.message())
          .contains("approved by Dana Ruiz on 2026-12-09")
          .contains("Chair: Dana Ruiz");
      Map<String, String> hashes = ApprovalTag.hashes(tag.message());
      assertThat(hashes)
          .containsKeys(
              REVIEW, MINUTES, "reviews/" + ID + "/agenda.md", "reviews/" + ID + "/pack.md");
      for (Map.Entry<String, String> e : hashes.entrySet()) {
        assertThat(Sha256.ofFile(repo.resolve(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
    assertThat(
            isms(
                "check",
                "--as-of",
                "2026-12-09",
                "--rule",
                "minutes-actions",
                "--rule",
                "approved-changed",
                "--rule",
                "approval-fields",
                "--rule",
                "records-retained"))
        .succeeded();
  }

  @Test
  @Order(6)
  void anEditAfterApprovalIsCaughtWithItsCommit() throws Exception {
    Files.writeString(
        repo.resolve(MINUTES), Files.readString(repo.resolve(MINUTES)) + "\nAdded later.\n");
    try (Git git = Git.open(repo.toFile())) {
      DatedCommits.commitAll(git, "Reword the annual minutes", LocalDate.of(2026, 12, 10));
    }

    CommandResult result =
        isms(
            "check",
            "--as-of",
            "2026-12-10",
            "--rule",
            "approved-changed",
            "--rule",
            "records-retained");

    assertThat(result)
        .exitedWith(1)
        .outContains(
            "error [approved-changed] "
                + MINUTES
                + " changed after review 2026-annual was approved")
        .outContains("\"Reword the annual minutes\"")
        .outContains(
            "error [records-retained] "
                + MINUTES
                + " no longer hashes to the SHA-256 the approval tag review/2026-annual recorded");
    assertThat(isms("review", "approve", ID, "--as-of", "2026-12-10"))
        .exitedWith(2)
        .errContains("is already approved (by Dana Ruiz on 2026-12-09)");
  }

  @Test
  @Order(7)
  void theLogShowsEachStepAndTheChangeAfterApprovalWithItsCommitAndAuthor() throws Exception {
    String edit = head().substring(0, 7);

    CommandResult result = isms("review", "log", ID);

    assertThat(result).succeeded();
    List<String> steps =
        result.out().lines().skip(1).map(l -> l.substring(24, l.indexOf("  ", 24))).toList();
    assertThat(steps)
        .containsExactly(
            "scaffolded",
            "packed",
            "held",
            "edited",
            "approved",
            "tagged review/2026-annual",
            "changed after approval");
    assertThat(result.out().lines().filter(l -> l.contains("changed after approval")))
        .singleElement()
        .asString()
        .startsWith("2026-12-10 12:00 +0100  changed after approval")
        .contains("  " + edit + "  ")
        .contains("author and committer Priya Shah <priya.shah@denialbase.example>")
        .contains("unsigned")
        .endsWith("\"Reword the annual minutes\"");
    JsonNode json =
        new ObjectMapper().readTree(isms("review", "log", ID, "--format", "json").out());
    JsonNode last = json.get("entries").get(6);
    assertThat(last.get("step").asText()).isEqualTo("changed after approval");
    assertThat(last.get("commit").asText()).startsWith(edit);
    assertThat(last.get("author").get("name").asText()).isEqualTo("Priya Shah");
    assertThat(last.get("files").toString()).isEqualTo("[\"" + MINUTES + "\"]");
    assertThat(json.get("entries").get(5).get("tag").asText()).isEqualTo("review/2026-annual");
  }

  @Test
  @Order(8)
  void aCommitSignedWithAnSshKeyIsShownAsSigned() throws Exception {
    Assumptions.assumeTrue(
        onPath("git") && onPath("ssh-keygen"), "git and ssh-keygen are needed to sign a commit");
    Path key = temp.resolve("id_ed25519");
    run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key.toString());
    Files.writeString(
        repo.resolve(MINUTES), Files.readString(repo.resolve(MINUTES)) + "\nSigned.\n");
    run(
        "git",
        "-c",
        "gpg.format=ssh",
        "-c",
        "user.signingkey=" + key,
        "commit",
        "-S",
        "-q",
        "-m",
        "Signed note on the annual minutes",
        "--",
        MINUTES);

    CommandResult result = isms("review", "log", ID);

    assertThat(result).succeeded();
    assertThat(result.out().lines().filter(l -> l.contains("Signed note on the annual minutes")))
        .singleElement()
        .asString()
        .contains("changed after approval")
        .contains("  signed (not verified)  ");
    assertThat(result.out().lines().filter(l -> l.contains("Reword the annual minutes")))
        .singleElement()
        .asString()
        .contains("  unsigned  ");
  }

  private static boolean onPath(String program) {
    return java.util.Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
  }

  /** Runs a program in the repository with a clean Git environment; fails unless it succeeds. */
  private static void run(String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
    builder.environment().put("HOME", temp.toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
  }

  private static void writeMinutes() throws Exception {
    ReviewCycle.writeMinutes(repo);
  }

  private static String head() throws Exception {
    try (Git git = Git.open(repo.toFile())) {
      return git.getRepository().resolve("HEAD").getName();
    }
  }
}
