package dev.isms;

/** The exit statuses every command keeps to (PRODUCT.md). */
public final class ExitCodes {
  /** All good. */
  public static final int OK = 0;

  /** The check ran and found problems. */
  public static final int PROBLEMS = 1;

  /** Bad usage or input that cannot be read. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
