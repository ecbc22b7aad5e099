package dev.isms.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Action at the top of the repository is what docs/ci.md says: every action it uses is
 * pinned to a commit, every output is set by a step, every input is used and documented, and no
 * input is pasted into a script. `.ci/integrations` runs its bash steps on real repositories.
 */
class CiIntegrationFilesTest {
  static final Path ACTION = Path.of("action.yml");
  static final Pattern PINNED =
      Pattern.compile("^\\s*(- )?uses: [\\w.-]+/[\\w./-]+@[0-9a-f]{40} # v\\d+\\.\\d+\\.\\d+$");
  static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*([^}]*?)\\s*}}");

  @Test
  void everyActionUsedIsPinnedToACommitWithItsReleaseInAComment() throws Exception {
    List<String> uses =
        Files.readAllLines(ACTION).stream()
            .filter(l -> l.contains("uses:") && !l.trim().startsWith("#"))
            .toList();
    long steps = 0;
    for (JsonNode step : new YAMLMapper().readTree(ACTION.toFile()).at("/runs/steps")) {
      steps += step.has("uses") ? 1 : 0;
    }

    assertThat(uses)
        .extracting(l -> l.trim().replaceFirst("^- ", "").replaceFirst("@.*", ""))
        .contains(
            "uses: actions/setup-java",
            "uses: actions/cache/restore",
            "uses: actions/cache/save",
            "uses: github/codeql-action/upload-sarif");
    assertThat(uses).hasSize((int) steps);
    assertThat(uses).allMatch(l -> PINNED.matcher(l).matches(), "pinned to a 40-hex commit");
  }

  @Test
  void everyOutputIsWrittenByTheStepItNames() throws Exception {
    JsonNode action = new YAMLMapper().readTree(ACTION.toFile());
    JsonNode outputs = action.get("outputs");

    assertThat(fieldNames(outputs)).containsExactlyInAnyOrder("errors", "warnings", "report");
    for (Map.Entry<String, JsonNode> output : outputs.properties()) {
      assertThat(output.getValue().get("description").asText()).isNotBlank();
      Matcher ref =
          Pattern.compile("^\\$\\{\\{ steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) }}$")
              .matcher(output.getValue().get("value").asText());
      assertThat(ref.matches()).as(output.getKey()).isTrue();
      JsonNode step = step(action, ref.group(1));
      assertThat(step.get("run").asText())
          .as("step %s writes %s", ref.group(1), ref.group(2))
          .contains("echo \"" + ref.group(2) + "=");
    }
  }

  @Test
  void everyInputIsDescribedUsedAndDocumentedAndReachesScriptsOnlyThroughEnv() throws Exception {
    JsonNode action = new YAMLMapper().readTree(ACTION.toFile());
    String docs = Files.readString(Path.of("docs/ci.md"));
    Set<String> used = new HashSet<>();
    for (JsonNode step : action.at("/runs/steps")) {
      if (step.has("run")) {
        assertThat(step.get("run").asText())
            .as("the script of %s", step.path("name").asText())
            .doesNotContain("${{");
      }
      Matcher m = EXPRESSION.matcher(step.toString());
      while (m.find()) {
        Matcher input = Pattern.compile("inputs\\.([\\w-]+)").matcher(m.group(1));
        while (input.find()) {
          used.add(input.group(1));
        }
      }
    }

    for (Map.Entry<String, JsonNode> input : action.get("inputs").properties()) {
      assertThat(input.getValue().get("description").asText()).isNotBlank();
      assertThat(used).as("inputs used by a step").contains(input.getKey());
      assertThat(docs).as("docs/ci.md").contains("`" + input.getKey() + "`");
    }
    for (String output : fieldNames(action.get("outputs"))) {
      assertThat(docs).as("docs/ci.md").contains("`" + output + "`");
    }
    assertThat(action.at("/inputs/fail-on/default").asText()).isEqualTo("error");
    assertThat(action.at("/inputs/fail-on/description").asText())
        .contains("error", "warning", "never");
    assertThat(action.at("/inputs/upload-sarif/default").asText()).isEqualTo("false");
  }

  @Test
  void theSarifUploadRunsOnlyWhenAskedAndTheBuildOnlyOnACacheMiss() throws Exception {
    JsonNode action = new YAMLMapper().readTree(ACTION.toFile());

    JsonNode upload = stepUsing(action, "github/codeql-action/upload-sarif");
    assertThat(upload.get("if").asText()).isEqualTo("inputs.upload-sarif == 'true'");
    assertThat(upload.at("/with/sarif_file").asText())
        .isEqualTo("${{ steps.check.outputs.sarif }}");
    JsonNode restore = stepUsing(action, "actions/cache/restore");
    JsonNode save = stepUsing(action, "actions/cache/save");
    assertThat(save.at("/with/path")).isEqualTo(restore.at("/with/path"));
    assertThat(save.at("/with/key")).isEqualTo(restore.at("/with/key"));
    assertThat(restore.at("/with/path").asText()).contains("~/.m2/repository", "target/isms.jar");
    String miss = "steps." + restore.get("id").asText() + ".outputs.cache-hit != 'true'";
    assertThat(save.get("if").asText()).isEqualTo(miss);
    for (JsonNode step : action.at("/runs/steps")) {
      if (step.path("run").asText().contains("mvn ")) {
        assertThat(step.get("if").asText()).isEqualTo(miss);
      }
    }
  }

  private static JsonNode step(JsonNode action, String id) {
    for (JsonNode step : action.at("/runs/steps")) {
      if (id.equals(step.path("id").asText())) {
        return step;
      }
    }
    throw new AssertionError("no step with id " + id);
  }

  private static JsonNode stepUsing(JsonNode action, String uses) {
    for (JsonNode step : action.at("/runs/steps")) {
      if (step.path("uses").asText().startsWith(uses + "@")) {
        return step;
      }
    }
    throw new AssertionError("no step uses " + uses);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }
}
