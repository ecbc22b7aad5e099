package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.IsmsVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: global options, the subcommands, and the one error policy of the tool. */
@Command(
    name = "isms",
    mixinStandardHelpOptions = true,
    versionProvider = IsmsCommand.Version.class,
    description = "Runs ISO 27001 management reviews (clause 9.3) out of a Git repository.",
    subcommands = {
      InitCommand.class,
      ReviewCommand.class,
      CheckCommand.class,
      SchemaCommand.class,
      PackCommand.class,
      EvidenceCommand.class,
      DemoCommand.class,
      ActionCommand.class,
      KpiCommand.class,
      RiskCommand.class,
      FindingCommand.class,
      IncidentCommand.class,
      ChangeCommand.class,
      AuditCommand.class,
      ObjectiveCommand.class,
      SupplierCommand.class,
      CalendarCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:all good", "1:the check found problems", "2:bad usage or unreadable input"})
public final class IsmsCommand implements Callable<Integer> {
  @Option(
      names = "-C",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Act on the ISMS repository in DIR (default: the folder holding isms.yaml,"
              + " found upwards from the current one).")
  Path directory;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      scope = ScopeType.INHERIT,
      converter = LocalDateConverter.class,
      description = "Take this date as today (for CI and reproducible output).")
  LocalDate asOf;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "On errors, print the cause chain and stack trace as well.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final Clock clock;

  IsmsCommand(Clock clock) {
    this.clock = clock;
  }

  /** The configured command line, with the error handlers registered once. */
  public static CommandLine commandLine(Clock clock) {
    IsmsCommand root = new IsmsCommand(clock);
    CommandLine cli = new CommandLine(root);
    cli.addSubcommand("completion", completion());
    cli.setExecutionExceptionHandler(new ErrorHandler(root));
    cli.setParameterExceptionHandler(new UsageErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    // `-C demo check`: a folder may be named like a command, as with git -C
    cli.setAllowSubcommandsAsOptionParameters(true);
    return cli;
  }

  private static CommandLine completion() {
    CommandLine completion = new CommandLine(new AutoComplete.GenerateCompletion());
    completion.getCommandSpec().name("completion");
    completion
        .getCommandSpec()
        .usageMessage()
        .description("Prints a bash/zsh completion script: source <(isms completion)");
    return completion;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  public Clock clock() {
    return clock;
  }

  /** Today, or the date given with --as-of. */
  public LocalDate today() {
    return asOf != null ? asOf : LocalDate.now(clock);
  }

  public Path startDirectory() {
    return directory != null ? directory : Path.of("").toAbsolutePath();
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean directoryGiven() {
    return directory != null;
  }

  public boolean asOfGiven() {
    return asOf != null;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return IsmsVersion.lines();
    }
  }
}
