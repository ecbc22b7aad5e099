package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.TagCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;

/** Annotated tags (review/&lt;ID&gt; for an approved review), signed as Git would sign them. */
final class Tags {
  private Tags() {}

  static void checkCanCreate(Repository repository, String name, PersonIdent tagger) {
    String ref = Constants.R_TAGS + name;
    if (!Repository.isValidRefName(ref)) {
      throw IsmsException.input("`" + name + "` is not a valid Git tag name; nothing was changed");
    }
    try {
      if (repository.exactRef(ref) != null) {
        throw IsmsException.input(
            "the tag "
                + name
                + " exists already; Git tags are not moved (delete it with git tag -d "
                + name
                + " if it is wrong); nothing was changed");
      }
    } catch (IOException e) {
      throw IsmsException.input("cannot read the tags of the repository: " + e.getMessage(), e);
    }
    Signing.checkTags(repository.getConfig(), tagger);
  }

  static void create(Repository repository, String name, String message, PersonIdent tagger) {
    try (RevWalk walk = new RevWalk(repository)) {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        throw IsmsException.input("the tag " + name + " needs a commit, and HEAD has none");
      }
      TagCommand tag =
          new Git(repository)
              .tag()
              .setName(name)
              .setMessage(message)
              .setAnnotated(true)
              .setTagger(tagger)
              .setObjectId(walk.parseCommit(head));
      Signing.configure(tag, repository.getConfig());
      tag.call();
    } catch (IOException | GitAPIException | JGitInternalException e) {
      throw IsmsException.input("Git could not create the tag " + name + ": " + e.getMessage(), e);
    }
  }
}
