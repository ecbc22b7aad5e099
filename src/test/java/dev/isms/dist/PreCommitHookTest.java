package dev.isms.dist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook `isms-check-from-source` as pre-commit invokes it: its entry from
 * .pre-commit-hooks.yaml, run from a copy of the repository (pre-commit's clone) with the hook's
 * args appended, in the user's repository. A stand-in `mvn` on PATH counts the builds and writes a
 * stand-in jar that prints its arguments. `.ci/integrations` runs the real thing through
 * `pre-commit try-repo`.
 */
class PreCommitHookTest {
  @TempDir Path temp;
  Path clone;
  Path userRepo;
  Path tools;
  Path builds;
  List<String> entry;

  @BeforeEach
  void cloneAndStandInMaven() throws Exception {
    JsonNode hook = hook("isms-check-from-source");
    assertThat(hook.get("language").asText()).isEqualTo("script");
    entry = List.of(hook.get("entry").asText().split(" "));
    clone = temp.resolve("cache/repoabc");
    for (String file : List.of("isms", entry.get(0), "pom.xml")) {
      Files.createDirectories(clone.resolve(file).getParent());
      Files.copy(Path.of(file), clone.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
    }
    Path probe = temp.resolve("probe.jar");
    LauncherTest.writeProbeJar(probe);
    tools = Files.createDirectories(temp.resolve("tools"));
    builds = temp.resolve("builds.log");
    executable(
        tools.resolve("mvn"),
        "#!/bin/sh\n"
            + "# stand-in: mvn ... -f POM package\n"
            + "echo \"$*\" >> '"
            + builds
            + "'\n"
            + "if [ -n \"$FAIL_BUILD\" ]; then echo '[ERROR] COMPILATION ERROR'; exit 1; fi\n"
            + "while [ \"$1\" != -f ]; do shift; done\n"
            + "sleep 1\n"
            + "mkdir -p \"$(dirname \"$2\")/target\"\n"
            + "cp '"
            + probe
            + "' \"$(dirname \"$2\")/target/isms.jar\"\n");
    userRepo = Files.createDirectories(temp.resolve("user-repo"));
  }

  @Test
  void theFirstRunBuildsIsmsInTheCloneAndLaterRunsReuseIt() throws Exception {
    Result first = hookRun(pathWithMaven(), Map.of(), "-C", "compliance");
    Result second = hookRun(pathWithMaven(), Map.of(), "-C", "compliance");

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .isEqualTo(
            "ran " + clone.resolve("target/isms.jar").toRealPath() + " with check -C compliance\n");
    assertThat(first.err()).contains("building isms once");
    assertThat(second.code()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
    assertThat(Files.readAllLines(builds))
        .singleElement()
        .asString()
        .contains("-Dmaven.test.skip=true", "package");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void commitsStartedAtOnceEachRunAWholeJar() throws Exception {
    List<Process> runs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      runs.add(start(pathWithMaven(), Map.of()));
    }

    for (Process p : runs) {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(err).isZero();
      assertThat(out).startsWith("ran " + clone.resolve("target/isms.jar").toRealPath());
    }
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFailedBuildShowsMavensOutputExitsTwoAndLeavesNoJar() throws Exception {
    Result result = hookRun(pathWithMaven(), Map.of("FAIL_BUILD", "1"));

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("[ERROR] COMPILATION ERROR", "the build failed");
    assertThat(clone.resolve("target/isms.jar")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void withoutMavenItSaysWhatToInstallOrWhichHookToUse() throws Exception {
    Path bare = Files.createDirectories(temp.resolve("bare"));
    for (String tool :
        List.of("dirname", "mktemp", "tar", "rm", "mkdir", "mv", "cat", "ls", "sed")) {
      executable(bare.resolve(tool), "#!/bin/sh\nexec " + which(tool) + " \"$@\"\n");
    }

    Result result = hookRun(bare.toString(), Map.of());

    assertThat(result.code()).isEqualTo(2);
    assertThat(result.err()).contains("needs Maven 3.8+ and Java 17+ on PATH", "hook isms-check");
    assertThat(builds).doesNotExist();
  }

  @Test
  void bothHooksRunOnEveryYamlAndMarkdownFileOnly() throws Exception {
    for (String id : List.of("isms-check", "isms-check-from-source")) {
      JsonNode hook = hook(id);
      java.util.regex.Pattern files = java.util.regex.Pattern.compile(hook.get("files").asText());

      assertThat(hook.get("pass_filenames").asBoolean()).isFalse();
      assertThat(List.of("isms.yaml", "compliance/actions/ACT-1.yml", "reviews/2026-Q3/minutes.md"))
          .allMatch(p -> files.matcher(p).find());
      assertThat(List.of("src/Main.java", "notes.txt", "minutes.md.orig", "a.yamlx"))
          .noneMatch(p -> files.matcher(p).find());
    }
    assertThat(hook("isms-check").get("entry").asText()).isEqualTo("isms check");
    assertThat(hook("isms-check").get("language").asText()).isEqualTo("system");
  }

  private static JsonNode hook(String id) throws IOException {
    for (JsonNode hook : new YAMLMapper().readTree(Path.of(".pre-commit-hooks.yaml").toFile())) {
      if (hook.get("id").asText().equals(id)) {
        return hook;
      }
    }
    throw new AssertionError("no hook " + id + " in .pre-commit-hooks.yaml");
  }

  private List<Path> leftovers() throws IOException {
    try (Stream<Path> files = Files.list(clone)) {
      return files.filter(f -> f.getFileName().toString().startsWith(".build")).toList();
    }
  }

  private String pathWithMaven() {
    return tools + File.pathSeparator + System.getenv("PATH");
  }

  private static Path which(String tool) {
    for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, tool);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(tool + " is not on PATH");
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  record Result(int code, String out, String err) {}

  private Result hookRun(String path, Map<String, String> env, String... args) throws Exception {
    Process p = start(path, env, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out, err);
  }

  /** As pre-commit runs a script hook: the entry's path in its clone, then entry args and args. */
  private Process start(String path, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(clone.resolve(entry.get(0)).toString()));
    command.addAll(entry.subList(1, entry.size()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(userRepo.toFile());
    pb.environment().remove("ISMS_JAVA_OPTS");
    pb.environment().put("PATH", path);
    pb.environment()
        .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().putAll(env);
    return pb.start();
  }
}
