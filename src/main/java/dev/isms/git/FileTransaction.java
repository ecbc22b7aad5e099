package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Puts a set of files in place all or nothing. Every new version is written to a temporary sibling
 * and flushed first; only when all are on disk are they moved over the targets, each old file kept
 * as a hard-linked backup until the transaction is committed or rolled back. Rolling back puts the
 * very same old files back (same bytes, same permissions) and removes what was created.
 */
final class FileTransaction {
  static final String TEMP_PREFIX = ".isms-";

  /** The file system operations a transaction uses; tests make one fail on purpose. */
  interface Disk {
    void write(Path file, byte[] bytes) throws IOException;

    void move(Path from, Path to) throws IOException;

    Disk REAL =
        new Disk() {
          @Override
          public void write(Path file, byte[] bytes) throws IOException {
            try (FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
              ByteBuffer buffer = ByteBuffer.wrap(bytes);
              while (buffer.hasRemaining()) {
                channel.write(buffer);
              }
              channel.force(true);
            }
          }

          @Override
          public void move(Path from, Path to) throws IOException {
            try {
              Files.move(
                  from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
              Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
          }
        };
  }

  private final Path root;
  private final Disk disk;
  private final List<Path> createdDirs = new ArrayList<>();
  private final List<Path> temps = new ArrayList<>();

  /** Each target moved into place, with the backup of what was there (empty: nothing was). */
  private final Map<Path, Optional<Path>> placed = new LinkedHashMap<>();

  private FileTransaction(Path root, Disk disk) {
    this.root = root;
    this.disk = disk;
  }

  /**
   * Writes every file or none: on failure, everything is as it was and the exception names the path
   * and the cause.
   */
  static FileTransaction apply(Path root, Map<Path, byte[]> files, Disk disk) {
    FileTransaction tx = new FileTransaction(root, disk);
    Path current = null;
    try {
      Map<Path, Path> staged = new LinkedHashMap<>();
      for (Path target : files.keySet()) {
        current = target;
        tx.refuseUnsafeTarget(current);
        if (tx.createParents(current.getParent()) == 0) {
          cleanLeftovers(current.getParent());
        }
      }
      for (Map.Entry<Path, byte[]> file : files.entrySet()) {
        current = file.getKey();
        Path temp = current.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + ".tmp");
        tx.temps.add(temp);
        disk.write(temp, file.getValue());
        keepPermissions(current, temp);
        staged.put(current, temp);
      }
      for (Map.Entry<Path, Path> file : staged.entrySet()) {
        current = file.getKey();
        Optional<Path> backup = tx.backup(current);
        tx.placed.put(current, backup);
        disk.move(file.getValue(), current);
        tx.temps.remove(file.getValue());
      }
      return tx;
    } catch (IOException e) {
      tx.rollback();
      throw IsmsException.input(
          "cannot write " + tx.name(current) + ": " + cause(e) + "; nothing was changed", e);
    } catch (RuntimeException e) {
      tx.rollback();
      throw e;
    }
  }

  /** The files are final: the backups go. */
  void commit() {
    for (Optional<Path> backup : placed.values()) {
      backup.ifPresent(FileTransaction::deleteQuietly);
    }
    placed.clear();
    createdDirs.clear();
  }

  /** Puts every file back as it was and removes the folders this transaction created. */
  void rollback() {
    temps.forEach(FileTransaction::deleteQuietly);
    temps.clear();
    List<Path> targets = new ArrayList<>(placed.keySet());
    for (int i = targets.size() - 1; i >= 0; i--) {
      Path target = targets.get(i);
      Optional<Path> backup = placed.get(target);
      try {
        if (backup.isPresent()) {
          Disk.REAL.move(backup.get(), target);
          // a backup still linked to the target (its move never happened) is not moved by rename
          Files.deleteIfExists(backup.get());
        } else {
          Files.deleteIfExists(target);
        }
      } catch (IOException e) {
        throw IsmsException.input(
            "cannot put "
                + name(target)
                + " back as it was: "
                + cause(e)
                + (backup.isPresent() ? "; its old content is in " + name(backup.get()) : ""),
            e);
      }
    }
    placed.clear();
    for (int i = createdDirs.size() - 1; i >= 0; i--) {
      deleteQuietly(createdDirs.get(i));
    }
    createdDirs.clear();
  }

  /** A path as the user knows it: relative to the ISMS root, forward slashes. */
  String name(Path file) {
    if (file == null) {
      return root.toString();
    }
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(root)
        ? root.relativize(abs).toString().replace('\\', '/')
        : abs.toString();
  }

  static String cause(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Only regular files are replaced, and only through real folders: a symbolic link or a folder
   * where a file goes is the user's, and writing through a link could land outside the repository.
   */
  private void refuseUnsafeTarget(Path target) throws IOException {
    Path abs = target.toAbsolutePath().normalize();
    if (!abs.startsWith(root) || abs.equals(root)) {
      throw IsmsException.input(abs + " is outside the ISMS repository " + root + "; not written");
    }
    for (Path p = abs; !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw IsmsException.input(
            name(p)
                + " is a symbolic link; isms writes only regular files inside the repository."
                + " Replace the link with the file or folder itself; nothing was changed");
      }
      if (p != abs && Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
        throw IsmsException.input(
            name(p) + " is a file where a folder should be; move it away; nothing was changed");
      }
    }
    if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)
        && !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
      throw IsmsException.input(
          name(abs) + " is not a regular file (a folder?); move it away; nothing was changed");
    }
  }

  /** Creates the missing folders; how many it created. */
  private int createParents(Path dir) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = dir; !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      createdDirs.add(p);
    }
    return missing.size();
  }

  /** A hard link to the file about to be replaced, so that rolling back is one rename. */
  private Optional<Path> backup(Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Path backup = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID() + ".bak");
    try {
      Files.createLink(backup, target);
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
    }
    return Optional.of(backup);
  }

  /** A file the user made group-writable, say, stays so when isms regenerates it. */
  private static void keepPermissions(Path from, Path to) throws IOException {
    if (!Files.isRegularFile(from, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the default permissions are all there is
    }
  }

  /**
   * Temporary files and backups a run killed halfway left behind: the repository lock is held, so
   * no other run is using them.
   */
  private static void cleanLeftovers(Path dir) throws IOException {
    try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, TEMP_PREFIX + "*.{tmp,bak}")) {
      for (Path p : stale) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // best effort: the original error is the one worth reporting
    }
  }
}
