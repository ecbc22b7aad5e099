package dev.isms.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.IsmsException;
import dev.isms.testing.RepositorySnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTransactionTest {
  @TempDir Path root;

  /**
   * Fails the {@code n}-th write (1-based) halfway, as a full disk would, or the {@code n}-th move.
   */
  static FileTransaction.Disk fullDisk(int n, boolean onMove) {
    return new FileTransaction.Disk() {
      private int writes;
      private int moves;

      @Override
      public void write(Path file, byte[] bytes) throws IOException {
        if (!onMove && ++writes == n) {
          Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
          throw new IOException("No space left on device");
        }
        FileTransaction.Disk.REAL.write(file, bytes);
      }

      @Override
      public void move(Path from, Path to) throws IOException {
        if (onMove && ++moves == n) {
          throw new IOException("No space left on device");
        }
        FileTransaction.Disk.REAL.move(from, to);
      }
    };
  }

  private static Map<Path, byte[]> files(Path root, String... pathsAndTexts) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      files.put(
          root.resolve(pathsAndTexts[i]), pathsAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  @Test
  void writesNewFilesInNewFoldersWithTheUsualPermissionsAndLeavesNothingElse() throws Exception {
    Path reference = Files.createFile(root.resolve("made-by-hand.md"));

    FileTransaction.apply(
            root, files(root, "reviews/2026-Q4/agenda.md", "# Agenda\n"), FileTransaction.Disk.REAL)
        .commit();

    Path written = root.resolve("reviews/2026-Q4/agenda.md");
    assertThat(Files.readString(written)).isEqualTo("# Agenda\n");
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(reference));
    try (var left = Files.list(written.getParent())) {
      assertThat(left).containsExactly(written);
    }
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws Exception {
    Path file = Files.writeString(root.resolve("pack.md"), "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

    FileTransaction.apply(root, files(root, "pack.md", "new\n"), FileTransaction.Disk.REAL)
        .commit();

    assertThat(Files.readString(file)).isEqualTo("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void rollingBackPutsTheOldFilesBackAndRemovesNewOnesAndTheirFolders() throws Exception {
    Files.writeString(root.resolve("pack.md"), "old\n");
    Map<String, String> before = RepositorySnapshot.of(root);

    FileTransaction tx =
        FileTransaction.apply(
            root,
            files(root, "pack.md", "new\n", "reviews/X/pack.html", "<html>"),
            FileTransaction.Disk.REAL);
    tx.rollback();

    assertThat(RepositorySnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void aFullDiskWhileStagingChangesNothingAndNamesThePathAndTheCause() throws Exception {
    Files.writeString(root.resolve("pack.md"), "old\n");
    Map<String, String> before = RepositorySnapshot.of(root);

    assertThatThrownBy(
            () ->
                FileTransaction.apply(
                    root,
                    files(root, "pack.md", "new\n", "reviews/X/pack.html", "<html>"),
                    fullDisk(2, false)))
        .isInstanceOf(IsmsException.class)
        .hasMessage(
            "cannot write reviews/X/pack.html: No space left on device; nothing was changed");

    assertThat(RepositorySnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void aFailedMoveAfterOthersSucceededPutsThemBack() throws Exception {
    Files.writeString(root.resolve("pack.md"), "old\n");
    Files.createDirectories(root.resolve("reviews/X"));
    Files.writeString(root.resolve("reviews/X/pack.html"), "<old>");
    Map<String, String> before = RepositorySnapshot.of(root);

    assertThatThrownBy(
            () ->
                FileTransaction.apply(
                    root,
                    files(root, "pack.md", "new\n", "reviews/X/pack.html", "<html>"),
                    fullDisk(2, true)))
        .hasMessage(
            "cannot write reviews/X/pack.html: No space left on device; nothing was changed");

    assertThat(RepositorySnapshot.of(root)).isEqualTo(before);
  }

  @Test
  void leftoversOfAKilledRunAreCleanedUpByTheNextWrite() throws Exception {
    Files.createDirectories(root.resolve("reviews/X"));
    Files.writeString(root.resolve("reviews/X/.isms-1234.tmp"), "half");
    Files.writeString(root.resolve("reviews/X/.isms-5678.bak"), "old");

    FileTransaction.apply(root, files(root, "reviews/X/pack.md", "new"), FileTransaction.Disk.REAL)
        .commit();

    try (var left = Files.list(root.resolve("reviews/X"))) {
      assertThat(left).containsExactly(root.resolve("reviews/X/pack.md"));
    }
  }

  @Test
  void aSymbolicLinkOrAFolderWhereAFileGoesIsRefused() throws Exception {
    Path outside = Files.createTempFile("isms-outside", ".md");
    Files.createDirectories(root.resolve("reviews"));
    Files.createSymbolicLink(root.resolve("reviews/X"), outside.getParent());
    Files.createDirectories(root.resolve("pack.md"));

    assertThatThrownBy(
            () ->
                FileTransaction.apply(
                    root, files(root, "reviews/X/a.md", "x"), FileTransaction.Disk.REAL))
        .hasMessageStartingWith("reviews/X is a symbolic link;");
    assertThatThrownBy(
            () ->
                FileTransaction.apply(root, files(root, "pack.md", "x"), FileTransaction.Disk.REAL))
        .hasMessageStartingWith("pack.md is not a regular file");
    Files.delete(outside);
  }
}
