package dev.isms.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.git.CommitSummary;
import dev.isms.git.GitFacade;
import dev.isms.testing.Cli;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.IsolatedGitConfig;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What counts as new data in a register folder, on a real Git repository whose ISMS lies in a
 * subfolder ({@code isms/}) of a larger work tree: items added, deleted, moved or changed in what
 * they say do; comments, quoting, key order and files beside the items do not.
 */
class RegisterChangesTest {
  static final LocalDate REVIEW = LocalDate.of(2026, 9, 15);

  @TempDir Path temp;

  @RegisterExtension final IsolatedGitConfig gitConfig = IsolatedGitConfig.withoutIdentity();

  Path work;
  Path root;

  @BeforeEach
  void history() throws Exception {
    work = temp.resolve("work");
    root = work.resolve("isms");
    try (Git git = GitTestSupport.initWithIdentity(work)) {
      MinimalRepo.write(root, "risks/R-1.yaml", "id: R-1\ntitle: Ransomware\nlikelihood: 3\n");
      MinimalRepo.write(root, "risks/R-2.yaml", "id: R-2\ntitle: Phishing\nlikelihood: 2\n");
      DatedCommits.commitAll(git, "the register", LocalDate.of(2026, 9, 1));
      MinimalRepo.write(
          root,
          "risks/R-1.yaml",
          "# looked at, nothing new\nlikelihood: 3\n\nid: 'R-1'\ntitle:   \"Ransomware\"\n");
      DatedCommits.commitAll(git, "comments and quoting", LocalDate.of(2026, 9, 20));
      MinimalRepo.write(root, "risks/README.md", "One file per risk.\n");
      MinimalRepo.write(root, "risks/archive/R-0.yaml", "id: R-0\n");
      MinimalRepo.write(root, ".gitkeep", "");
      DatedCommits.commitAll(git, "files beside the items", LocalDate.of(2026, 9, 21));
      Files.move(root.resolve("risks/R-2.yaml"), root.resolve("risks/R-20.yaml"));
      DatedCommits.commitAll(git, "R-2 renamed", LocalDate.of(2026, 9, 22));
      MinimalRepo.write(root, "risks/R-1.yaml", "id: R-1\ntitle: Ransomware\nlikelihood: 4\n");
      DatedCommits.commitAll(git, "R-1 reassessed", LocalDate.of(2026, 9, 23));
    }
  }

  private List<String> newDataUpTo(LocalDate until) {
    return newData(REVIEW, until);
  }

  /** The subjects of the commits that brought new data into risks/ after one day, up to another. */
  private List<String> newData(LocalDate after, LocalDate until) {
    try (GitFacade git = GitFacade.open(root, Cli.FIXED_CLOCK).orElseThrow()) {
      return RegisterChanges.between(
              RegisterChanges.trail(git, root), List.of("risks"), after, until)
          .stream()
          .map(CommitSummary::subject)
          .toList();
    }
  }

  @Test
  void editsThatLeaveTheDataAsItWasAndFilesBesideTheItemsAreNoNewData() {
    assertThat(newDataUpTo(LocalDate.of(2026, 9, 21))).isEmpty();
  }

  @Test
  void aMovedItemAndAChangedValueAreNewDataInTheOrderMade() {
    assertThat(newDataUpTo(LocalDate.of(2026, 9, 30)))
        .containsExactly("R-2 renamed", "R-1 reassessed");
  }

  @Test
  void theCommitThatAddsTheItemsIsNewDataUpToItsOwnDay() {
    assertThat(newData(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 1)))
        .containsExactly("the register");
    assertThat(newData(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 19))).isEmpty();
  }
}
