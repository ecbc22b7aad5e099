package dev.isms.store;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.MinimalRepo;
import dev.isms.testing.RepositorySnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files an attacker or an accident puts in the repository: links out of it and files that are not
 * regular files are refused by name, never followed, never opened.
 */
class HostileFilesTest {
  @TempDir Path temp;
  Path repo;

  @BeforeEach
  void repository() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    repo = MinimalRepo.create(temp.resolve("testco"));
    GitTestSupport.commitEverything(repo).close();
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private CommandResult isms(String... args) {
    return Cli.inRepo(repo, args);
  }

  @Test
  void aStyleSheetLinkedToTheProcessEnvironmentIsRefusedAndNothingIsWritten() throws Exception {
    Files.createDirectories(repo.resolve("templates"));
    Files.createSymbolicLink(repo.resolve("templates/pack.css"), Path.of("/proc/self/environ"));
    Map<String, String> before = RepositorySnapshot.of(repo);

    CommandResult result = isms("pack", "2026-Q3", "--html");

    assertThat(result)
        .exitedWith(2)
        .errContains(
            "templates/pack.css is a link that leads outside the ISMS repository",
            "replace it with the file itself, or delete it to use the packaged template");
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
  }

  @Test
  void anAgendaTemplateLinkedToEtcPasswdIsRefused() throws Exception {
    Files.createDirectories(repo.resolve("templates"));
    Files.createSymbolicLink(repo.resolve("templates/agenda.md.mustache"), Path.of("/etc/passwd"));
    Map<String, String> before = RepositorySnapshot.of(repo);

    CommandResult result = isms("review", "new", "--type", "quarterly");

    assertThat(result)
        .exitedWith(2)
        .errContains("templates/agenda.md.mustache is a link that leads outside");
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
  }

  @Test
  void aTemplateLinkedToAnotherFileOfTheRepositoryIsFine() throws Exception {
    Files.createDirectories(repo.resolve("templates"));
    Files.writeString(repo.resolve("house.css"), "body { color: black; }\n");
    Files.createSymbolicLink(repo.resolve("templates/pack.css"), Path.of("../house.css"));

    assertThat(isms("pack", "2026-Q3", "--html", "--no-commit")).succeeded();
    assertThat(Files.readString(repo.resolve("reviews/2026-Q3/pack.html")))
        .contains("body { color: black; }");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFifoInARegisterFolderIsReportedNotOpened() throws Exception {
    Files.createDirectories(repo.resolve("risks"));
    Process mkfifo =
        new ProcessBuilder("mkfifo", repo.resolve("risks/R-9.yaml").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    CommandResult result = isms("check");

    assertThat(result.out() + result.err())
        .contains("risks/R-9.yaml", "is not a regular file (a folder, a FIFO or a device)");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFifoWherePackHtmlGoesIsNeitherOpenedNorReplaced() throws Exception {
    Files.createDirectories(repo.resolve("reviews/2026-Q3"));
    Process mkfifo =
        new ProcessBuilder("mkfifo", repo.resolve("reviews/2026-Q3/pack.html").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    assertThat(isms("pack", "2026-Q3", "--html"))
        .exitedWith(2)
        .errContains("reviews/2026-Q3/pack.html");
    assertThat(isms("pack", "2026-Q3", "--html", "--force"))
        .exitedWith(2)
        .errContains("reviews/2026-Q3/pack.html is not a regular file");
    assertThat(Files.isRegularFile(repo.resolve("reviews/2026-Q3/pack.html"))).isFalse();
  }
}
