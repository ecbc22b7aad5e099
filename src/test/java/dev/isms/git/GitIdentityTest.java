package dev.isms.git;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How isms finds the user's Git identity, tested without touching JGit's process-wide state (the
 * detected file system and the system reader), so no other test sees a changed home folder.
 */
class GitIdentityTest {
  @TempDir Path home;

  @Test
  void theUsersGitConfigIsReadFromHomeAsGitDoes() throws Exception {
    Files.writeString(
        home.resolve(".gitconfig"), "[user]\n\tname = Home User\n\temail = home@example.com\n");

    var folder = GitFacade.homeFolder(home.toString());

    assertThat(folder).contains(home.toFile());
    assertThat(GitFacade.identityInHome(folder.orElseThrow()))
        .map(PersonIdent::getName)
        .contains("Home User");
  }

  @Test
  void aHomeThatIsNoFolderIsNotUsed() {
    assertThat(GitFacade.homeFolder(home.resolve("missing").toString())).isEmpty();
    assertThat(GitFacade.homeFolder(null)).isEmpty();
    assertThat(GitFacade.homeFolder(" ")).isEmpty();
  }

  @Test
  void aHomeWithoutGitConfigHasNoIdentity() {
    assertThat(GitFacade.identityInHome(home.toFile())).isEmpty();
  }
}
