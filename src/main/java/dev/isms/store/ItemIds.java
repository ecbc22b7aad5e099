package dev.isms.store;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Ids name files and folders, and a Git repository is checked out on Windows too: there a name that
 * ends with a dot loses it, and device names (CON, NUL, COM1...) cannot be files at all.
 */
public final class ItemIds {
  private static final Set<String> DEVICES =
      Set.of(
          "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
          "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private ItemIds() {}

  /** Why {@code id} cannot name a file on Windows, if it cannot. */
  public static Optional<String> windowsProblem(String id) {
    if (id.endsWith(".")) {
      return Optional.of("ends with a dot, which Windows drops from file and folder names");
    }
    int dot = id.indexOf('.');
    String base = (dot < 0 ? id : id.substring(0, dot)).toUpperCase(Locale.ROOT);
    if (DEVICES.contains(base)) {
      return Optional.of(
          "is a device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9), where no file or"
              + " folder can have it");
    }
    return Optional.empty();
  }
}
