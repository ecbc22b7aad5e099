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

/** Commits on given days, for tests that need real history (a work tree replaced per commit). */
public final class DatedCommits {
  private DatedCommits() {}

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

  /**
   * Stages every addition, change and deletion in the work tree and commits it at noon that day.
   */
  public static void commitAll(Git git, String message, LocalDate day) throws Exception {
    commitAll(git, message, day.atTime(12, 0).atOffset(ZoneOffset.ofHours(1)));
  }

  /** Stages every addition, change and deletion in the work tree and commits it at that moment. */
  public static void commitAll(Git git, String message, OffsetDateTime when) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().setUpdate(true).addFilepattern(".").call();
    PersonIdent who =
        new PersonIdent(
            GitTestSupport.NAME, GitTestSupport.EMAIL, when.toInstant(), when.getOffset());
    git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
  }
}
