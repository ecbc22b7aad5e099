package dev.isms.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The GitHub Action and the pre-commit hook at the top of the repository are what they claim. */
class CiIntegrationFilesTest {
  static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void theActionSetsUpJavaBuildsTheJarAndRunsCheckForGithub() throws Exception {
    JsonNode action = YAML.readTree(Path.of("action.yml").toFile());

    assertThat(action.at("/runs/using").asText()).isEqualTo("composite");
    assertThat(action.at("/inputs/format/default").asText()).isEqualTo("github");
    assertThat(action.at("/inputs/java-version/default").asText()).isEqualTo("17");
    List<JsonNode> steps = new ArrayList<>();
    action.at("/runs/steps").forEach(steps::add);
    assertThat(steps.get(0).get("uses").asText()).startsWith("actions/setup-java@");
    assertThat(steps.get(1).get("run").asText())
        .contains("mvn", "package", "$GITHUB_ACTION_PATH/pom.xml");
    String check = steps.get(2).get("run").asText();
    assertThat(check)
        .contains("target/isms.jar", "check --format \"$ISMS_FORMAT\"")
        .doesNotContain("${{"); // inputs arrive as environment variables only
    assertThat(steps.get(2).at("/env/ISMS_FORMAT").asText()).isEqualTo("${{ inputs.format }}");
  }

  @Test
  void thePreCommitHookRunsCheckWhenTheIsmsChanges() throws Exception {
    JsonNode hook = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile()).get(0);

    assertThat(hook.get("id").asText()).isEqualTo("isms-check");
    assertThat(hook.get("entry").asText()).isEqualTo("isms check");
    assertThat(hook.get("pass_filenames").asBoolean()).isFalse();
    Pattern files = Pattern.compile(hook.get("files").asText());
    assertThat(
            List.of(
                "isms.yaml",
                "compliance/isms.yaml",
                "actions/ACT-1.yaml",
                "compliance/risks/R-007.yaml",
                "reviews/2026-Q3/minutes.md",
                "reviews/2026-Q3/review.yaml"))
        .allMatch(p -> files.matcher(p).find());
    assertThat(
            List.of(
                "src/main/java/Main.java", "README.md", "actions/notes.txt", "kpis/old/KPI-1.yml"))
        .noneMatch(p -> files.matcher(p).find());
  }
}
