package dev.isms.review;

import dev.isms.IsmsException;
import dev.isms.git.OutputFile;
import dev.isms.render.Ics;
import dev.isms.store.IsmsRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * {@code isms calendar}: the calendar in the format asked for, printed or written to a file. A file
 * is replaced only if isms wrote it (an .ics with isms's PRODID, or a text or JSON calendar it
 * recognises as its own) or with {@code --force}.
 */
public final class CalendarExport {
  /** The output formats. */
  public enum Format {
    TEXT,
    JSON,
    ICS
  }

  /** What was asked: the window, the format, and the file to write (null: print). */
  public record Options(ReviewCalendar.Options window, Format format, Path out, boolean force) {}

  /** The calendar's text in the format asked for. */
  public String render(IsmsRepository repo, Options options) {
    ReviewCalendar.Calendar calendar = new ReviewCalendar().build(repo, options.window());
    return switch (options.format()) {
      case TEXT -> CalendarFormat.text(calendar);
      case JSON -> CalendarFormat.json(calendar);
      case ICS -> CalendarFormat.ics(calendar);
    };
  }

  /** Writes the text to {@code --out}, refusing to replace a file isms did not write. */
  public static void write(String text, Options options) {
    Path out = options.out();
    if (!options.force() && Files.exists(out, LinkOption.NOFOLLOW_LINKS) && !isOurs(out)) {
      throw IsmsException.input(
          out
              + " exists and is no calendar isms wrote; choose another --out, or pass --force to"
              + " replace it");
    }
    OutputFile.write(out, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the file is a calendar isms wrote: its PRODID, or the heading of its other formats. */
  static boolean isOurs(Path file) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return false; // unreadable or not UTF-8: not as isms wrote it
    }
    return text.startsWith("BEGIN:VCALENDAR") && text.contains("\nPRODID:" + Ics.PRODID + "\r")
        || text.startsWith("Review calendar")
        || text.startsWith("{\n  \"organization\"") && text.contains("\"invitation_lead_days\"");
  }
}
