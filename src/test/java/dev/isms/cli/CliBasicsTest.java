package dev.isms.cli;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliBasicsTest {
  @TempDir Path temp;

  @Test
  void versionNamesTheTool() {
    assertThat(Cli.run("--version")).succeeded().outContains("isms ");
  }

  @Test
  void versionAloneIsAnsweredAsPicocliAnswersItAmongOtherOptions() {
    CommandResult alone = Cli.run("--version");

    assertThat(alone.out()).isEqualTo(Cli.run("--version", "--verbose").out());
    assertThat(Cli.run("-V").out()).isEqualTo(alone.out());
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CommandResult result = Cli.run("--help");

    assertThat(result)
        .succeeded()
        .outContains("init", "check", "schema", "demo", "completion", "-C=DIR", "--as-of")
        .outContains("1   the check found problems");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(Cli.run()).exitedWith(2).errContains("Usage: isms");
  }

  @Test
  void unknownOptionIsAUsageErrorWithASuggestion() {
    CommandResult result = Cli.run("check", "--strcit");

    assertThat(result)
        .exitedWith(2)
        .errContains("Unknown option: '--strcit'", "isms check --help")
        .hasNoStackTrace();
  }

  @Test
  void impossibleAsOfDateIsAUsageError() {
    CommandResult result = Cli.run("--as-of", "2026-02-30", "check");

    assertThat(result)
        .exitedWith(2)
        .errContains("'2026-02-30' is not a date; write it as YYYY-MM-DD");
  }

  @Test
  void globalOptionsWorkAfterTheCommandToo() throws Exception {
    MinimalRepo.create(temp);

    assertThat(Cli.run("check", "-C", temp.toString(), "--as-of", "2026-11-24")).succeeded();
  }

  @Test
  void theRepositoryIsFoundFromAFolderBelowIt() throws Exception {
    MinimalRepo.create(temp);

    assertThat(Cli.run("-C", temp.resolve("reviews/2026-Q3").toString(), "check")).succeeded();
  }

  @Test
  void aFolderWithoutIsmsYamlIsExitTwoWithTheFix() {
    CommandResult result = Cli.run("-C", temp.toString(), "check");

    assertThat(result)
        .exitedWith(2)
        .errContains("no isms.yaml in " + temp, "isms init")
        .hasNoStackTrace();
  }

  @Test
  void aMissingFolderIsExitTwo() {
    assertThat(Cli.run("-C", temp.resolve("nope").toString(), "check"))
        .exitedWith(2)
        .errContains("no such folder");
  }

  @Test
  void schemaJsonPrintsTheShippedJsonSchema() throws Exception {
    CommandResult result = Cli.run("schema", "action", "--json");

    assertThat(result).succeeded();
    var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(result.out());
    assertThat(schema.path("properties").has("success_criteria")).isTrue();
    assertThat(schema.path("required").toString()).contains("title", "status");
  }

  @Test
  void schemaListsTheFieldsWithWhatEachMeans() {
    assertThat(Cli.run("schema", "action"))
        .succeeded()
        .outContains(
            "  status * (one of open, in-progress, completed, closed, escalated, cancelled)\n"
                + "      where the action stands:",
            "  completed_on (date, e.g. 2026-11-23, or empty)\n",
            "completed is not closed",
            "  blockers (list of entries with the fields below)\n",
            "    reason * (text)\n        what stops the work\n",
            "`isms schema action --json` prints the JSON Schema");
    assertThat(Cli.run("schema", "change"))
        .succeeded()
        .outContains("  party (text)\n      the interested party concerned");
  }

  @Test
  void schemaWithoutKindListsTheKinds() {
    assertThat(Cli.run("schema"))
        .succeeded()
        .outContains("risk", "risks/<ID>.yaml", "reviews/<ID>/review.yaml");
  }

  @Test
  void unknownSchemaKindSuggestsTheNearestOne() {
    assertThat(Cli.run("schema", "acton")).exitedWith(2).errContains("Did you mean `action`?");
  }

  @Test
  void completionPrintsAShellScript() {
    assertThat(Cli.run("completion")).succeeded().outContains("complete -F");
  }

  @Test
  void everyShippedSchemaIsValidJson() throws Exception {
    for (String kind : dev.isms.validation.FileKind.names()) {
      CommandResult result = Cli.run("schema", kind, "--json");
      assertThat(result).succeeded();
      assertThat(
              new com.fasterxml.jackson.databind.ObjectMapper()
                  .readTree(result.out())
                  .path("$schema")
                  .asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void aDateInTheYear0000IsRefused() {
    assertThat(Cli.run("--as-of", "0000-01-01", "check"))
        .exitedWith(2)
        .errContains("'0000-01-01' is in the year 0000, which no ISMS record has");
  }

  @Test
  void aYearBeyondFourDigitsIsNoDate() {
    assertThat(Cli.run("--as-of", "+10000-01-01", "check"))
        .exitedWith(2)
        .errContains("'+10000-01-01' is not a date");
  }

  @Test
  void aFolderNamedLikeACommandIsAFolderAfterMinusC() {
    // "check" is read as the value of -C (a folder that does not exist here), not as a command
    assertThat(Cli.run("-C", "check", "check")).exitedWith(2).errContains("no such folder");
  }
}
