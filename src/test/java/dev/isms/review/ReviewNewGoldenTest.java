package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.problem.Problem;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.GoldenCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files of `isms review new`: each folder under golden/review-new/ holds case.properties
 * (the repository, the arguments, the date taken as today, the review it creates), optionally an
 * overlay/ folder of files laid over the repository, and the four files the command must write,
 * byte for byte. Regenerate with -Dgolden.write=true, then read every changed line.
 */
class ReviewNewGoldenTest {
  private static final Path CASES = Path.of("src/test/resources/golden/review-new");
  private static final Set<String> OUTPUTS =
      Set.of("review.yaml", "agenda.md", "minutes.md", "invite.ics");

  @TempDir Path temp;

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  static Stream<Path> cases() throws IOException {
    return GoldenCases.folders(CASES);
  }

  @Test
  void everyCaseHasItsCommandAndAllFourFiles() throws IOException {
    List<Path> all = cases().toList();
    assertThat(all).isNotEmpty();
    for (Path dir : all) {
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
        assertThat(names)
            .as("files of golden case %s", dir.getFileName())
            .filteredOn(name -> !name.equals("overlay"))
            .containsExactlyInAnyOrder(
                "agenda.md", "case.properties", "invite.ics", "minutes.md", "review.yaml");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void writesTheGoldenFilesAndTheSameBytesTwice(Path dir) throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Properties c = GoldenCases.properties(dir);

    Map<String, String> first = scaffold(dir, c, temp.resolve("first"));
    Map<String, String> second = scaffold(dir, c, temp.resolve("second"));

    if (GoldenCases.write()) {
      for (Map.Entry<String, String> f : first.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue());
      }
    }
    assertThat(first.keySet()).isEqualTo(OUTPUTS);
    for (String name : OUTPUTS) {
      assertThat(first.get(name))
          .as(dir.getFileName() + "/" + name)
          .isEqualTo(Files.readString(dir.resolve(name)));
    }
    assertThat(second).as("a second run on a fresh copy").isEqualTo(first);
  }

  /** Runs the case on a fresh committed copy; returns the files of the review it created. */
  private Map<String, String> scaffold(Path dir, Properties c, Path repo) throws Exception {
    Path source = Path.of(c.getProperty("repository"));
    if (Files.isDirectory(dir.resolve("overlay"))) {
      source = FileTrees.copy(source, repo.resolveSibling(repo.getFileName() + "-source"));
      FileTrees.copy(dir.resolve("overlay"), source);
    }
    ReviewFixtures.committedCopy(source, repo);
    List<String> args =
        new ArrayList<>(List.of("-C", repo.toString(), "--as-of", c.getProperty("as-of")));
    args.addAll(Arrays.asList(c.getProperty("args").trim().split("\\s+")));

    CommandResult result = Cli.run(args.toArray(String[]::new));

    assertThat(result).succeeded().outContains("Committed 4 files");
    Path review = repo.resolve("reviews").resolve(c.getProperty("review"));
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> written = Files.list(review)) {
      for (Path f : written.toList()) {
        files.put(f.getFileName().toString(), Files.readString(f));
      }
    }
    List<Problem> problems = new RepositoryLoader().load(repo).problems();
    assertThat(problems).as("problems after scaffolding").isEmpty();
    return files;
  }
}
