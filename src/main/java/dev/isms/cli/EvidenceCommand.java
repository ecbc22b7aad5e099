package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import dev.isms.evidence.BundleVerifier;
import dev.isms.evidence.EvidenceOptions;
import dev.isms.evidence.EvidenceService;
import dev.isms.problem.TerminalText;
import dev.isms.store.RepositoryLoader;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "evidence",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the evidence bundle of a review for the auditor, outside the repository: its files,"
          + " the pack and minutes as HTML, the actions decided with their state and history, the"
          + " check result, the review log, and a manifest with the SHA-256 of every file."
          + " Nothing is committed.",
      "--verify re-checks a bundle's files against its manifest (exit 1 when any differs)."
    })
final class EvidenceCommand extends AbstractCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "The review, e.g. 2026-Q4 (or --year).")
  String id;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "Every review dated in that year, one folder each, and a top manifest.")
  Integer year;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write the bundle as a folder (outside the repository).")
  Path out;

  @Option(
      names = "--zip",
      paramLabel = "FILE",
      description = "Write the bundle as one zip file (outside the repository).")
  Path zip;

  @Option(names = "--force", description = "Replace an existing folder or zip file.")
  boolean force;

  @Option(
      names = "--verify",
      paramLabel = "DIR|FILE",
      description = "Re-check a bundle against its manifest.json; names what differs.")
  Path verify;

  @Override
  protected int execute() {
    if (verify != null) {
      if (id != null || year != null || out != null || zip != null || force) {
        throw IsmsException.input(
            "--verify checks a bundle that exists; leave out the review, --year, --out, --zip"
                + " and --force");
      }
      return verify();
    }
    EvidenceService.Result result =
        new EvidenceService(new RepositoryLoader(), clock())
            .create(
                repositoryRoot(),
                new EvidenceOptions(id, year, inStart(out), inStart(zip), force, today()));
    out()
        .println(
            "Wrote the evidence of "
                + (result.reviews().size() == 1
                    ? "review " + result.reviews().get(0)
                    : result.reviews().size()
                        + " reviews ("
                        + String.join(", ", result.reviews())
                        + ")")
                + " to "
                + result.target()
                + ": "
                + result.files()
                + " files.");
    out().println("manifest.json SHA-256: " + result.manifestSha256());
    out().println("Check it with: isms evidence --verify " + result.target());
    return ExitCodes.OK;
  }

  private int verify() {
    BundleVerifier.Result result = new BundleVerifier().verify(inStart(verify));
    out()
        .println(
            "Bundle "
                + result.bundle()
                + ": manifest.json lists "
                + result.listed()
                + " files (manifest.json SHA-256 "
                + result.manifestSha256()
                + ")");
    print("differs", result.differ());
    print("missing", result.missing());
    print("added", result.added());
    if (result.intact()) {
      out()
          .println(
              "Intact: every file hashes to what manifest.json records, none is missing or added.");
      return ExitCodes.OK;
    }
    out()
        .println(
            "NOT intact: "
                + result.differ().size()
                + " differ, "
                + result.missing().size()
                + " missing, "
                + result.added().size()
                + " added.");
    return ExitCodes.PROBLEMS;
  }

  private void print(String what, List<String> paths) {
    paths.forEach(p -> out().println(what + ": " + TerminalText.escape(p)));
  }

  /** A relative path as given: from the folder -C names (as `git -C` reads it), else this one. */
  private Path inStart(Path path) {
    return path == null ? null : root().startDirectory().resolve(path);
  }
}
