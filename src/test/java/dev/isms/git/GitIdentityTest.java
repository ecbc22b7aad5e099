package dev.isms.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitIdentityTest {
  @TempDir Path home;

  @Test
  void theUsersGitConfigIsReadFromHomeAsGitDoes() throws Exception {
    File before = FS.DETECTED.userHome();
    try {
      Files.writeString(
          home.resolve(".gitconfig"), "[user]\n\tname = Home User\n\temail = home@example.com\n");

      GitFacade.honourHomeVariable(home.toString());
      SystemReader.setInstance(null);

      assertThat(GitFacade.globalIdentity()).map(PersonIdent::getName).contains("Home User");
    } finally {
      FS.DETECTED.setUserHome(before);
      SystemReader.setInstance(null);
    }
  }

  @Test
  void aHomeThatIsNoFolderChangesNothing() {
    File before = FS.DETECTED.userHome();

    GitFacade.honourHomeVariable(home.resolve("missing").toString());
    GitFacade.honourHomeVariable(null);

    assertThat(FS.DETECTED.userHome()).isEqualTo(before);
  }
}
