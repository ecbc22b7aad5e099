package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/** The branch HEAD points at and its commit, to undo a commit whose transaction failed later. */
record HeadState(String branch, ObjectId commit) {
  static HeadState of(Repository repository) {
    try {
      Ref head = repository.exactRef(Constants.HEAD);
      Ref target = head.getTarget();
      return new HeadState(target.getName(), target.getObjectId());
    } catch (IOException e) {
      throw IsmsException.input("cannot read HEAD: " + e.getMessage(), e);
    }
  }

  /** Moves the branch back to where it was (deletes it if it had no commit). */
  void restore(Repository repository) {
    try {
      RefUpdate update = repository.updateRef(branch);
      update.setForceUpdate(true);
      RefUpdate.Result result;
      if (commit == null) {
        result = update.delete();
      } else {
        update.setNewObjectId(commit);
        update.disableRefLog();
        result = update.update();
      }
      if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE) {
        throw new IOException(result.name());
      }
    } catch (IOException e) {
      throw IsmsException.input(
          "cannot move "
              + branch
              + " back to "
              + (commit == null ? "no commit" : commit.name())
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
