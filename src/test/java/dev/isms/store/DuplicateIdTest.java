package dev.isms.store;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An `id` field that claims another file's id is one `duplicate-id` problem, on the file whose
 * field is wrong, naming the other file, whichever of the two is read first.
 */
class DuplicateIdTest {
  private static final String RISK =
      """
      title: Laptop theft
      owner: Priya Shah
      likelihood: 2
      impact: 3
      treatment: modify
      status: open
      """;

  @TempDir Path root;

  @BeforeEach
  void validRepository() throws Exception {
    MinimalRepo.create(root);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // risks/ are read before actions/: the claimed id is not known yet when R-1.yaml is read
        "read before the file it claims | risks/R-1.yaml | id: ACT-1 | 1",
        "read after the file it claims | actions/ACT-2.yaml | id: ACT-1 | 3"
      })
  void anIdFieldClaimingAnotherFilesIdIsReportedOnceOnThatField(
      String name, String file, String idLine, int line) throws Exception {
    String body =
        file.startsWith("risks/")
            ? idLine + "\n" + RISK
            : "title: Patch the VPN\nstatus: open\n" + idLine + "\n";
    MinimalRepo.write(root, file, body);

    List<String> duplicates = duplicateIdLines(check());

    assertThat(duplicates)
        .containsExactly(
            file
                + ":"
                + line
                + ":1: error [duplicate-id] claims the"
                + " id `ACT-1`, which is the id of actions/ACT-1.yaml: give each item its own id (the file"
                + " name is the id)");
  }

  @Test
  void aFileNameAndIdFieldThatBothRepeatAnotherFilesIdAreReportedOnce() throws Exception {
    MinimalRepo.write(
        root, "actions/act-1.yaml", "id: ACT-1\ntitle: Patch the VPN\nstatus: open\n");

    CommandResult result = check();

    assertThat(duplicateIdLines(result))
        .singleElement()
        .asString()
        .startsWith("actions/act-1.yaml:")
        .contains("`act-1`, which actions/ACT-1.yaml already has");
    assertThat(result.out()).contains("actions/act-1.yaml:1:1: error [id-mismatch] has id `ACT-1`");
  }

  private CommandResult check() {
    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2026-11-24");
    assertThat(result).exitedWith(1).hasNoStackTrace();
    return result;
  }

  private static List<String> duplicateIdLines(CommandResult result) {
    return result.out().lines().filter(l -> l.contains("[duplicate-id]")).toList();
  }
}
