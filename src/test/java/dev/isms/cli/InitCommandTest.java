package dev.isms.cli;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path temp;

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  @Test
  void initCreatesAValidRepositoryAndCommitsOnlyWhatItWrote() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    Path dir = temp.resolve("acme");

    CommandResult result = Cli.run("init", dir.toString(), "--org", "Acme: Health | GmbH");

    assertThat(result)
        .succeeded()
        .outContains("Initialised a Git repository", "Committed 21 files");
    String config = Files.readString(dir.resolve("isms.yaml"));
    assertThat(config)
        .startsWith("# yaml-language-server: $schema=.isms/schemas/isms.schema.json")
        .contains("organization: \"Acme: Health | GmbH\"")
        .contains("every: P3M")
        .contains("after_incidents: [sev1, sev2]");
    assertThat(dir.resolve("risks/.gitkeep")).exists();
    assertThat(dir.resolve(".isms/schemas/action.schema.json")).exists();
    try (Git git = Git.open(dir.toFile())) {
      RevCommit head = git.log().call().iterator().next();
      assertThat(head.getFullMessage()).contains("initialise the ISMS repository of Acme");
      assertThat(head.getAuthorIdent().getName()).isEqualTo(GitTestSupport.NAME);
      assertThat(git.status().call().isClean()).isTrue();
    }
    assertThat(Cli.run("-C", dir.toString(), "check")).succeeded().outContains("no problems found");
  }

  @Test
  void initInsideAnExistingRepositoryLeavesTheUsersChangesAlone() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path repo = temp.resolve("mono");
    try (Git git = GitTestSupport.initWithIdentity(repo)) {
      Files.writeString(repo.resolve("app.txt"), "v1\n");
      git.add().addFilepattern("app.txt").call();
      git.commit().setMessage("app").setSign(false).call();
      Files.writeString(repo.resolve("app.txt"), "v2 staged\n");
      git.add().addFilepattern("app.txt").call();
      Files.writeString(repo.resolve("app.txt"), "v3 unstaged\n");
      Files.writeString(repo.resolve("notes.txt"), "untracked\n");

      CommandResult result =
          Cli.run("init", repo.resolve("compliance").toString(), "--org", "Acme");

      assertThat(result).succeeded().outContains("Committed");
      Status status = git.status().call();
      assertThat(status.getChanged()).containsExactly("app.txt");
      assertThat(status.getModified()).containsExactly("app.txt");
      assertThat(status.getUntracked()).containsExactly("notes.txt");
      assertThat(Files.readString(repo.resolve("app.txt"))).isEqualTo("v3 unstaged\n");
      RevCommit head = git.log().call().iterator().next();
      assertThat(git.getRepository().parseCommit(head).getParentCount()).isEqualTo(1);
      assertThat(status.getAdded()).isEmpty();
    }
  }

  @Test
  void initRefusesToOverwriteIsmsYaml() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    Files.writeString(temp.resolve("isms.yaml"), "organization: Mine\n");

    CommandResult result = Cli.run("init", temp.toString());

    assertThat(result).exitedWith(2).errContains("isms.yaml already exists").hasNoStackTrace();
    assertThat(Files.readString(temp.resolve("isms.yaml"))).isEqualTo("organization: Mine\n");
  }

  @Test
  void initWithoutGitIdentityExplainsHowToSetOneAndWritesNothing() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path dir = temp.resolve("new");

    CommandResult result = Cli.run("init", dir.toString());

    assertThat(result).exitedWith(2).errContains("git config --global user.name").hasNoStackTrace();
    assertThat(dir.resolve("isms.yaml")).doesNotExist();
  }

  /**
   * The isms.yaml `init` writes, byte for byte, against golden/init/isms.yaml (run with
   * -Dgolden.write=true after a deliberate change and read the diff); twice gives the same bytes.
   */
  @Test
  void initWritesTheGoldenIsmsYaml() throws Exception {
    Path golden = Path.of("src/test/resources/golden/init/isms.yaml");
    Cli.run("init", temp.resolve("a").toString(), "--org", "Acme GmbH", "--no-commit");
    Cli.run("init", temp.resolve("b").toString(), "--org", "Acme GmbH", "--no-commit");

    String first = Files.readString(temp.resolve("a/isms.yaml"));
    String second = Files.readString(temp.resolve("b/isms.yaml"));

    assertThat(second).isEqualTo(first);
    if (Boolean.getBoolean("golden.write")) {
      Files.writeString(golden, first);
    }
    assertThat(first).isEqualTo(Files.readString(golden));
  }

  /** The commented `procedure:` example is a valid setting once its comment marks are removed. */
  @Test
  void theCommentedProcedureExampleIsValidUncommented() throws Exception {
    Path dir = temp.resolve("own");
    assertThat(Cli.run("init", dir.toString(), "--org", "Acme", "--no-commit")).succeeded();
    Path config = dir.resolve("isms.yaml");
    String text = Files.readString(config);
    int from = text.indexOf("# procedure:");
    int to = text.indexOf("\npolicy:", from);
    assertThat(from).isNotNegative();
    String example = text.substring(from, to);
    Files.writeString(config, text.replace(example, example.replaceAll("(?m)^# ", "")));

    CommandResult check = Cli.run("-C", dir.toString(), "check");

    assertThat(Files.readString(config)).contains("\n    - id: customer-visible-events\n");
    assertThat(check).succeeded().outContains("no problems found");
  }

  @Test
  void initWithNoCommitLeavesGitAlone() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path dir = temp.resolve("plain");

    CommandResult result = Cli.run("init", dir.toString(), "--no-commit");

    assertThat(result).succeeded().outContains("Nothing was committed");
    assertThat(dir.resolve("isms.yaml")).exists();
    assertThat(dir.resolve(".git")).doesNotExist();
  }

  @Test
  void severalFrameworksMakeAnIntegratedRepository() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    Path dir = temp.resolve("qms");

    CommandResult result =
        Cli.run("init", dir.toString(), "--framework", "iso27001-2022,iso9001-2015", "--no-commit");

    assertThat(result).succeeded();
    assertThat(Files.readString(dir.resolve("isms.yaml")))
        .contains("\nframeworks: [iso27001-2022, iso9001-2015]\n")
        .doesNotContain("\nframework:");
    assertThat(new dev.isms.store.RepositoryLoader().load(dir).repository().framework().title())
        .isEqualTo("ISO/IEC 27001:2022 incl. Amd 1:2024 + ISO 9001:2015");
  }

  @Test
  void obligationsAreWrittenBelowTheFrameworkAndLoad() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    Path dir = temp.resolve("psp");

    CommandResult result =
        Cli.run("init", dir.toString(), "--obligation", "soc2,pci-dss-4", "--no-commit");

    assertThat(result).succeeded();
    assertThat(Files.readString(dir.resolve("isms.yaml")))
        .contains("\nframework: iso27001-2022\n# Other obligations")
        .contains("\nobligations: [soc2, pci-dss-4]\n");
    assertThat(new dev.isms.store.RepositoryLoader().load(dir).repository().obligations())
        .extracting(o -> o.id())
        .containsExactly("soc2", "pci-dss-4");
  }

  @Test
  void anUnknownObligationIsRefusedWithTheKnownOnesAndNothingIsWritten() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    Path dir = temp.resolve("x");

    CommandResult result = Cli.run("init", dir.toString(), "--obligation", "pci-dss-3");

    assertThat(result)
        .exitedWith(2)
        .errContains("obligation `pci-dss-3` is not known; use one of: pci-dss-4, soc2.");
    assertThat(dir.resolve("isms.yaml")).doesNotExist();
  }

  @Test
  void unknownFrameworkListsTheKnownOnes() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);

    CommandResult result =
        Cli.run("init", temp.resolve("x").toString(), "--framework", "iso27001-2023");

    assertThat(result).exitedWith(2).errContains("iso27001-2013, iso27001-2022", "Did you mean");
  }

  @Test
  void initMapsEachRegisterFolderToItsSchemaForVsCode() throws Exception {
    Path dir = temp.resolve("fresh");

    assertThat(Cli.run("init", dir.toString(), "--no-commit"))
        .succeeded()
        .outContains("wrote .vscode/settings.json");

    assertThat(Files.readString(dir.resolve(".vscode/settings.json")))
        .isEqualTo(
            """
            {
              "yaml.schemas": {
                "./.isms/schemas/isms.schema.json": "isms.yaml",
                "./.isms/schemas/kpi.schema.json": "kpis/*.yaml",
                "./.isms/schemas/objective.schema.json": "objectives/*.yaml",
                "./.isms/schemas/risk.schema.json": "risks/*.yaml",
                "./.isms/schemas/action.schema.json": "actions/*.yaml",
                "./.isms/schemas/finding.schema.json": "findings/*.yaml",
                "./.isms/schemas/incident.schema.json": "incidents/*.yaml",
                "./.isms/schemas/change.schema.json": "changes/*.yaml",
                "./.isms/schemas/audit.schema.json": "audits/*.yaml",
                "./.isms/schemas/supplier.schema.json": "suppliers/*.yaml",
                "./.isms/schemas/review.schema.json": "reviews/*/review.yaml"
              }
            }
            """);
  }

  @Test
  void existingVsCodeSettingsAreMergedIntoKeepingCommentsKeysAndTheUsersMappings()
      throws Exception {
    Path dir = temp.resolve("mine");
    String mine =
        """
        // my editor, my rules
        {
          "editor.rulers": [100], /* wide screens */
          "yaml.schemas": {
            // the team's own schema for actions wins
            "./schemas/our-action.json": "actions/*.yaml",
            "./.isms/schemas/action.schema.json": "actions/legacy/*.yaml",
          },
          "files.trimTrailingWhitespace": true,
        }
        """;
    Files.createDirectories(dir.resolve(".vscode"));
    Files.writeString(dir.resolve(".vscode/settings.json"), mine);

    assertThat(Cli.run("init", dir.toString(), "--no-commit")).succeeded();

    String merged = Files.readString(dir.resolve(".vscode/settings.json"));
    String added =
        """
            "./.isms/schemas/isms.schema.json": "isms.yaml",
            "./.isms/schemas/kpi.schema.json": "kpis/*.yaml",
            "./.isms/schemas/objective.schema.json": "objectives/*.yaml",
            "./.isms/schemas/risk.schema.json": "risks/*.yaml",
            "./.isms/schemas/finding.schema.json": "findings/*.yaml",
            "./.isms/schemas/incident.schema.json": "incidents/*.yaml",
            "./.isms/schemas/change.schema.json": "changes/*.yaml",
            "./.isms/schemas/audit.schema.json": "audits/*.yaml",
            "./.isms/schemas/supplier.schema.json": "suppliers/*.yaml",
            "./.isms/schemas/review.schema.json": "reviews/*/review.yaml",
        """;
    assertThat(merged)
        .isEqualTo(mine.replace("  \"yaml.schemas\": {\n", "  \"yaml.schemas\": {\n" + added));
    assertThat(Cli.run("init", temp.resolve("again").toString(), "--no-commit")).succeeded();
  }

  @Test
  void vsCodeSettingsWithoutYamlSchemasGetTheBlockAndAnEmptyObjectToo() throws Exception {
    Path dir = temp.resolve("other");
    Files.createDirectories(dir.resolve(".vscode"));
    Files.writeString(dir.resolve(".vscode/settings.json"), "{\"editor.tabSize\": 2}\n");
    Path empty = temp.resolve("empty");
    Files.createDirectories(empty.resolve(".vscode"));
    Files.writeString(empty.resolve(".vscode/settings.json"), "{}");

    assertThat(Cli.run("init", dir.toString(), "--no-commit")).succeeded();
    assertThat(Cli.run("init", empty.toString(), "--no-commit")).succeeded();

    String settings = Files.readString(dir.resolve(".vscode/settings.json"));
    assertThat(settings)
        .startsWith("{\n  \"yaml.schemas\": {\n    \"./.isms/schemas/isms.schema.json\"")
        .endsWith("\"reviews/*/review.yaml\"\n  },\"editor.tabSize\": 2}\n");
    for (String text :
        List.of(settings, Files.readString(empty.resolve(".vscode/settings.json")))) {
      assertThat(new ObjectMapper().readTree(text).path("yaml.schemas").size()).isEqualTo(11);
    }
    assertThat(new ObjectMapper().readTree(settings).path("editor.tabSize").asInt()).isEqualTo(2);
  }

  @Test
  void vsCodeSettingsThatAreNotJsonAreRefusedAndNothingIsWritten() throws Exception {
    Path dir = temp.resolve("broken");
    String broken = "{\n  \"editor.rulers\": [100\n  \"files.eol\": \"\\n\"\n}\n";
    Files.createDirectories(dir.resolve(".vscode"));
    Files.writeString(dir.resolve(".vscode/settings.json"), broken);

    assertThat(Cli.run("init", dir.toString(), "--no-commit"))
        .exitedWith(2)
        .errContains(
            ".vscode/settings.json:3:",
            "not valid JSON",
            "comments and trailing commas are fine",
            "Nothing was written")
        .hasNoStackTrace();
    assertThat(Files.readString(dir.resolve(".vscode/settings.json"))).isEqualTo(broken);
    assertThat(dir.resolve("isms.yaml")).doesNotExist();
  }
}
