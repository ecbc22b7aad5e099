package dev.isms.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The GitHub Action at the top of the repository is what it claims. */
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
}
