package dev.isms.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What `isms init` did: the files it wrote and, if it committed, the commit id. */
public record InitResult(
    Path root, List<Path> written, boolean createdGitRepository, Optional<String> commit) {}
