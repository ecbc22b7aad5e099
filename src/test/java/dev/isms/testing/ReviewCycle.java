package dev.isms.testing;

import dev.isms.store.RepositoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eclipse.jgit.api.Git;

/**
 * The demo's annual review taken through the meeting with commands: minutes written after it (every
 * input discussed, two actions, one without a file) and, for tests that start from an approved
 * review, hold and approve through the real CLI.
 */
public final class ReviewCycle {
  public static final String ID = "2026-annual";
  public static final String MINUTES = "reviews/" + ID + "/minutes.md";

  private ReviewCycle() {}

  /** Holds the demo's annual review, writes its minutes and approves them (Dana Ruiz). */
  public static void holdAndApprove(Path repo) throws Exception {
    expectOk(hold(repo));
    writeMinutes(repo);
    expectOk(
        Cli.run(
            "-C",
            repo.toString(),
            "--as-of",
            "2026-12-09",
            "review",
            "approve",
            ID,
            "--by",
            "Dana Ruiz"));
  }

  /** Records the meeting of 2026-12-02: four present (one a guest), Lena Vogt absent. */
  public static CommandResult hold(Path repo) {
    return Cli.run(
        "-C",
        repo.toString(),
        "--as-of",
        "2026-12-02",
        "review",
        "hold",
        ID,
        "--present",
        "Dana Ruiz",
        "Marco Diaz",
        "Priya Shah",
        "Clara Weiss=Board observer",
        "--absent",
        "Lena Vogt=annual leave");
  }

  /** The minutes as written after the meeting: every input, two actions without a file. */
  public static void writeMinutes(Path repo) throws Exception {
    String generated = Files.readString(repo.resolve(MINUTES));
    String head = generated.substring(0, generated.indexOf("## Inputs"));
    String body =
        CompleteMinutes.of(ID, new RepositoryLoader().loadValid(repo).framework()); // + procedure
    body = body.substring(body.indexOf("## Inputs"));
    body =
        body.replace(
            "| ACT-1 | Enforce phishing-resistant MFA | Priya Shah | 2026-12-31 | All admins on FIDO2 keys |",
            "| ACT-1 | Enforce phishing-resistant MFA | Priya Shah | 2026-12-31 | All admins on FIDO2 keys |\n"
                + "|  | Automate the access review export | Marco Diaz | 2027-03-31 | Export runs monthly without manual steps |");
    Files.writeString(repo.resolve(MINUTES), head + body);
    try (Git git = Git.open(repo.toFile())) {
      DatedCommits.commitAll(git, "Minutes of the annual review", LocalDate.of(2026, 12, 4));
    }
  }

  private static void expectOk(CommandResult result) {
    if (result.exitCode() != 0) {
      throw new IllegalStateException("isms failed: " + result.err());
    }
  }
}
