package dev.isms.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.framework.FrameworkCatalog;
import dev.isms.problem.Problem;
import dev.isms.testing.MinimalRepo;
import dev.isms.validation.SchemaCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files read on several threads give the same items and problems, in the same order. */
class ParallelLoadingTest {
  @TempDir Path root;

  @Test
  void readingOnSeveralThreadsFindsWhatReadingOneByOneFinds() throws Exception {
    MinimalRepo.create(root);
    for (int i = 100; i < 180; i++) {
      Files.writeString(root.resolve("actions/ACT-" + i + ".yaml"), action(i));
    }

    LoadResult oneByOne =
        new RepositoryLoader(new SchemaCatalog(), new FrameworkCatalog(), Integer.MAX_VALUE)
            .load(root);
    LoadResult parallel =
        new RepositoryLoader(new SchemaCatalog(), new FrameworkCatalog(), 1).load(root);

    assertThat(parallel.problems())
        .map(Problem::toString)
        .containsExactlyElementsOf(oneByOne.problems().stream().map(Problem::toString).toList());
    assertThat(parallel.problems())
        .map(Problem::file)
        .contains(
            "actions/ACT-105.yaml",
            "actions/ACT-110.yaml",
            "actions/ACT-115.yaml",
            "actions/ACT-120.yaml");
    assertThat(parallel.repository().actions())
        .hasSize(oneByOne.repository().actions().size())
        .hasSizeGreaterThan(60);
    assertThat(parallel.repository().actions())
        .containsExactlyElementsOf(oneByOne.repository().actions());
  }

  /**
   * A valid action, but one in five broken: bad YAML, an unknown field, a wrong id or an empty
   * file.
   */
  private static String action(int i) {
    return switch (i % 20) {
      case 5 -> "id: ACT-" + i + "\ntitle: [unclosed\n";
      case 10 -> "id: ACT-" + i + "\ntitle: Rotate keys\nstatus: open\ncolour: red\n";
      case 15 -> "id: ACT-" + (i + 1) + "\ntitle: Rotate keys\nstatus: open\n";
      case 0 -> "# nothing yet\n";
      default ->
          "id: ACT-"
              + i
              + "\ntitle: Rotate keys "
              + i
              + "\nsource: 2026-Q3\nowner: Priya Shah\ndue: 2026-12-31\npriority: high\n"
              + "success_criteria: every key rotated\nstatus: open\n";
    };
  }
}
