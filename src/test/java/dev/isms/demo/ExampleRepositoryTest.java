package dev.isms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.problem.Problem;
import dev.isms.store.LoadResult;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled example is what the README promises: valid, complete, and its history valid too. */
class ExampleRepositoryTest {
  static final Path EXAMPLE = Path.of("examples", "denialbase");

  @TempDir Path temp;

  @Test
  void theExampleHasNoSchemaOrReferenceProblem() {
    LoadResult result = new RepositoryLoader().load(EXAMPLE);

    assertThat(result.problems()).extracting(Problem::toString).isEmpty();
    var repo = result.repository();
    assertThat(repo.kpis()).hasSizeGreaterThanOrEqualTo(8);
    assertThat(repo.kpis())
        .allSatisfy(k -> assertThat(k.measurements()).hasSizeGreaterThanOrEqualTo(6));
    assertThat(repo.risks()).hasSizeGreaterThanOrEqualTo(12);
    assertThat(repo.risks())
        .filteredOn(r -> r.isOpen() && r.level().name().equals("CRITICAL"))
        .hasSize(1);
    assertThat(repo.actions()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(repo.actions())
        .extracting(a -> a.status())
        .contains("open", "in-progress", "completed", "closed", "escalated", "cancelled");
    assertThat(repo.incidents()).anySatisfy(i -> assertThat(i.severity()).isEqualTo("sev1"));
    assertThat(repo.reviews()).filteredOn(r -> r.wasHeld()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(repo.reviews()).anySatisfy(r -> assertThat(r.trigger()).isNotNull());
    assertThat(repo.findings()).extracting(f -> f.auditType()).contains("internal", "external");
  }

  @Test
  void everyHistoricVersionIsValidToo() throws Exception {
    Path history = Path.of("examples", "denialbase-history");
    try (Stream<Path> days = Files.list(history)) {
      for (Path day : days.filter(Files::isDirectory).toList()) {
        Path copy = temp.resolve(day.getFileName().toString());
        FileTrees.copy(EXAMPLE, copy);
        FileTrees.copy(day, copy);

        LoadResult result = new RepositoryLoader().load(copy);

        assertThat(result.problems())
            .as("history of %s", day.getFileName())
            .extracting(Problem::toString)
            .isEmpty();
      }
    }
  }
}
