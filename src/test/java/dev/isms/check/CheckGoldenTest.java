package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.DemoRepository;
import dev.isms.testing.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for `isms check` on the example as `isms demo` builds it, with its year of dated
 * commits, so that every rule (the Git-history ones too) runs: each case under
 * src/test/resources/golden/check-* holds the arguments (args.txt, one per line) and the exact
 * output (expected.txt), and optionally repo/: files laid over a copy of the demo and committed on
 * 2026-11-24. Run with -Dgolden.write=true to rewrite them after a deliberate change, then review
 * the diff.
 */
class CheckGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String ARGS = "args.txt";
  static final String EXPECTED = "expected.txt";

  @TempDir static Path temp;
  static Path demo;

  @BeforeAll
  static void buildTheDemoRepository() {
    demo = temp.resolve("denialbase");
    DemoRepository.copy(demo, "--as-of", "2026-11-24");
  }

  static Stream<Path> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(GOLDEN)) {
      return dirs
          .filter(d -> d.getFileName().toString().startsWith("check-"))
          .sorted()
          .toList()
          .stream();
    }
  }

  /**
   * The demo, or for a case with a repo/ folder a copy of it with repo/ laid over and committed on
   * 2026-11-24 (minutes written another way, say).
   */
  private static Path repositoryFor(Path dir) throws Exception {
    Path overlay = dir.resolve("repo");
    if (!Files.isDirectory(overlay)) {
      return demo;
    }
    Path copy = temp.resolve(dir.getFileName().toString());
    if (!Files.isDirectory(copy)) {
      DemoRepository.copy(copy, "--as-of", "2026-11-24");
      FileTrees.copy(overlay, copy);
      try (Git git = Git.open(copy.toFile())) {
        DatedCommits.commitAll(git, "the case's files", LocalDate.parse("2026-11-24"));
      }
    }
    return copy;
  }

  @Test
  void everyCaseHasItsArgumentsAndItsExpectedOutput() throws IOException {
    List<String> unpaired = new ArrayList<>();
    for (Path dir : cases().toList()) {
      if (!Files.isRegularFile(dir.resolve(ARGS)) || !Files.isRegularFile(dir.resolve(EXPECTED))) {
        unpaired.add(dir.getFileName().toString());
      }
    }
    assertThat(cases()).isNotEmpty();
    assertThat(unpaired).as("golden cases without %s or %s", ARGS, EXPECTED).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void outputMatchesTheGoldenFileAndIsTheSameTwice(Path dir) throws Exception {
    List<String> args = new ArrayList<>(List.of("-C", repositoryFor(dir).toString()));
    args.addAll(Files.readAllLines(dir.resolve(ARGS)).stream().filter(l -> !l.isBlank()).toList());

    CommandResult first = Cli.run(args.toArray(String[]::new));
    CommandResult second = Cli.run(args.toArray(String[]::new));

    assertThat(first).hasNoStackTrace();
    assertThat(second.out()).isEqualTo(first.out());
    Path expected = dir.resolve(EXPECTED);
    if (Boolean.getBoolean("golden.write")) {
      Files.writeString(expected, first.out());
    }
    assertThat(first.out()).isEqualTo(Files.readString(expected));
  }
}
