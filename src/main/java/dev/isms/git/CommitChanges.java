package dev.isms.git;

import java.util.List;
import java.util.Optional;

/**
 * A commit of a folder's trail: the commit, its first parent (none for a root commit or the
 * boundary of a shallow clone), the paths under the folder it touched (git paths, sorted) and its
 * signature.
 */
public record CommitChanges(
    CommitSummary commit,
    Optional<String> firstParentId,
    List<String> paths,
    SignatureStatus signature) {
  public CommitChanges {
    paths = List.copyOf(paths);
  }
}
