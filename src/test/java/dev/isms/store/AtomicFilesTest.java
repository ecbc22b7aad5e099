package dev.isms.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aNewFileGetsTheUsualPermissionsNotThoseOfATempFile() throws Exception {
    Path reference = Files.createFile(dir.resolve("made-by-hand.md"));

    AtomicFiles.writeAll(Map.of(dir.resolve("reviews/2026-Q4/agenda.md"), "# Agenda\n"));

    Path written = dir.resolve("reviews/2026-Q4/agenda.md");
    assertThat(Files.readString(written)).isEqualTo("# Agenda\n");
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(reference));
    try (var left = Files.list(written.getParent())) {
      assertThat(left).containsExactly(written); // no temporary file stays behind
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws Exception {
    Path file = Files.writeString(dir.resolve("pack.md"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    AtomicFiles.write(file, "new\n");

    assertThat(Files.readString(file)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
  }
}
