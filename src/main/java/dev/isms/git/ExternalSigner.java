package dev.isms.git;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.api.errors.CanceledException;
import org.eclipse.jgit.api.errors.UnsupportedSigningFormatException;
import org.eclipse.jgit.lib.GpgConfig;
import org.eclipse.jgit.lib.GpgSignature;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.Signer;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Signs as Git does, with the same programs and arguments: {@code gpg --status-fd=2 -bsau KEY} for
 * OpenPGP ({@code gpgsm} for X.509), {@code ssh-keygen -Y sign -n git -f KEY FILE} for SSH. The
 * user's agent, keyring, pinentry and configuration apply unchanged, as they would for {@code git
 * commit -S}.
 */
final class ExternalSigner implements Signer {
  private static final long TIMEOUT_SECONDS = 120;

  @Override
  public GpgSignature sign(
      Repository repository,
      GpgConfig config,
      byte[] data,
      PersonIdent committer,
      String signingKey,
      CredentialsProvider credentials)
      throws CanceledException, IOException, UnsupportedSigningFormatException {
    if (signingKey == null || signingKey.isBlank()) {
      signingKey = config.getSigningKey(); // JGit's tag command passes none
    }
    return new GpgSignature(
        switch (config.getKeyFormat()) {
          case OPENPGP, X509 -> signWithGpg(config, data, key(signingKey, committer));
          case SSH -> signWithSsh(config, data, sshKey(config, signingKey));
        });
  }

  @Override
  public boolean canLocateSigningKey(
      Repository repository,
      GpgConfig config,
      PersonIdent committer,
      String signingKey,
      CredentialsProvider credentials) {
    try {
      problem(config, signingKey == null ? config.getSigningKey() : signingKey, committer);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Throws, with a message a person understands, when signing cannot work: the program is missing,
   * or (SSH) there is no key to sign with.
   */
  static void problem(GpgConfig config, String signingKey, PersonIdent committer)
      throws IOException {
    String program = program(config);
    if (locate(program) == null) {
      throw new IOException(
          "the signing program `"
              + program
              + "` is not installed or not on the PATH (gpg.format = "
              + config.getKeyFormat().toConfigValue()
              + ")");
    }
    if (config.getKeyFormat() == GpgConfig.GpgFormat.SSH) {
      String key = sshKey(config, signingKey);
      if (!isLiteralSshKey(key) && !Files.isRegularFile(expandHome(key))) {
        throw new IOException("the SSH signing key " + key + " (user.signingkey) does not exist");
      }
    } else {
      String key = key(signingKey, committer);
      Result listed = run(List.of(program, "--list-secret-keys", key), new byte[0]);
      if (listed.exit() != 0 || listed.stdout().isBlank()) {
        throw new IOException(
            program
                + " has no secret key for "
                + key
                + (signingKey == null || signingKey.isBlank()
                    ? " (your committer identity; set user.signingkey to choose a key)"
                    : " (user.signingkey)"));
      }
    }
  }

  static String program(GpgConfig config) {
    String configured = config.getProgram();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    return switch (config.getKeyFormat()) {
      case OPENPGP -> "gpg";
      case X509 -> "gpgsm";
      case SSH -> "ssh-keygen";
    };
  }

  private static String key(String signingKey, PersonIdent committer) {
    if (signingKey != null && !signingKey.isBlank()) {
      return signingKey;
    }
    return committer.getName() + " <" + committer.getEmailAddress() + ">";
  }

  private static String sshKey(GpgConfig config, String signingKey) throws IOException {
    if (signingKey != null && !signingKey.isBlank()) {
      return signingKey;
    }
    String command = config.getSshDefaultKeyCommand();
    if (command != null && !command.isBlank()) {
      Result result = run(List.of("/bin/sh", "-c", command), new byte[0]);
      String first = result.stdout().strip().lines().findFirst().orElse("");
      if (result.exit() == 0 && !first.isEmpty()) {
        return first;
      }
    }
    throw new IOException(
        "gpg.format = ssh needs a key: set user.signingkey to the key file (or the public key in"
            + " your ssh-agent)");
  }

  private static boolean isLiteralSshKey(String key) {
    return key.startsWith("ssh-") || key.startsWith("key::");
  }

  private static Path expandHome(String path) {
    if (path.startsWith("~/")) {
      return FS.DETECTED.userHome().toPath().resolve(path.substring(2));
    }
    return Path.of(path);
  }

  private static byte[] signWithGpg(GpgConfig config, byte[] data, String key) throws IOException {
    Result result = run(List.of(program(config), "--status-fd=2", "-bsau", key), data);
    if (result.exit() != 0 || !result.stderr().contains("[GNUPG:] SIG_CREATED ")) {
      throw new IOException(
          program(config) + " failed to sign the data with the key " + key + lastLine(result));
    }
    return result.stdoutBytes();
  }

  private static byte[] signWithSsh(GpgConfig config, byte[] data, String key) throws IOException {
    Path dir = Files.createTempDirectory("isms-sign");
    try {
      Path buffer = Files.write(dir.resolve("payload"), data);
      List<String> command = new ArrayList<>(List.of(program(config), "-Y", "sign", "-n", "git"));
      if (isLiteralSshKey(key)) {
        String literal = key.startsWith("key::") ? key.substring(5) : key;
        Path pub = Files.writeString(dir.resolve("key.pub"), literal + "\n");
        command.addAll(List.of("-f", pub.toString(), "-U"));
      } else {
        command.addAll(List.of("-f", expandHome(key).toString()));
      }
      command.add(buffer.toString());
      Result result = run(command, new byte[0]);
      Path signature = dir.resolve("payload.sig");
      if (result.exit() != 0 || !Files.exists(signature)) {
        throw new IOException(
            program(config) + " failed to sign the data with the key " + key + lastLine(result));
      }
      return Files.readAllBytes(signature);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private static String lastLine(Result result) {
    String said =
        result
            .stderr()
            .lines()
            .filter(l -> !l.startsWith("[GNUPG:]"))
            .reduce((a, b) -> b)
            .orElse("");
    return said.isBlank() ? "" : " (" + said.strip() + ")";
  }

  private record Result(int exit, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }
  }

  /** Runs a program with the environment Git would give it (GNUPGHOME as the user set it). */
  private static Result run(List<String> command, byte[] input) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    for (String name : List.of("GNUPGHOME", "SSH_AUTH_SOCK", "HOME")) {
      String value = SystemReader.getInstance().getenv(name);
      if (value != null) {
        env.put(name, value);
      }
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IOException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
    }
    CompletableFuture<byte[]> out = readAll(process.getInputStream());
    CompletableFuture<byte[]> err = readAll(process.getErrorStream());
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input);
    } catch (IOException e) {
      // the program may not read its input at all (ssh-keygen reads the file)
    }
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
      }
      return new Result(
          process.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException("interrupted while " + command.get(0) + " was signing", e);
    }
  }

  private static CompletableFuture<byte[]> readAll(InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (in) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
          } catch (IOException e) {
            return new byte[0];
          }
        });
  }

  /** The program's path as the shell would find it, or null. */
  private static File locate(String program) {
    if (program.contains("/")) {
      File f = new File(program);
      return f.canExecute() ? f : null;
    }
    String path = SystemReader.getInstance().getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      File f = new File(dir, program);
      if (f.isFile() && f.canExecute()) {
        return f;
      }
    }
    return null;
  }
}
