package dev.isms.git;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What one write did: the files now on disk (absolute paths, in the order given) and the commit
 * that holds them, or why there is none.
 */
public record Written(List<Path> files, Outcome outcome, Optional<CommitId> commit) {
  public Written {
    files = List.copyOf(files);
  }

  /** Whether the files went into a commit, and if not, why not. */
  public enum Outcome {
    COMMITTED("committed"),
    NOT_ASKED("--no-commit"),
    NO_GIT_REPOSITORY("not in a Git repository"),
    UNCHANGED("unchanged since the last commit");

    private final String note;

    Outcome(String note) {
      this.note = note;
    }

    /** Why nothing was committed, in a few words ("--no-commit"). */
    public String note() {
      return note;
    }
  }

  /** The commit id as a string, if there is a commit. */
  public Optional<String> commitName() {
    return commit.map(CommitId::name);
  }
}
