package dev.isms.init;

import java.nio.file.Path;

/** What `isms init` was asked for. */
public record InitOptions(Path directory, String organization, String framework, boolean commit) {}
