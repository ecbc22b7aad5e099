package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.CompleteMinutes;
import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One repository runs a combined ISO/IEC 27001:2022 + ISO 9001:2015 review end to end: review new,
 * pack and check all cover the union, each shared input once, labelled with both clauses.
 */
class IntegratedReviewTest {
  private static final Path OVERLAY =
      Path.of("src/test/resources/golden/review-new/quarterly-integrated-iso27001-iso9001/overlay");
  private static final String INTEGRATED = "iso27001-2022+iso9001-2015";
  private static final Path OBLIGATIONS =
      Path.of("src/test/resources/golden/review-new/quarterly-obligations-soc2-pci/overlay");

  @TempDir Path temp;

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  @Test
  void reviewNewPackAndCheckCoverBothStandards() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path source = FileTrees.copy(ReviewFixtures.NORTHWIND, temp.resolve("source"));
    FileTrees.copy(OVERLAY, source);
    // the reviews held before the switch keep the standard they were held under
    for (String held :
        List.of("2025-annual", "2026-08-12-adhoc", "2026-Q1", "2026-Q2", "2026-Q3")) {
      Path yaml = source.resolve("reviews/" + held + "/review.yaml");
      Files.writeString(yaml, Files.readString(yaml) + "framework: iso27001-2022\n");
    }
    Path repo = ReviewFixtures.committedCopy(source, temp.resolve("repo"));
    String dir = repo.toString();

    CommandResult created =
        Cli.run("-C", dir, "--as-of", "2026-11-24", "review", "new", "--type", "quarterly");
    CommandResult packed = Cli.run("-C", dir, "--as-of", "2026-12-01", "pack", "2026-Q4");

    assertThat(created).succeeded();
    assertThat(packed).succeeded();
    assertThat(Files.readString(repo.resolve("reviews/2026-Q4/review.yaml")))
        .contains("framework: \"" + INTEGRATED + "\"");
    String pack = Files.readString(repo.resolve("reviews/2026-Q4/pack.md"));
    assertThat(pack)
        .contains("**Framework:** ISO/IEC 27001:2022 incl. Amd 1:2024 + ISO 9001:2015, clause 9.3")
        .contains("#### 9.3.2 d) 3) Audit results (also ISO 9001:2015 9.3.2 c) 6))")
        .contains("### ISO 9001:2015 9.3.2 d) The adequacy of resources");
    assertThat(pack.split("Audit results", -1)).as("audit results shown once").hasSize(2);

    Path minutes = repo.resolve("reviews/2026-Q4/minutes.md");
    Files.writeString(minutes, CompleteMinutes.of("2026-Q4", INTEGRATED));
    Path reviewYaml = repo.resolve("reviews/2026-Q4/review.yaml");
    Files.writeString(
        reviewYaml, Files.readString(reviewYaml).replace("status: planned", "status: held"));
    CommandResult complete = check(dir);

    // the fixture's earlier minutes have gaps of their own: only the new review's files matter here
    assertThat(complete.out()).contains("reviews/2025-annual/").doesNotContain("reviews/2026-Q4/");

    String text = Files.readString(minutes);
    int start = text.indexOf("### ISO 9001:2015 9.3.2 d)");
    Files.writeString(
        minutes, text.substring(0, start) + text.substring(text.indexOf("## Results")));
    CommandResult missing = check(dir);

    assertThat(missing)
        .exitedWith(1)
        .outContains(
            "reviews/2026-Q4/minutes.md:",
            "do not cover ISO 9001:2015 9.3.2 d) the adequacy of resources");
  }

  @Test
  void theCombinedReviewAlsoEvidencesSoc2AndPciAndTheirRulesRun() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path source = FileTrees.copy(ReviewFixtures.NORTHWIND, temp.resolve("source"));
    FileTrees.copy(OBLIGATIONS, source);
    Path repo = ReviewFixtures.committedCopy(source, temp.resolve("repo"));
    String dir = repo.toString();

    assertThat(Cli.run("-C", dir, "--as-of", "2026-11-24", "review", "new", "--type", "quarterly"))
        .succeeded();
    assertThat(Cli.run("-C", dir, "--as-of", "2026-12-01", "pack", "2026-Q4")).succeeded();
    CommandResult checked =
        Cli.run(
            "-C",
            dir,
            "check",
            "--as-of",
            "2026-12-01",
            "--rule",
            "pci-review-interval",
            "--rule",
            "soc2-deficiencies-communicated");

    assertThat(Files.readString(repo.resolve("reviews/2026-Q4/minutes.md")))
        .contains("## This review also evidences")
        .contains("- SOC 2 CC4.2 (Deficiencies communicated): ")
        .contains("- PCI DSS 12.4.2 (Reviews at least every three months by other personnel): ");
    assertThat(Files.readString(repo.resolve("reviews/2026-Q4/pack.md")))
        .contains("**This review also evidences:**")
        .contains("- SOC 2 CC4.1 (Monitoring activities): ")
        .contains("- PCI DSS 12.4.2.1 (Reviews documented and signed off): ");
    assertThat(checked.out()).contains("2 rules run").doesNotContain("skipped: it checks what");
  }

  private static CommandResult check(String dir) {
    return Cli.run(
        "-C",
        dir,
        "check",
        "--as-of",
        "2026-12-20",
        "--rule",
        "review-inputs",
        "--rule",
        "review-results");
  }
}
