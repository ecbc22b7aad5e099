package dev.isms.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JGit's user configuration isolated for each test (a file of the test's own, with or without an
 * identity) and restored after it, so that no test sees the machine's Git configuration or another
 * test's. Register it with {@code @RegisterExtension}.
 */
public final class IsolatedGitConfig implements BeforeEachCallback, AfterEachCallback {
  private final boolean withIdentity;
  private Path home;

  private IsolatedGitConfig(boolean withIdentity) {
    this.withIdentity = withIdentity;
  }

  /** No user identity: commands must find one in the repository or say how to set one. */
  public static IsolatedGitConfig withoutIdentity() {
    return new IsolatedGitConfig(false);
  }

  /** The identity of {@link GitTestSupport#NAME} in the user configuration. */
  public static IsolatedGitConfig withIdentity() {
    return new IsolatedGitConfig(true);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    home = Files.createTempDirectory("isms-test");
    GitTestSupport.isolateUserConfig(home, withIdentity);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    GitTestSupport.restoreUserConfig();
    FileTrees.delete(home);
  }

  /** A folder of the test's own that holds the user configuration; deleted after the test. */
  public Path home() {
    return home;
  }
}
