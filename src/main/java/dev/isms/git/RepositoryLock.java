package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * One isms run at a time per repository, for the whole command (read, write, commit). The lock is
 * the operating system's lock on a file, so a run that dies releases it and a later run never trips
 * over a lock file left behind.
 */
final class RepositoryLock implements AutoCloseable {
  static final String FILE_NAME = "isms.lock";
  static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
  private static final long POLL_MILLIS = 50;

  private final FileChannel channel;
  private final FileLock lock;

  private RepositoryLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock in the Git directory (beside Git's own index.lock): waits up to {@code wait}. */
  static RepositoryLock inGitDir(Path gitDir, Duration wait) {
    return acquire(gitDir.resolve(FILE_NAME), wait);
  }

  /** For a folder outside Git (or a repository to be): a lock file in the temporary folder. */
  static RepositoryLock forFolder(Path root, Duration wait) {
    Path file =
        Path.of(System.getProperty("java.io.tmpdir"))
            .resolve("isms-" + sha256(root.toString()).substring(0, 16) + ".lock");
    return acquire(file, wait);
  }

  private static RepositoryLock acquire(Path file, Duration wait) {
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (AccessDeniedException e) {
      throw IsmsException.input(
          "cannot create "
              + file
              + ": permission denied; the Git directory is read-only for you, so isms cannot"
              + " write here (pass --no-commit outside Git, or fix the permissions)",
          e);
    } catch (IOException e) {
      throw IsmsException.input(
          "cannot create " + file + ": " + FileTransaction.cause(e) + "; nothing was changed", e);
    }
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          return new RepositoryLock(channel, lock);
        }
        if (System.nanoTime() >= deadline) {
          channel.close();
          throw IsmsException.input(
              "another isms run is working in this repository (it holds "
                  + file
                  + ") and did not finish within "
                  + wait.toSeconds()
                  + " s; try again when it has finished; nothing was changed");
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (IOException e) {
      closeQuietly(channel);
      throw IsmsException.input("cannot lock " + file + ": " + FileTransaction.cause(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeQuietly(channel);
      throw IsmsException.input("interrupted while waiting for the lock " + file, e);
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // held by another run in this same JVM
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing left to do
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
