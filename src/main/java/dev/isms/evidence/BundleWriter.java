package dev.isms.evidence;

import dev.isms.IsmsException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle as a folder or a zip file, all or nothing: everything goes to a temporary sibling
 * first and is moved into place at the end, so a reader never sees half a bundle. Zip entries carry
 * one fixed time and come in path order, so the same files give the same bytes.
 */
final class BundleWriter {
  /** The time of every zip entry: fixed, so that the zip depends on the files alone. */
  static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private BundleWriter() {}

  /** Refuses a target that holds something, unless {@code force}. */
  static void checkTarget(Path target, boolean folder, boolean force) {
    if (force || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (folder && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && isEmpty(target)) {
      return;
    }
    throw IsmsException.input(
        target
            + (folder && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                ? " is a folder that is not empty"
                : " exists")
            + "; choose another "
            + (folder ? "--out" : "--zip")
            + ", or pass --force to replace it");
  }

  static void toFolder(Map<String, byte[]> files, Path target) {
    Path dir = target.toAbsolutePath().normalize();
    Path temp = sibling(dir, "tmp");
    try {
      Files.createDirectories(dir.getParent());
      Files.createDirectory(temp);
      for (Map.Entry<String, byte[]> e : files.entrySet()) {
        Path file = temp.resolve(e.getKey()).normalize();
        if (!file.startsWith(temp)) {
          throw new IOException("the bundle path " + e.getKey() + " leaves the folder");
        }
        Files.createDirectories(file.getParent());
        Files.write(file, e.getValue());
      }
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        Path old = sibling(dir, "old");
        move(dir, old);
        try {
          move(temp, dir);
        } catch (IOException e) {
          move(old, dir);
          throw e;
        }
        deleteTree(old);
      } else {
        move(temp, dir);
      }
    } catch (IOException e) {
      deleteTree(temp);
      throw IsmsException.input(
          "cannot write the bundle to " + dir + ": " + e.getMessage() + "; nothing was written", e);
    }
  }

  static void toZip(Map<String, byte[]> files, Path target) {
    Path zip = target.toAbsolutePath().normalize();
    Path temp = sibling(zip, "tmp");
    try {
      Files.createDirectories(zip.getParent());
      try (OutputStream out = Files.newOutputStream(temp);
          ZipOutputStream z = new ZipOutputStream(out)) {
        z.setLevel(9);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
          ZipEntry entry = new ZipEntry(e.getKey());
          entry.setTimeLocal(ENTRY_TIME);
          z.putNextEntry(entry);
          z.write(e.getValue());
          z.closeEntry();
        }
      }
      if (Files.isDirectory(zip, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(zip + " is a folder");
      }
      move(temp, zip);
    } catch (IOException e) {
      deleteTree(temp);
      throw IsmsException.input(
          "cannot write the bundle to " + zip + ": " + e.getMessage() + "; nothing was written", e);
    }
  }

  private static Path sibling(Path target, String what) {
    return target.resolveSibling(
        "." + target.getFileName() + ".isms-" + what + "-" + UUID.randomUUID());
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind holds no user data
    }
  }
}
