package dev.isms.store;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.problem.InvalidRepositoryException;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.MinimalRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of bad input gets one clear line: the file, the line where known, a rule id and the
 * fix; `check` exits 1, commands that need valid data exit 2; no stack trace, no file changed.
 */
class BadInputTest {
  @TempDir Path root;

  @BeforeEach
  void validRepository() throws IOException {
    MinimalRepo.create(root);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(
            "malformed YAML",
            "actions/ACT-1.yaml",
            "id: ACT-1\ntitle: [unclosed\nstatus: open\n",
            "actions/ACT-1.yaml:3:",
            "yaml-syntax",
            "not valid YAML"),
        Arguments.of(
            "wrong type",
            "risks/R-1.yaml",
            "id: R-1\ntitle: T\nowner: O\nlikelihood: high\nimpact: 3\ntreatment: modify\nstatus: open\n",
            "risks/R-1.yaml:4:1",
            "wrong-type",
            "`likelihood` must be an integer"),
        Arguments.of(
            "missing required field",
            "risks/R-1.yaml",
            "id: R-1\ntitle: T\nlikelihood: 2\nimpact: 3\ntreatment: modify\nstatus: open\n",
            "risks/R-1.yaml:1:1",
            "missing-field",
            "required field `owner`"),
        Arguments.of(
            "unknown field",
            "actions/ACT-2.yaml",
            "id: ACT-2\ntitle: T\nstatus: open\ndeu: 2026-10-01\n",
            "actions/ACT-2.yaml:4:1",
            "unknown-field",
            "Did you mean `due`?"),
        Arguments.of(
            "value not in the expected form",
            "kpis/KPI-X.yaml",
            "id: KPI-X\nname: X\ntarget: {op: '>=', value: 1}\nmeasurements:\n  - period: 2026Q3\n    value: 1\n",
            "kpis/KPI-X.yaml:5:5",
            "invalid-value",
            "`measurements.0.period` is `2026Q3`, which is not in the expected form: 2026-Q3"),
        Arguments.of(
            "invalid date",
            "actions/ACT-2.yaml",
            "id: ACT-2\ntitle: T\nstatus: open\ndue: 2026-02-30\n",
            "actions/ACT-2.yaml:4:1",
            "invalid-date",
            "`2026-02-30`, which is not a valid date"),
        Arguments.of(
            "id differs from file name",
            "actions/ACT-2.yaml",
            "id: ACT-3\ntitle: T\nstatus: open\n",
            "actions/ACT-2.yaml:1:1",
            "id-mismatch",
            "has id `ACT-3`"),
        Arguments.of(
            "duplicate id",
            "risks/ACT-1.yaml",
            "id: ACT-1\ntitle: T\nowner: O\nlikelihood: 2\nimpact: 3\ntreatment: modify\nstatus: open\n",
            "actions/ACT-1.yaml",
            "duplicate-id",
            "which risks/ACT-1.yaml already has"),
        Arguments.of(
            "action source that does not exist",
            "actions/ACT-2.yaml",
            "id: ACT-2\ntitle: T\nstatus: open\nsource: 2026-Q9\n",
            "actions/ACT-2.yaml:4:1",
            "unknown-reference",
            "source `2026-Q9` does not exist"),
        Arguments.of(
            "corrective action that does not exist",
            "findings/F-2.yaml",
            "id: F-2\ntitle: T\naudit: A\nkind: minor-nc\nraised: 2026-05-04\nstatus: open\ncorrective_actions:\n  - ACT-1\n  - ACT-9\n",
            "findings/F-2.yaml:9:5",
            "unknown-reference",
            "corrective action `ACT-9` does not exist"),
        Arguments.of(
            "KPI objective that does not exist",
            "kpis/KPI-X.yaml",
            "id: KPI-X\nname: X\ntarget: {op: '>=', value: 1}\nobjective: OBJ-2\n",
            "kpis/KPI-X.yaml:4:1",
            "unknown-reference",
            "objective `OBJ-2` does not exist in objectives/. Did you mean `OBJ-1`?"),
        Arguments.of(
            "review trigger that does not exist",
            "reviews/2026-09-01-adhoc/review.yaml",
            "id: 2026-09-01-adhoc\ntype: ad-hoc\ndate: 2026-09-01\nstatus: planned\ntrigger: INC-7\n",
            "reviews/2026-09-01-adhoc/review.yaml:5:1",
            "unknown-reference",
            "trigger `INC-7` does not exist in any register"),
        Arguments.of(
            "empty file",
            "actions/ACT-2.yaml",
            "",
            "actions/ACT-2.yaml:1:1",
            "empty-file",
            "is empty"),
        Arguments.of(
            "comments only",
            "actions/ACT-2.yaml",
            "# nothing yet\n",
            "actions/ACT-2.yaml:1:1",
            "empty-file",
            "is empty"),
        Arguments.of(
            "unknown framework",
            "isms.yaml",
            "organization: T\nframework: iso27001-2023\ntop_management: [CEO]\nreview_types:\n  quarterly: {every: P3M}\n",
            "isms.yaml:2:1",
            "unknown-framework",
            "use one of: iso22301-2019, iso27001-2013, iso27001-2022, iso42001-2023, iso9001-2015"),
        Arguments.of(
            "unknown obligation",
            "isms.yaml",
            "organization: T\nframework: iso27001-2022\nobligations: [pci-dss-3]\n"
                + "top_management: [CEO]\nreview_types:\n  quarterly: {every: P3M}\n",
            "isms.yaml:3:15",
            "unknown-obligation",
            "obligation `pci-dss-3` is not known; use one of: pci-dss-4, soc2. Did you mean"
                + " `pci-dss-4`?"),
        Arguments.of(
            "number beyond a double",
            "kpis/KPI-X.yaml",
            "id: KPI-X\nname: X\ntarget: {op: '>=', value: 1}\nmeasurements:\n  - {period: 2026-Q3, value: 1e400}\n",
            "kpis/KPI-X.yaml:5:23",
            "invalid-value",
            "`measurements.0.value` is 1E+400, a number too large for isms to compute with"),
        Arguments.of(
            "number whose differences overflow",
            "kpis/KPI-X.yaml",
            "id: KPI-X\nname: X\ntarget: {op: '>=', value: -1.7e308}\n",
            "kpis/KPI-X.yaml:3:",
            "invalid-value",
            "`target.value` is -1.7E+308, a number too large"),
        Arguments.of(
            "integer beyond a double",
            "risks/R-1.yaml",
            "id: R-1\ntitle: T\nowner: O\nlikelihood: 1e400\nimpact: 3\ntreatment: modify\nstatus: open\n",
            "risks/R-1.yaml:4:1",
            "invalid-value",
            "`likelihood` is 1E+400, a number too large"),
        Arguments.of(
            "date in the year 0000",
            "actions/ACT-2.yaml",
            "id: ACT-2\ntitle: T\nstatus: open\ndue: 0000-01-01\n",
            "actions/ACT-2.yaml:4:1",
            "invalid-date",
            "`due` is `0000-01-01`, a date in the year 0000"),
        Arguments.of(
            "timestamp in the year 0000",
            "incidents/INC-2.yaml",
            "id: INC-2\ntitle: T\nseverity: sev3\nopened: 0000-08-04T09:12:00+02:00\n",
            "incidents/INC-2.yaml:4:1",
            "invalid-date",
            "a date in the year 0000"),
        Arguments.of(
            "cadence of no time",
            "isms.yaml",
            "organization: T\nframework: iso27001-2022\ntop_management: [CEO]\nreview_types:\n  quarterly: {every: P0D}\n",
            "isms.yaml:5:15",
            "invalid-value",
            "`review_types.quarterly.every` is `P0D`, a period of no time at all"),
        Arguments.of(
            "period that overflows",
            "isms.yaml",
            "organization: T\nframework: iso27001-2022\ntop_management: [CEO]\nreview_types:\n  quarterly: {every: P999999999999Y}\n",
            "isms.yaml:5:15",
            "invalid-value",
            "is `P999999999999Y`, longer than 100 years"),
        Arguments.of(
            "deadline of no time",
            "isms.yaml",
            "organization: T\nframework: iso27001-2022\ntop_management: [CEO]\nreview_types:\n  quarterly: {every: P3M}\npolicy: {minutes_within: P0Y0M}\n",
            "isms.yaml:6:10",
            "invalid-value",
            "`policy.minutes_within` is `P0Y0M`, a period of no time at all"),
        Arguments.of(
            "meeting of no time",
            "isms.yaml",
            "organization: T\nframework: iso27001-2022\ntop_management: [CEO]\nreview_types:\n  quarterly: {every: P3M, duration: 0h0m}\n",
            "isms.yaml:5:",
            "invalid-value",
            "`review_types.quarterly.duration` is `0h0m`, a meeting of no time at all"),
        Arguments.of(
            "id reserved on Windows",
            "actions/CON.yaml",
            "id: CON\ntitle: T\nstatus: open\n",
            "actions/CON.yaml",
            "invalid-id",
            "`CON` is not a valid id: it is a device name on Windows"),
        Arguments.of(
            "id reserved on Windows with an extension",
            "risks/com1.x.yaml",
            "title: T\nowner: O\nlikelihood: 2\nimpact: 3\ntreatment: modify\nstatus: open\n",
            "risks/com1.x.yaml",
            "invalid-id",
            "`com1.x` is not a valid id: it is a device name on Windows"),
        Arguments.of(
            "id ending with a dot",
            "actions/ACT-2..yaml",
            "title: T\nstatus: open\n",
            "actions/ACT-2..yaml",
            "invalid-id",
            "`ACT-2.` is not a valid id: it ends with a dot"),
        Arguments.of(
            "review id reserved on Windows",
            "reviews/NUL/review.yaml",
            "type: quarterly\ndate: 2026-12-15\nstatus: planned\n",
            "reviews/NUL",
            "invalid-id",
            "`NUL` is not a valid id"),
        Arguments.of(
            "review of a type isms.yaml lacks",
            "reviews/2026-Q4/review.yaml",
            "id: 2026-Q4\ntype: quartely\ndate: 2026-12-15\nstatus: planned\n",
            "reviews/2026-Q4/review.yaml:2:1",
            "unknown-review-type",
            "Did you mean `quarterly`?"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputIsOneClearProblem(
      String name, String file, String content, String location, String rule, String message)
      throws Exception {
    MinimalRepo.write(root, file, content);

    assertReported(location, rule, message);
  }

  @Test
  void aFolderNamedLikeARegisterFileIsReported() throws Exception {
    Files.createDirectories(root.resolve("actions/ACT-7.yaml"));

    assertReported(
        "actions/ACT-7.yaml",
        "not-a-file",
        "is a folder, but its name makes it an item of actions/");
  }

  @Test
  void aRegisterFolderThatIsAFileIsReported() throws Exception {
    Files.delete(root.resolve("objectives/OBJ-1.yaml"));
    Files.delete(root.resolve("objectives"));
    Files.writeString(root.resolve("objectives"), "OBJ-1\n");

    assertReported(
        "objectives", "not-a-folder", "is not a folder, so isms cannot read the items it should");
  }

  @Test
  void anIdFieldThatDiffersReportsLaterProblemsUnderTheRealFile() throws Exception {
    MinimalRepo.write(
        root,
        "actions/ACT-2.yaml",
        "id: ACT-9\ntitle: T\nsource: 2026-Q3\nowner: O\npriority: high\nsuccess_criteria: S\n"
            + "status: open\ndue: 2026-10-01\n");

    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2026-11-24");

    assertThat(result).exitedWith(1).hasNoStackTrace();
    assertThat(result.out())
        .contains("actions/ACT-2.yaml:1:1: error [id-mismatch] has id `ACT-9`")
        .contains("actions/ACT-2.yaml:8:1: error [action-overdue] ACT-2 ")
        .doesNotContain("ACT-9.yaml");
  }

  @Test
  void aNumberBeyondADoubleStopsPackWithTheFileAndLine() throws Exception {
    MinimalRepo.write(
        root,
        "kpis/KPI-TRAINING.yaml",
        "id: KPI-TRAINING\nname: T\ntarget: {op: '>=', value: 95}\nmeasurements:\n"
            + "  - {period: 2026-Q2, value: -1.7e308}\n  - {period: 2026-Q3, value: 1.7e308}\n");
    Map<String, String> before = snapshot();

    CommandResult result =
        Cli.run("-C", root.toString(), "pack", "2026-Q3", "--no-commit", "--as-of", "2026-11-24");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains("kpis/KPI-TRAINING.yaml:5:23: [invalid-value]", "a number too large");
    assertThat(result.err()).doesNotContain("NumberFormatException", "internal error");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void nonUtf8BytesNameTheLineAndColumn() throws Exception {
    Files.write(
        root.resolve("actions/ACT-2.yaml"),
        "id: ACT-2\ntitle: Caf\u00e9\nowner: J".getBytes(StandardCharsets.ISO_8859_1));

    assertReported("actions/ACT-2.yaml:2:11", "encoding", "not valid UTF-8");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedUnread() throws Exception {
    Files.writeString(root.resolve("actions/ACT-2.yaml"), "title: x\n" + "#".repeat(2_000_000));

    assertReported("actions/ACT-2.yaml", "file-too-large", "at most 1048576 bytes");
  }

  @Test
  void aliasBombIsRejectedAtTheFirstAlias() throws Exception {
    StringBuilder bomb =
        new StringBuilder(
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(prev);
      }
      bomb.append("]\n");
    }
    Files.writeString(root.resolve("actions/ACT-2.yaml"), bomb.toString());

    CommandResult result =
        assertReported("actions/ACT-2.yaml:2:8", "yaml-alias", "aliases are not allowed");
    assertThat(result.out().lines().filter(l -> l.contains("yaml-alias"))).hasSize(1);
  }

  @Test
  void symlinkLeadingOutsideTheRepositoryIsRefused() throws Exception {
    Path outside =
        Files.writeString(
            root.getParent().resolve(root.getFileName() + "-secret.yaml"),
            "title: secret\nstatus: open\n");
    try {
      Files.createSymbolicLink(root.resolve("actions/ACT-2.yaml"), outside);

      assertReported("actions/ACT-2.yaml", "symlink-outside", "leads outside the ISMS repository");
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    MinimalRepo.write(root, "actions/ACT-2.yaml", "id: ACT-2\ntitle: T\nstatus: done\n");
    MinimalRepo.write(root, "actions/ACT-3.yaml", "");
    MinimalRepo.write(root, "kpis/KPI-Y.yaml", "id: KPI-Y\nname: Y\n");

    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2026-11-24");

    assertThat(result)
        .exitedWith(1)
        .outContains("actions/ACT-2.yaml:3:1", "actions/ACT-3.yaml:1:1", "kpis/KPI-Y.yaml:1:1");
  }

  @Test
  void commandsThatNeedValidDataRefuseWithEveryProblem() throws Exception {
    MinimalRepo.write(root, "actions/ACT-2.yaml", "id: ACT-2\ntitle: T\nstatus: done\n");
    MinimalRepo.write(root, "actions/ACT-3.yaml", "");

    assertThatThrownBy(() -> new RepositoryLoader().loadValid(root))
        .isInstanceOfSatisfying(
            InvalidRepositoryException.class,
            e -> {
              assertThat(e.exitCode()).isEqualTo(2);
              assertThat(e.problems())
                  .extracting(p -> p.ruleId())
                  .containsExactly("invalid-value", "empty-file");
              assertThat(e.getMessage())
                  .contains("actions/ACT-2.yaml:3:1: [invalid-value]", "2 problems");
            });
  }

  @Test
  void theValidRepositoryHasNoProblems() {
    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2026-11-24");

    assertThat(result).succeeded();
  }

  private CommandResult assertReported(String location, String rule, String message)
      throws Exception {
    Map<String, String> before = snapshot();

    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2026-11-24");

    assertThat(result).exitedWith(1).hasNoStackTrace();
    assertThat(result.out()).contains(location).contains("[" + rule + "]").contains(message);
    String line =
        result.out().lines().filter(l -> l.contains("[" + rule + "]")).findFirst().orElseThrow();
    assertThat(line).startsWith(location);
    assertThat(snapshot()).isEqualTo(before);
    return result;
  }

  /** Every file's content hash, so a test can prove the command changed nothing. */
  private Map<String, String> snapshot() throws Exception {
    Map<String, String> hashes = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        hashes.put(
            root.relativize(p).toString(),
            HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
      }
    }
    return hashes;
  }
}
