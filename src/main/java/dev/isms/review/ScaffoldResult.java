package dev.isms.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What `isms review new` did: the review it planned, the files it wrote, and the commit; {@code
 * warnings} say what its figures may miss (a shallow clone's history).
 */
public record ScaffoldResult(
    Path root,
    ReviewPlan plan,
    int duration,
    String chair,
    LocalDate preRead,
    List<Path> written,
    Committed committed,
    Optional<String> commitId,
    String commitMessage,
    List<String> notes,
    List<String> warnings) {

  public ScaffoldResult {
    written = List.copyOf(written);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  /** Whether the files went into a commit, and if not, why not. */
  public enum Committed {
    YES,
    NOT_ASKED,
    NO_GIT_REPOSITORY
  }
}
