package dev.isms;

/**
 * The one exception the domain throws to stop a command. It carries the exit status so that the CLI
 * layer can map it without knowing which service failed.
 */
public class IsmsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  /** The message as lines, where it has several (a headline and the items it lists). */
  private final java.util.List<String> lines;

  public IsmsException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
    this.lines = java.util.List.of(message == null ? "" : message);
  }

  /**
   * A message of several lines, each printed (and escaped for the terminal) on its own, so that the
   * items it lists stay apart while a line break inside an item stays escaped.
   */
  public IsmsException(int exitCode, java.util.List<String> lines) {
    super(String.join("\n", lines));
    this.exitCode = exitCode;
    this.lines = java.util.List.copyOf(lines);
  }

  public IsmsException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
    this.lines = java.util.List.of(message == null ? "" : message);
  }

  /** The lines of the message: one, or a headline and the items it lists. */
  public java.util.List<String> lines() {
    return lines;
  }

  /** Bad usage or unreadable input: exit 2. */
  public static IsmsException input(String message) {
    return new IsmsException(ExitCodes.USAGE, message);
  }

  public static IsmsException input(String message, Throwable cause) {
    return new IsmsException(ExitCodes.USAGE, message, cause);
  }

  /**
   * Runs work that reads {@code file}; an unexpected failure inside it (a library's bug, a stack
   * overflow on hostile input) becomes an input error (exit 2) that names the file, instead of a
   * stack trace or the exit status of "problems found".
   */
  public static <T> T whileReading(String file, java.util.function.Supplier<T> work) {
    try {
      return work.get();
    } catch (IsmsException e) {
      throw e;
    } catch (RuntimeException | StackOverflowError e) {
      throw new IsmsException(
          ExitCodes.USAGE,
          file
              + ": isms failed while reading this file ("
              + e.getClass().getSimpleName()
              + (e instanceof StackOverflowError ? ": nested too deeply" : "")
              + "); run with --verbose for the details, and please report it",
          e);
    }
  }

  public int exitCode() {
    return exitCode;
  }
}
