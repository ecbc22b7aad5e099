package dev.isms.git;

import dev.isms.IsmsException;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.TagCommand;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;

/**
 * Signing as the user's Git configuration asks for it ({@code commit.gpgsign}, {@code tag.gpgsign},
 * {@code gpg.format}), or a refusal before anything is written: never a silently unsigned commit.
 */
final class Signing {
  private Signing() {}

  /** Refuses, before writing, a commit that would have to be signed and cannot be. */
  static void refuseUnsupported(Config config) {
    GpgConfig gpg = new GpgConfig(config);
    if (gpg.isSignCommits()) {
      throw cannotSign("commits (commit.gpgsign = true)", gpg);
    }
  }

  /** Refuses, before writing, an annotated tag that would have to be signed and cannot be. */
  static void refuseUnsupportedTag(Config config) {
    GpgConfig gpg = new GpgConfig(config);
    if (gpg.isSignAllTags() || gpg.isSignAnnotated()) {
      throw cannotSign("tags (tag.gpgsign = true)", gpg);
    }
  }

  static void configure(CommitCommand commit, Config config) {
    commit.setSign(Boolean.FALSE); // refused above when the configuration asks for a signature
  }

  static void configure(TagCommand tag, Config config) {
    tag.setSigned(false);
  }

  private static IsmsException cannotSign(String what, GpgConfig gpg) {
    return IsmsException.input(
        "your Git configuration asks for signed "
            + what
            + " with gpg.format = "
            + gpg.getKeyFormat().toConfigValue()
            + ", and isms cannot sign them; commit by hand, or pass --no-commit; nothing was"
            + " changed");
  }
}
