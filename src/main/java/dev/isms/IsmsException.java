package dev.isms;

/**
 * The one exception the domain throws to stop a command. It carries the exit status so that the CLI
 * layer can map it without knowing which service failed.
 */
public class IsmsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public IsmsException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public IsmsException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad usage or unreadable input: exit 2. */
  public static IsmsException input(String message) {
    return new IsmsException(ExitCodes.USAGE, message);
  }

  public static IsmsException input(String message, Throwable cause) {
    return new IsmsException(ExitCodes.USAGE, message, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
