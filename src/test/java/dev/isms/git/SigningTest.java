package dev.isms.git;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.MinimalRepo;
import dev.isms.testing.RepositorySnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commits and tags signed as Git signs them, checked by Git itself (git verify-commit, git
 * verify-tag), and a refusal that changes nothing when signing is asked for and cannot work.
 */
class SigningTest {
  @TempDir Path temp;
  Path repo;
  StoredConfig config;

  @BeforeEach
  void repository() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path gnupg = Files.createDirectories(temp.resolve("gnupg"));
    SystemReader.setInstance(
        new SystemReader.Delegate(SystemReader.getInstance()) {
          @Override
          public String getenv(String variable) {
            return variable.equals("GNUPGHOME") ? gnupg.toString() : super.getenv(variable);
          }
        });
    repo = MinimalRepo.create(temp.resolve("testco"));
    try (Git git = GitTestSupport.commitEverything(repo)) {
      config = git.getRepository().getConfig();
    }
  }

  @AfterEach
  void restore() throws Exception {
    run(temp, "gpgconf", "--homedir", temp.resolve("gnupg").toString(), "--kill", "gpg-agent");
    GitTestSupport.restoreUserConfig();
  }

  private CommandResult reviewNew() {
    return Cli.run(
        "-C", repo.toString(), "--as-of", "2026-11-24", "review", "new", "--type", "quarterly");
  }

  @Test
  void anSshSignedCommitAndTagThatGitVerifies() throws Exception {
    Path key = temp.resolve("id_ed25519");
    run(temp, "ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "test", "-f", key.toString());
    Files.writeString(
        temp.resolve("allowed_signers"),
        GitTestSupport.EMAIL + " " + Files.readString(temp.resolve("id_ed25519.pub")));
    config.setString("gpg", null, "format", "ssh");
    config.setString("user", null, "signingkey", key.toString());
    config.setBoolean("commit", null, "gpgsign", true);
    config.setBoolean("tag", null, "gpgsign", true);
    config.save();

    assertThat(reviewNew()).succeeded();
    try (RepositoryWriter writer = RepositoryWriter.open(repo, Cli.FIXED_CLOCK, true)) {
      writer.writeAndTag(
          Map.of(repo.resolve("reviews/2026-Q4/approved.txt"), "yes\n"),
          "review(2026-Q4): approve",
          "review/2026-Q4",
          "Approved by Dana Ruiz");
    }

    String allowed = "gpg.ssh.allowedSignersFile=" + temp.resolve("allowed_signers");
    assertThat(git("-c", allowed, "verify-commit", "HEAD~1")).contains("Good \"git\" signature");
    assertThat(git("-c", allowed, "verify-commit", "HEAD")).contains("Good \"git\" signature");
    assertThat(git("-c", allowed, "verify-tag", "review/2026-Q4"))
        .contains("Good \"git\" signature");
  }

  @Test
  void anOpenPgpSignedCommitThatGitVerifies() throws Exception {
    run(
        temp,
        "gpg",
        "--batch",
        "--passphrase",
        "",
        "--quick-gen-key",
        GitTestSupport.NAME + " <" + GitTestSupport.EMAIL + ">",
        "ed25519",
        "sign",
        "never");
    config.setBoolean("commit", null, "gpgsign", true);
    config.save();

    assertThat(reviewNew()).succeeded();

    assertThat(git("verify-commit", "HEAD")).contains("Good signature from \"Priya Shah");
  }

  @Test
  void aSigningKeyThatDoesNotExistIsRefusedBeforeAnythingIsWritten() throws Exception {
    config.setString("gpg", null, "format", "ssh");
    config.setString("user", null, "signingkey", temp.resolve("no-such-key").toString());
    config.setBoolean("commit", null, "gpgsign", true);
    config.save();

    assertRefusedBeforeWriting(
        "your Git configuration asks for signed commits (commit.gpgsign = true), but the SSH"
            + " signing key "
            + temp.resolve("no-such-key"));
  }

  @Test
  void noSecretKeyForTheCommitterIsRefusedBeforeAnythingIsWritten() throws Exception {
    config.setBoolean("commit", null, "gpgsign", true);
    config.save();

    assertRefusedBeforeWriting(
        "gpg has no secret key for Priya Shah <priya.shah@denialbase.example> (your committer"
            + " identity; set user.signingkey to choose a key)");
  }

  /** review new fails with usage exit 2 and the message, and the repository is untouched. */
  private void assertRefusedBeforeWriting(String message) throws Exception {
    Map<String, String> before = RepositorySnapshot.of(repo);

    CommandResult result = reviewNew();

    assertThat(result).exitedWith(2).errContains(message);
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
  }

  @Test
  void aSignatureThatFailsAtCommitTimeRollsEverythingBack() throws Exception {
    // as when gpg cannot ask for the passphrase: the failure shows only when signing
    Path gpg = temp.resolve("gpg-without-pinentry");
    Files.writeString(
        gpg,
        "#!/bin/sh\ncase \"$*\" in *--list-secret-keys*) echo sec; exit 0;; esac\n"
            + "echo 'gpg: signing failed: Inappropriate ioctl for device' >&2\nexit 2\n");
    gpg.toFile().setExecutable(true);
    config.setBoolean("commit", null, "gpgsign", true);
    config.setString("gpg", null, "program", gpg.toString());
    config.save();
    Map<String, String> before = RepositorySnapshot.of(repo);

    CommandResult failed = reviewNew();

    assertThat(failed)
        .exitedWith(2)
        .errContains(
            "failed to sign the data",
            "(gpg: signing failed: Inappropriate ioctl for device)",
            "the files and the index are back as they were");
    assertThat(failed.err().strip().lines()).hasSize(1);
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
    config.unset("gpg", null, "program");
    config.setBoolean("commit", null, "gpgsign", false);
    config.save();
    assertThat(reviewNew()).succeeded();
  }

  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return run(repo, command.toArray(String[]::new));
  }

  /** Runs a program with a clean Git and GnuPG environment; its stdout and stderr. */
  private String run(Path dir, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("HOME", temp.toString());
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().put("GNUPGHOME", temp.resolve("gnupg").toString());
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }
}
