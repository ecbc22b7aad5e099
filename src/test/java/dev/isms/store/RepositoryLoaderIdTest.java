package dev.isms.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryLoaderIdTest {
  @TempDir Path root;

  @Test
  void anItemWithoutAnIdFieldTakesItsFileName() throws Exception {
    Files.writeString(
        root.resolve("isms.yaml"),
        """
        organization: Acme
        framework: iso27001-2022
        top_management: [CEO]
        review_types: {quarterly: {every: P3M}}
        """);
    Files.createDirectories(root.resolve("actions"));
    Files.writeString(root.resolve("actions/ACT-7.yaml"), "title: Patch the VPN\nstatus: open\n");
    Files.createDirectories(root.resolve("reviews/2026-Q3"));
    Files.writeString(
        root.resolve("reviews/2026-Q3/review.yaml"),
        "type: quarterly\ndate: 2026-09-15\nstatus: held\n");

    IsmsRepository repo = new RepositoryLoader().loadValid(root);

    assertThat(repo.actions()).singleElement().extracting(a -> a.id()).isEqualTo("ACT-7");
    assertThat(repo.reviews()).singleElement().extracting(r -> r.id()).isEqualTo("2026-Q3");
  }
}
