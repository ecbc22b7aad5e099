package dev.isms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** Copying folders and committing them as dated snapshots, for tests that need real history. */
public final class Trees {
  private Trees() {}

  /** Copies every file of {@code from} into {@code to}, replacing files that are there. */
  public static void copy(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : files.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes everything in {@code dir} but its .git folder. */
  public static void clearWorkTree(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
      for (Path p : all) {
        if (!p.equals(dir) && !dir.relativize(p).startsWith(".git")) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stages every addition, change and deletion in the work tree and commits it at noon that day. */
  public static void commitAll(Git git, String message, LocalDate day) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    PersonIdent who = at(day);
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }

  /** The test identity at 12:00 +01:00 on a day. */
  public static PersonIdent at(LocalDate day) {
    OffsetDateTime noon = day.atTime(12, 0).atOffset(ZoneOffset.ofHours(1));
    return new PersonIdent(GitTestSupport.NAME, GitTestSupport.EMAIL, noon.toInstant(),
        ZoneOffset.ofHours(1));
  }
}
