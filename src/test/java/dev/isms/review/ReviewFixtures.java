package dev.isms.review;

import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;

/** Copies of the test ISMS repositories, as plain folders or committed Git repositories. */
final class ReviewFixtures {
  /** A small ISMS with held reviews, open actions, risks due, a pending Sev-1 and open findings. */
  static final Path NORTHWIND = Path.of("src/test/resources/fixtures/review-northwind");

  private ReviewFixtures() {}

  /** A copy of {@code source} in {@code target}, committed to a new repository with an identity. */
  static Path committedCopy(Path source, Path target) throws Exception {
    FileTrees.copy(source, target);
    try (Git git = GitTestSupport.initWithIdentity(target)) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage("ISMS as it was")
          .setAuthor(GitTestSupport.fixedIdent())
          .setCommitter(GitTestSupport.fixedIdent())
          .setSign(false)
          .call();
    }
    return target;
  }
}
