package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.check.report.TextReporter;
import dev.isms.demo.DemoOptions;
import dev.isms.demo.DemoResult;
import dev.isms.demo.DemoService;
import dev.isms.store.RepositoryLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Builds a real ISMS Git repository from the bundled example (Denialbase, a"
            + " health-data SaaS), replaying its year as dated commits, and runs the review job on it.")
final class DemoCommand extends AbstractCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "New or empty folder to build it in (default: a new temporary folder).")
  Path directory;

  @Option(
      names = "--cycle",
      description =
          "Go on through the meeting: record attendance on its day, commit the minutes the"
              + " security officer wrote, approve them a week later (entering the decided actions"
              + " and tagging review/<ID>), and check as of that day.")
  boolean cycle;

  @Override
  protected int execute() {
    LocalDate asOf = root().asOfGiven() ? today() : DemoService.EXAMPLE_DATE;
    Path target = directory != null ? directory : newTempDir();
    DemoResult result =
        new DemoService(new RepositoryLoader(), clock())
            .build(new DemoOptions(target, asOf, cycle));
    out().println("Built the Denialbase ISMS repository in " + result.root());
    out()
        .println(
            "  "
                + result.commits()
                + " commits replay its history from "
                + result.firstCommit()
                + " to "
                + result.lastCommit()
                + " (see `git log` there).");
    for (String file : result.generated()) {
      out().println("  generated " + file);
    }
    out().println();
    out()
        .println(
            "isms check as of " + result.checkedOn() + " (the example holds deliberate problems):");
    new TextReporter(false).write(result.check(), out());
    out().println();
    result.generated().stream()
        .filter(f -> f.endsWith("pack.html"))
        .findFirst()
        .ifPresent(
            f ->
                out()
                    .println(
                        "Read the briefing pack: "
                            + result.root().resolve(f)
                            + " (pack.md beside it renders on GitHub and GitLab)."));
    out().println(cycle ? "Try, as of the approval:" : "Try, as of the example's day:");
    out().println("  isms -C " + result.root() + " check --as-of " + result.checkedOn());
    if (cycle) {
      String id = result.generated().get(0).replaceFirst("^reviews/([^/]+)/.*$", "$1");
      out().println("  isms -C " + result.root() + " review log " + id);
      out().println("  git -C " + result.root() + " show review/" + id);
    } else {
      out().println("  isms -C " + result.root() + " review new --type quarterly --as-of " + asOf);
    }
    out().println("  git -C " + result.root() + " log --stat");
    return ExitCodes.OK;
  }

  private static Path newTempDir() {
    try {
      return Files.createTempDirectory("isms-demo-");
    } catch (IOException e) {
      throw dev.isms.IsmsException.input("cannot create a temporary folder: " + e.getMessage(), e);
    }
  }
}
