package dev.isms.store;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.CommandResult;
import dev.isms.testing.CommittedRepo;
import dev.isms.testing.RepositorySnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Files an attacker or an accident puts in the repository: links out of it and files that are not
 * regular files are refused by name, never followed, never opened.
 */
class HostileFilesTest {
  @RegisterExtension final CommittedRepo repo = CommittedRepo.minimal();

  @Test
  void aStyleSheetLinkedToTheProcessEnvironmentIsRefusedAndNothingIsWritten() throws Exception {
    Files.createDirectories(repo.dir().resolve("templates"));
    Files.createSymbolicLink(
        repo.dir().resolve("templates/pack.css"), Path.of("/proc/self/environ"));
    Map<String, String> before = RepositorySnapshot.of(repo.dir());

    CommandResult result = repo.isms("pack", "2026-Q3", "--html");

    assertThat(result)
        .exitedWith(2)
        .errContains(
            "templates/pack.css is a link that leads outside the ISMS repository",
            "replace it with the file itself, or delete it to use the packaged template");
    assertThat(RepositorySnapshot.of(repo.dir())).isEqualTo(before);
  }

  @Test
  void anAgendaTemplateLinkedToEtcPasswdIsRefused() throws Exception {
    Files.createDirectories(repo.dir().resolve("templates"));
    Files.createSymbolicLink(
        repo.dir().resolve("templates/agenda.md.mustache"), Path.of("/etc/passwd"));
    Map<String, String> before = RepositorySnapshot.of(repo.dir());

    CommandResult result = repo.isms("review", "new", "--type", "quarterly");

    assertThat(result)
        .exitedWith(2)
        .errContains("templates/agenda.md.mustache is a link that leads outside");
    assertThat(RepositorySnapshot.of(repo.dir())).isEqualTo(before);
  }

  @Test
  void aTemplateLinkedToAnotherFileOfTheRepositoryIsFine() throws Exception {
    Files.createDirectories(repo.dir().resolve("templates"));
    Files.writeString(repo.dir().resolve("house.css"), "body { color: black; }\n");
    Files.createSymbolicLink(repo.dir().resolve("templates/pack.css"), Path.of("../house.css"));

    assertThat(repo.isms("pack", "2026-Q3", "--html", "--no-commit")).succeeded();
    assertThat(Files.readString(repo.dir().resolve("reviews/2026-Q3/pack.html")))
        .contains("body { color: black; }");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFifoInARegisterFolderIsReportedNotOpened() throws Exception {
    Files.createDirectories(repo.dir().resolve("risks"));
    Process mkfifo =
        new ProcessBuilder("mkfifo", repo.dir().resolve("risks/R-9.yaml").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    CommandResult result = repo.isms("check");

    assertThat(result.out() + result.err())
        .contains("risks/R-9.yaml", "is not a regular file (a folder, a FIFO or a device)");
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aFifoWherePackHtmlGoesIsNeitherOpenedNorReplaced() throws Exception {
    Files.createDirectories(repo.dir().resolve("reviews/2026-Q3"));
    Process mkfifo =
        new ProcessBuilder("mkfifo", repo.dir().resolve("reviews/2026-Q3/pack.html").toString())
            .start();
    assertThat(mkfifo.waitFor()).isZero();

    assertThat(repo.isms("pack", "2026-Q3", "--html"))
        .exitedWith(2)
        .errContains("reviews/2026-Q3/pack.html");
    assertThat(repo.isms("pack", "2026-Q3", "--html", "--force"))
        .exitedWith(2)
        .errContains("reviews/2026-Q3/pack.html is not a regular file");
    assertThat(Files.isRegularFile(repo.dir().resolve("reviews/2026-Q3/pack.html"))).isFalse();
  }
}
