package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.Trees;
import java.io.IOException;
import java.io.Reader;
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
 * Golden files of {@code isms pack}: each folder src/test/resources/golden/pack-&lt;case&gt;/ holds
 * case.properties (args; git=true to build history; committed = day of the last commit), repo/
 * (the repository), optionally history/&lt;day&gt;/ (earlier states: the first is complete, later
 * ones overlay it, each committed at noon that day before repo/ is) and expected/ (the files the
 * command must write, relative to the repository). Run with -Dgolden.update=true to rewrite
 * expected/ after a deliberate change, then read the diff.
 */
class PackGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  @TempDir Path temp;

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs.filter(Files::isDirectory)
          .map(d -> d.getFileName().toString())
          .filter(n -> n.startsWith("pack-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void everyCaseIsComplete() throws IOException {
    List<String> cases = cases().toList();
    assertThat(cases).isNotEmpty();
    for (String name : cases) {
      Path dir = GOLDEN.resolve(name);
      assertThat(dir.resolve("case.properties")).as(name + ": case.properties").isRegularFile();
      assertThat(dir.resolve("repo/isms.yaml")).as(name + ": repo/isms.yaml").isRegularFile();
      assertThat(dir.resolve("expected")).as(name + ": expected/ (run with -Dgolden.update=true)")
          .isDirectory();
      try (Stream<Path> expected = Files.walk(dir.resolve("expected"))) {
        assertThat(expected.filter(Files::isRegularFile).count()).as(name + ": expected files")
            .isPositive();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void generatesTheExpectedFilesTwiceAlike(String name) throws Exception {
    Path caseDir = GOLDEN.resolve(name);
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(caseDir.resolve("case.properties"))) {
      props.load(in);
    }
    GitTestSupport.isolateUserConfig(temp, true);
    Path repo = temp.resolve("repo");
    build(caseDir, props, repo);
    List<String> args = new ArrayList<>(List.of("-C", repo.toString()));
    args.addAll(List.of(props.getProperty("args").trim().split("\\s+")));

    CommandResult first = Cli.run(args.toArray(String[]::new));
    assertThat(first).succeeded().hasNoStackTrace();
    List<Path> expectedFiles = expectedFiles(caseDir.resolve("expected"));
    List<String> firstRun = new ArrayList<>();
    for (Path rel : expectedFiles) {
      firstRun.add(Files.readString(repo.resolve(rel.toString())));
    }
    CommandResult second = Cli.run(args.toArray(String[]::new));

    assertThat(second).succeeded();
    for (int i = 0; i < expectedFiles.size(); i++) {
      Path rel = expectedFiles.get(i);
      Path expected = caseDir.resolve("expected").resolve(rel.toString());
      String actual = Files.readString(repo.resolve(rel.toString()));
      assertThat(actual).as("%s: %s generated twice", name, rel).isEqualTo(firstRun.get(i));
      if (UPDATE) {
        Files.writeString(expected, actual);
      }
      assertThat(actual).as("%s: %s", name, rel).isEqualTo(Files.readString(expected));
    }
  }

  private static List<Path> expectedFiles(Path expected) throws IOException {
    try (Stream<Path> files = Files.walk(expected)) {
      return files.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
    }
  }

  /** The case's repository, with its history committed when the case asks for Git. */
  static void build(Path caseDir, Properties props, Path repo) throws Exception {
    Files.createDirectories(repo);
    if (!Boolean.parseBoolean(props.getProperty("git", "false"))) {
      Trees.copy(caseDir.resolve("repo"), repo);
      return;
    }
    try (Git git = GitTestSupport.initWithIdentity(repo)) {
      Path history = caseDir.resolve("history");
      if (Files.isDirectory(history)) {
        try (Stream<Path> days = Files.list(history)) {
          for (Path day : days.sorted().toList()) {
            Trees.copy(day, repo);
            Trees.commitAll(git, "registers as of " + day.getFileName(),
                LocalDate.parse(day.getFileName().toString()));
          }
        }
      }
      Trees.clearWorkTree(repo);
      Trees.copy(caseDir.resolve("repo"), repo);
      Trees.commitAll(git, "registers as of " + props.getProperty("committed"),
          LocalDate.parse(props.getProperty("committed")));
    }
  }
}
