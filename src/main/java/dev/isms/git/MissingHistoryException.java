package dev.isms.git;

import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import org.eclipse.jgit.errors.MissingObjectException;

/**
 * An object the Git history refers to is not in this clone: a partial clone ({@code git clone
 * --filter=blob:none}) fetches old file versions only on demand, which JGit cannot do, and a
 * damaged repository may have lost one. Commands treat the history like a shallow clone's: what
 * needs it is left out, with a note.
 */
public final class MissingHistoryException extends IsmsException {
  private static final long serialVersionUID = 1L;

  MissingHistoryException(String reading, MissingObjectException cause) {
    super(
        ExitCodes.USAGE,
        "reading "
            + reading
            + " needs the Git object "
            + cause.getObjectId().name()
            + ", which is not in this clone (a partial clone made with --filter, or a damaged"
            + " repository); "
            + GitFacade.FULL_HISTORY_ADVICE,
        cause);
  }
}
