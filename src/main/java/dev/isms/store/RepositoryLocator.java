package dev.isms.store;

import dev.isms.IsmsException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the ISMS repository the way git finds its own: from a folder upwards to isms.yaml. */
public final class RepositoryLocator {
  public static final String CONFIG_FILE = "isms.yaml";

  private RepositoryLocator() {}

  public static Path locate(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (Files.isRegularFile(dir)) {
      throw IsmsException.input(
          dir
              + " is a file; pass -C the folder that holds it"
              + (dir.getParent() == null ? "" : " (" + dir.getParent() + ")"));
    }
    if (!Files.isDirectory(dir)) {
      throw IsmsException.input(
          dir + ": no such folder; pass -C with the folder of an ISMS repository");
    }
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve(CONFIG_FILE))) {
        return p;
      }
    }
    throw IsmsException.input(
        "no "
            + CONFIG_FILE
            + " in "
            + dir
            + " or any folder above it; run `isms init` to create an ISMS repository, or pass"
            + " -C DIR");
  }
}
