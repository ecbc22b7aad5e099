package dev.isms.cli;

import dev.isms.ExitCodes;
import dev.isms.problem.TerminalText;
import dev.isms.review.CalendarExport;
import dev.isms.review.ReviewCalendar;
import dev.isms.store.RepositoryLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the management reviews the procedure plans for the next twelve months: each type's"
          + " cadence, the ad-hoc reviews owed after incidents, findings or changes, the pre-audit"
          + " review before a booked external audit; each with its invitation and pre-read dates,"
          + " attendees and the actions falling due before it. --format ics gives a calendar file"
          + " to import. Changes nothing in the repository."
    })
final class CalendarCommand extends AbstractCommand {
  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "First day of the calendar (default: today, or --as-of).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = LocalDateConverter.class,
      description = "Last day of the calendar (default: twelve months after --from).")
  LocalDate to;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, json or ics (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write to FILE instead of printing (replaces only a calendar isms wrote).")
  Path out;

  @Option(names = "--force", description = "With --out: replace FILE whatever it holds.")
  boolean force;

  enum Format {
    text,
    json,
    ics
  }

  @Override
  protected int execute() {
    CalendarExport.Options options =
        new CalendarExport.Options(
            ReviewCalendar.Options.of(from, to, today()),
            CalendarExport.Format.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)),
            out == null ? null : root().startDirectory().resolve(out),
            force);
    String text =
        new CalendarExport().render(new RepositoryLoader().loadValid(repositoryRoot()), options);
    if (options.out() == null) {
      out().print(text);
    } else {
      CalendarExport.write(text, options);
      out().println("wrote " + TerminalText.escape(out.toString()));
    }
    return ExitCodes.OK;
  }
}
