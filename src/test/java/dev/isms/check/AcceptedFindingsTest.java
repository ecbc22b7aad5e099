package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `.isms/accepted.yaml`: a finding management accepted is reported as accepted in every format and
 * fails nothing, until its date; an entry without a real reason accepts nothing and is itself a
 * problem; `isms check --accept` writes an entry, keeps the file's comments and commits it alone.
 */
class AcceptedFindingsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String ACTION = "actions/ACT-2026-014.yaml";
  static final String ACCEPTED = ".isms/accepted.yaml";

  @TempDir Path temp;
  CheckFixture repo;
  Git git;

  @BeforeEach
  void anOverdueAction() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    git = GitTestSupport.initWithIdentity(temp.resolve("isms"));
    repo = CheckFixture.copy(temp.resolve("isms"));
    repo.replace(ACTION, "due: 2026-12-31", "due: 2026-10-31");
    GitTestSupport.commitAll(git, "all");
  }

  @AfterEach
  void close() {
    git.close();
    GitTestSupport.restoreUserConfig();
  }

  @Test
  void anAcceptedFindingIsReportedAsAcceptedInEveryFormatAndFailsNothing() throws Exception {
    repo.write(ACCEPTED, entry("action-overdue", "item: ACT-2026-014", "2027-01-31"));

    CommandResult text = repo.check("--rule", "action-overdue");
    assertThat(text)
        .succeeded()
        .outContains(
            "accepted [action-overdue] " + ACTION + ":6:1: ACT-2026-014",
            "-- Rollout waits for the FIDO2 keys the supplier delivers in January (accepted by"
                + " Dana Ruiz until 2027-01-31)",
            "isms check: no problems found, 1 accepted; 1 rule run");

    CommandResult json = repo.check("--rule", "action-overdue", "--format", "json");
    SchemaValidation.checkReport(json.out());
    JsonNode report = JSON.readTree(json.out());
    assertThat(report.get("problems")).isEmpty();
    assertThat(report.at("/accepted/0/rule").asText()).isEqualTo("action-overdue");
    assertThat(report.at("/accepted/0/accepted_by").asText()).isEqualTo("Dana Ruiz");
    assertThat(report.at("/summary/accepted").asInt()).isEqualTo(1);

    CommandResult sarif = repo.check("--rule", "action-overdue", "--format", "sarif");
    SchemaValidation.sarif(sarif.out());
    JsonNode result = JSON.readTree(sarif.out()).at("/runs/0/results/0");
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
    assertThat(result.at("/suppressions/0/justification").asText()).startsWith("Rollout waits");

    CommandResult junit = repo.check("--rule", "action-overdue", "--format", "junit");
    SchemaValidation.junit10(junit.out());
    assertThat(junit.out())
        .contains("<skipped message=\"" + ACTION + ":6:1: error [action-overdue]")
        .doesNotContain("<failure");

    CommandResult github = repo.check("--rule", "action-overdue", "--format", "github");
    assertThat(github.out())
        .contains("::notice file=" + ACTION + ",line=6,col=1,title=action-overdue accepted::")
        .doesNotContain("::error");
  }

  @Test
  void anExpiredAcceptanceMakesTheFindingAnErrorAgain() {
    repo.write(ACCEPTED, entry("action-overdue", "item: ACT-2026-014", "2026-11-01"));

    CommandResult result = repo.check("--rule", "action-overdue");

    assertThat(result)
        .exitedWith(1)
        .outContains(
            ACTION + ":6:1: error [action-overdue] ACT-2026-014",
            "(its acceptance in .isms/accepted.yaml:2 ended 2026-11-01: fix it, or renew the"
                + " acceptance with a new `until`)");
  }

  @Test
  void aPlaceholderReasonAcceptsNothingAndIsAProblem() {
    repo.write(
        ACCEPTED,
        "accepted:\n"
            + "  - rule: action-overdue\n"
            + "    item: ACT-2026-014\n"
            + "    reason: TBD\n"
            + "    accepted_by: Dana Ruiz\n"
            + "    until: 2027-01-31\n");

    CommandResult result = repo.check("--rule", "action-overdue");

    assertThat(result)
        .exitedWith(1)
        .outContains(
            ACTION + ":6:1: error [action-overdue]",
            ACCEPTED
                + ":2: error [accepted-finding] the acceptance gives the reason `TBD`, which says"
                + " nothing an auditor can accept");
  }

  @Test
  void anEntryWhoseFindingIsGoneGetsANote() {
    repo.write(ACCEPTED, entry("action-overdue", "item: ACT-2026-009", "2027-01-31"));

    CommandResult result = repo.check("--rule", "action-overdue");

    assertThat(result)
        .outContains(
            "note [accepted-finding] .isms/accepted.yaml:2 accepts action-overdue:ACT-2026-009,"
                + " which has no finding any more: remove the entry");
  }

  @Test
  void acceptWritesTheEntryKeepsCommentsAndCommitsOnlyThatFile() throws Exception {
    repo.write(ACCEPTED, "# reviewed every quarter by the ISMS board\naccepted: []\n");
    repo.write("risks/R-007.yaml", repo.read("risks/R-007.yaml") + "# staged, not ours\n");
    git.add().addFilepattern("risks/R-007.yaml").call();

    CommandResult accept =
        repo.check(
            "--accept",
            "action-overdue:ACT-2026-014",
            "--reason",
            "Rollout waits for the FIDO2 keys the supplier delivers in January",
            "--until",
            "2027-01-31");

    assertThat(accept)
        .succeeded()
        .outContains(
            "Accepted action-overdue:ACT-2026-014 until 2027-01-31 in .isms/accepted.yaml");
    String written = repo.read(ACCEPTED);
    assertThat(written)
        .startsWith("# reviewed every quarter by the ISMS board\n")
        .contains("ACT-2026-014", "accepted_by:", "2027-01-31");
    RevCommit head = git.log().setMaxCount(1).call().iterator().next();
    assertThat(head.getFullMessage()).startsWith("accept action-overdue:ACT-2026-014 until");
    Status status = git.status().call();
    assertThat(status.getChanged()).containsExactly("risks/R-007.yaml"); // still staged
    assertThat(status.getUncommittedChanges()).doesNotContain(ACCEPTED);
    assertThat(repo.check("--rule", "action-overdue")).succeeded();
  }

  @Test
  void acceptRefusesAPlaceholderReasonAndAPastDateWritingNothing() {
    CommandResult tbd =
        repo.check(
            "--accept", "action-overdue:ACT-2026-014", "--reason", "TBD", "--until", "2027-01-31");
    CommandResult past =
        repo.check(
            "--accept",
            "action-overdue:ACT-2026-014",
            "--reason",
            "Rollout waits for the FIDO2 keys",
            "--until",
            "2026-01-31");

    assertThat(tbd).exitedWith(2).errContains("--reason must say why");
    assertThat(past).exitedWith(2).errContains("--until must be a date after 2026-11-24");
    assertThat(Files.exists(repo.root.resolve(ACCEPTED))).isFalse();
  }

  private static String entry(String rule, String target, String until) {
    return String.join(
        "\n",
        List.of(
            "accepted:",
            "  - rule: " + rule,
            "    " + target,
            "    reason: Rollout waits for the FIDO2 keys the supplier delivers in January",
            "    accepted_by: Dana Ruiz",
            "    until: " + until,
            ""));
  }
}
