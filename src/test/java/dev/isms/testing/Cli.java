package dev.isms.testing;

import dev.isms.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the real command line in-process, with captured output and a fixed clock. */
public final class Cli {
  /** Commits made in tests carry this time, so their ids are stable. */
  public static final Clock FIXED_CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.ofHours(1));

  private Cli() {}

  /** Runs {@code isms -C repo --as-of 2026-11-24 args...}: the fixed clock's day. */
  public static CommandResult inRepo(java.nio.file.Path repo, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "-C";
    all[1] = repo.toString();
    all[2] = "--as-of";
    all[3] = java.time.LocalDate.now(FIXED_CLOCK).toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return run(all);
  }

  public static CommandResult run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Main.run(o, e, FIXED_CLOCK, args);
    }
    return new CommandResult(code, out.toString(), err.toString());
  }
}
