package dev.isms.init;

import java.nio.file.Path;
import java.util.List;

/**
 * What `isms init` was asked for; more than one framework makes the reviews integrated, and
 * obligations (soc2, pci-dss-4) are what the reviews also evidence.
 */
public record InitOptions(
    Path directory,
    String organization,
    List<String> frameworks,
    List<String> obligations,
    boolean commit) {
  public InitOptions {
    frameworks = List.copyOf(frameworks);
    obligations = obligations == null ? List.of() : List.copyOf(obligations);
  }
}
