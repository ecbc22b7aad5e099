package dev.isms.init;

import java.nio.file.Path;
import java.util.List;

/** What `isms init` was asked for; more than one framework makes the reviews integrated. */
public record InitOptions(
    Path directory, String organization, List<String> frameworks, boolean commit) {
  public InitOptions {
    frameworks = List.copyOf(frameworks);
  }
}
