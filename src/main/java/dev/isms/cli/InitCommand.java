package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.init.InitOptions;
import dev.isms.init.InitResult;
import dev.isms.init.InitService;
import dev.isms.problem.TerminalText;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Creates an ISMS repository: isms.yaml, the register folders, git init, and a"
            + " commit of exactly those files.")
final class InitCommand extends AbstractCommand {
  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "Folder to create it in" + " (default: -C DIR or the current folder).")
  Path directory;

  @Option(
      names = "--org",
      paramLabel = "NAME",
      description = "Organisation name (default: the" + " folder's name).")
  String organization;

  @Option(
      names = "--framework",
      paramLabel = "ID[,ID...]",
      split = ",",
      defaultValue = "iso27001-2022",
      description =
          "Clause set (default iso27001-2022); several, comma-separated, for integrated reviews."
              + " An unknown id is refused with the list of those isms knows.")
  List<String> frameworks;

  @Option(
      names = "--obligation",
      paramLabel = "ID[,ID...]",
      split = ",",
      description =
          "Other obligations the reviews also evidence (soc2, pci-dss-4), comma-separated: their"
              + " check rules run and pack and minutes say what each review evidences.")
  List<String> obligations;

  @Mixin CommitOption commitOption;

  @Override
  protected int execute() {
    Path dir =
        directory != null ? root().startDirectory().resolve(directory) : root().startDirectory();
    dir = dir.toAbsolutePath().normalize();
    String org =
        organization != null
            ? organization
            : dir.getFileName() == null ? "My organisation" : dir.getFileName().toString();
    InitResult result =
        new InitService(new FrameworkCatalog(), clock())
            .init(new InitOptions(dir, org, frameworks, obligations, commitOption.commit()));
    out()
        .println(
            "Created the ISMS repository of " + TerminalText.escape(org) + " in " + result.root());
    for (Path p : result.written()) {
      out().println("  wrote " + result.root().relativize(p).toString().replace('\\', '/'));
    }
    if (result.createdGitRepository()) {
      out().println("Initialised a Git repository (branch main).");
    }
    out()
        .println(
            result
                .commit()
                .map(
                    id ->
                        "Committed "
                            + result.written().size()
                            + " files as "
                            + id.substring(0, 12)
                            + ".")
                .orElse("Nothing was committed (--no-commit)."));
    out()
        .println(
            "Next: edit isms.yaml (people, review types), add your KPIs, risks and actions,"
                + " then run `isms check`.");
    return ExitCodes.OK;
  }
}
