package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.DemoRepository;
import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.GoldenCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of {@code isms pack}. Each folder src/test/resources/golden/pack/&lt;case&gt;/ holds
 * case.properties ({@code args}; {@code demo=true} to start from the repository `isms demo` builds
 * of the bundled example, or {@code git=true} to commit the case's own history; {@code committed},
 * the day repo/ is committed), repo/ (the repository, or what is added to the demo's, if anything),
 * optionally history/&lt;day&gt;/ (earlier states: the first complete, later ones laid over it,
 * each committed at noon that day) and expected/ (the files the command must write, relative to the
 * repository). The command runs with --force (a demo case already holds a pack); run again without,
 * it finds the pack up to date; with --force again, it must write the same bytes. After a
 * deliberate change, run with -Dgolden.write=true and read the diff of expected/.
 */
class PackGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/pack");

  @TempDir Path temp;

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  static Stream<String> cases() throws IOException {
    return GoldenCases.folders(GOLDEN).map(d -> d.getFileName().toString());
  }

  @Test
  void everyCaseHasItsInputAndItsExpectedFiles() throws IOException {
    List<String> cases = cases().toList();
    assertThat(cases).contains("example", "example-next", "fixture");
    for (String name : cases) {
      Path dir = GOLDEN.resolve(name);
      Properties props = GoldenCases.properties(dir);
      assertThat(props.getProperty("args")).as(name + ": args in case.properties").isNotBlank();
      if (!Boolean.parseBoolean(props.getProperty("demo"))) {
        assertThat(dir.resolve("repo/isms.yaml")).as(name + ": repo/isms.yaml").isRegularFile();
      }
      assertThat(dir.resolve("expected"))
          .as(name + ": expected/ (run with -Dgolden.write=true)")
          .isDirectory();
      assertThat(expectedFiles(dir.resolve("expected"))).as(name + ": expected files").isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheExpectedFilesAndTheSameBytesTwice(String name) throws Exception {
    Path caseDir = GOLDEN.resolve(name);
    Properties props = GoldenCases.properties(caseDir);
    GitTestSupport.isolateUserConfig(temp, true);
    Path repo = temp.resolve("repo");
    build(caseDir, props, repo);
    List<String> args = new ArrayList<>(List.of("-C", repo.toString()));
    args.addAll(List.of(props.getProperty("args").trim().split("\\s+")));
    List<Path> expectedFiles = expectedFiles(caseDir.resolve("expected"));

    // --force: the demo case already holds a pack the demo wrote, with the demo's clock
    List<String> forced = new ArrayList<>(args);
    forced.add("--force");
    CommandResult first = Cli.run(forced.toArray(String[]::new));
    assertThat(first).succeeded().hasNoStackTrace();
    List<String> firstRun = new ArrayList<>();
    for (Path rel : expectedFiles) {
      firstRun.add(Files.readString(repo.resolve(rel.toString())));
    }
    // unchanged data leaves the pack as it is; --force regenerates it, and must give the same bytes
    assertThat(Cli.run(args.toArray(String[]::new))).succeeded().outContains("is up to date");
    CommandResult second = Cli.run(forced.toArray(String[]::new));

    assertThat(second).succeeded();
    for (int i = 0; i < expectedFiles.size(); i++) {
      Path rel = expectedFiles.get(i);
      Path expected = caseDir.resolve("expected").resolve(rel.toString());
      String actual = Files.readString(repo.resolve(rel.toString()));
      assertThat(actual).as("%s: %s generated twice", name, rel).isEqualTo(firstRun.get(i));
      String masked = GoldenCases.maskCommits(actual);
      if (GoldenCases.write()) {
        Files.writeString(expected, masked);
      }
      assertThat(masked).as("%s: %s", name, rel).isEqualTo(Files.readString(expected));
    }
  }

  private static List<Path> expectedFiles(Path expected) throws IOException {
    if (!Files.isDirectory(expected)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(expected)) {
      return files.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
    }
  }

  /** The case's repository, with its history committed when the case asks for Git. */
  private static void build(Path caseDir, Properties props, Path repo) throws Exception {
    LocalDate committed = LocalDate.parse(props.getProperty("committed", "2026-11-24"));
    if (Boolean.parseBoolean(props.getProperty("demo"))) {
      DemoRepository.copy(repo, "--as-of", "2026-11-24");
      if (Files.isDirectory(caseDir.resolve("repo"))) {
        try (Git git = Git.open(repo.toFile())) {
          FileTrees.copy(caseDir.resolve("repo"), repo);
          DatedCommits.commitAll(git, "add the case's files", committed);
        }
      }
      return;
    }
    Files.createDirectories(repo);
    if (!Boolean.parseBoolean(props.getProperty("git"))) {
      FileTrees.copy(caseDir.resolve("repo"), repo);
      return;
    }
    try (Git git = GitTestSupport.initWithIdentity(repo)) {
      Path history = caseDir.resolve("history");
      if (Files.isDirectory(history)) {
        try (Stream<Path> days = Files.list(history)) {
          for (Path day : days.sorted().toList()) {
            FileTrees.copy(day, repo);
            DatedCommits.commitAll(
                git,
                "registers as of " + day.getFileName(),
                LocalDate.parse(day.getFileName().toString()));
          }
        }
      }
      DatedCommits.clearWorkTree(repo);
      FileTrees.copy(caseDir.resolve("repo"), repo);
      DatedCommits.commitAll(git, "registers as of " + committed, committed);
    }
  }
}
