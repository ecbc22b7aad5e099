package dev.isms.store;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;

/**
 * A YAML edit that cannot be made in place. The message reads after the file's name ("is not valid
 * YAML"), so {@link #in(String)} turns it into the one line a person sees.
 */
public final class YamlEditException extends IsmsException {
  private static final long serialVersionUID = 1L;

  public YamlEditException(String message) {
    super(ExitCodes.USAGE, message);
  }

  /** The same refusal, naming the file and saying that nothing was written. */
  public IsmsException in(String relativePath) {
    return new IsmsException(
        exitCode(), relativePath + " " + getMessage() + "; nothing was written", this);
  }
}
