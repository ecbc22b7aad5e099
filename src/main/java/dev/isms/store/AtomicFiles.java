package dev.isms.store;

import dev.isms.IsmsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of files all or nothing: every file goes to a temporary sibling first and is moved
 * into place; if any step fails, the files and folders this call created are removed again, so a
 * reader never sees half a review. Commands write through {@code dev.isms.git.RepositoryWriter}
 * instead (the same, plus the lock, the commit and the rollback); this goes once no branch uses it.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes one file atomically, replacing what is there. */
  public static void write(Path target, String content) {
    writeAll(Map.of(target, content));
  }

  /** Writes every file; on failure removes what it created and throws (exit 2). */
  public static void writeAll(Map<Path, String> files) {
    Map<Path, String> ordered = new LinkedHashMap<>(files);
    List<Path> createdDirs = new ArrayList<>();
    List<Path> createdFiles = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> entry : ordered.entrySet()) {
        Path target = entry.getKey().toAbsolutePath().normalize();
        createDirectories(target.getParent(), createdDirs);
        boolean existed = Files.exists(target);
        // not Files.createTempFile: that makes the file 0600, and the move would carry that over
        Path temp = target.resolveSibling(".isms-" + UUID.randomUUID() + ".tmp");
        try {
          Files.writeString(
              temp,
              entry.getValue(),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE);
          if (existed) {
            keepPermissions(target, temp);
          }
          move(temp, target);
        } finally {
          Files.deleteIfExists(temp);
        }
        if (!existed) {
          createdFiles.add(target);
        }
      }
    } catch (IOException e) {
      rollback(createdFiles, createdDirs);
      throw IsmsException.input("cannot write " + e.getMessage() + "; nothing was written", e);
    }
  }

  /** A file the user made group-writable, say, stays so when isms regenerates it. */
  private static void keepPermissions(Path from, Path to) throws IOException {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions are all there is
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void createDirectories(Path dir, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
      missing.add(p);
    }
    missing.sort(Comparator.comparingInt(Path::getNameCount));
    for (Path p : missing) {
      Files.createDirectory(p);
      created.add(p);
    }
  }

  private static void rollback(List<Path> files, List<Path> dirs) {
    for (Path f : files) {
      try {
        Files.deleteIfExists(f);
      } catch (IOException ignored) {
        // best effort: the original error is the one worth reporting
      }
    }
    for (int i = dirs.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(dirs.get(i));
      } catch (IOException ignored) {
        // a folder someone else filled in the meantime stays
      }
    }
  }
}
