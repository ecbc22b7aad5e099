package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import org.eclipse.jgit.api.CommitCommand;
import org.eclipse.jgit.api.TagCommand;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * Signing as the user's Git configuration asks for it ({@code commit.gpgsign}, {@code tag.gpgsign},
 * {@code gpg.format}, {@code user.signingkey}, {@code gpg.program}), with the programs Git runs; or
 * a refusal before anything is written: never a silently unsigned commit.
 */
final class Signing {
  private Signing() {}

  /** Refuses, before writing, a commit that would have to be signed and cannot be. */
  static void checkCommits(Config config, PersonIdent committer) {
    GpgConfig gpg = new GpgConfig(config);
    if (gpg.isSignCommits()) {
      check(gpg, committer, "commits", "commit.gpgsign");
    }
  }

  /** Refuses, before writing, an annotated tag that would have to be signed and cannot be. */
  static void checkTags(Config config, PersonIdent tagger) {
    GpgConfig gpg = new GpgConfig(config);
    if (gpg.isSignAllTags() || gpg.isSignAnnotated()) {
      check(gpg, tagger, "tags", "tag.gpgsign");
    }
  }

  static void configure(CommitCommand commit, Config config) {
    GpgConfig gpg = new GpgConfig(config);
    commit.setGpgConfig(gpg).setSign(gpg.isSignCommits());
    if (gpg.isSignCommits()) {
      commit.setSigner(new ExternalSigner());
    }
  }

  static void configure(TagCommand tag, Config config) {
    GpgConfig gpg = new GpgConfig(config);
    boolean sign = gpg.isSignAllTags() || gpg.isSignAnnotated();
    tag.setGpgConfig(gpg).setSigned(sign);
    if (sign) {
      tag.setSigner(new ExternalSigner());
    }
  }

  private static void check(GpgConfig gpg, PersonIdent who, String what, String key) {
    try {
      ExternalSigner.problem(gpg, gpg.getSigningKey(), who);
    } catch (IOException e) {
      throw IsmsException.input(
          "your Git configuration asks for signed "
              + what
              + " ("
              + key
              + " = true), but "
              + e.getMessage()
              + "; fix that, or turn signing off for this repository (git config "
              + key
              + " false); nothing was changed",
          e);
    }
  }
}
