package dev.isms.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * A failure of isms itself (a bug, a stack overflow on hostile input) ends with exit 2 and one line
 * that names the file being read and says to run with --verbose; never a stack trace or exit 1.
 */
class CrashReportTest {
  @Test
  void aStackOverflowWhileReadingAFileNamesTheFileAndExitsTwo() {
    IsmsException e =
        catchThrowableOfType(
            IsmsException.class,
            () ->
                IsmsException.whileReading(
                    "reviews/2026-Q3/minutes.md",
                    () -> {
                      throw new StackOverflowError();
                    }));

    assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE);
    String printed = printed(e, false);
    assertThat(printed.lines()).hasSize(1);
    assertThat(printed)
        .startsWith("isms: reviews/2026-Q3/minutes.md: isms failed while reading this file")
        .contains("StackOverflowError: nested too deeply", "run with --verbose");
  }

  @Test
  void anErrorOutsideAnyFileIsAnInternalErrorOnOneLine() {
    String printed =
        printed(new AbstractCommand.Crash(new StackOverflowError("\u001b]0;x\u0007")), false);

    assertThat(printed.lines()).hasSize(1);
    assertThat(printed)
        .startsWith("isms: internal error: java.lang.StackOverflowError: \\x1b]0;x\\x07")
        .contains("run again with --verbose");
  }

  @Test
  void verboseAddsTheCauseAndTheStackTrace() {
    IsmsException e =
        catchThrowableOfType(
            IsmsException.class,
            () ->
                IsmsException.whileReading(
                    "risks/R-1.yaml",
                    () -> {
                      throw new IllegalStateException("boom");
                    }));

    assertThat(printed(e, true))
        .contains("caused by: java.lang.IllegalStateException: boom", "\tat ");
  }

  private static String printed(Throwable failure, boolean verbose) {
    StringWriter err = new StringWriter();
    ErrorHandler.report(failure, verbose, new PrintWriter(err));
    return err.toString();
  }
}
