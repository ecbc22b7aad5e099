package dev.isms.pack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code isms pack} did.
 *
 * @param written the files written, relative to the ISMS root
 * @param upToDate the files left as they were because the data did not change, relative to the root
 * @param unchangedSince when the files left as they were were generated (empty if none were)
 * @param commitId the commit made, if one was
 * @param commitNote why there is no commit, if there is none
 * @param warnings things the user should know (missing history, uncommitted data...)
 */
public record PackResult(
    String reviewId,
    List<Path> written,
    List<Path> upToDate,
    String unchangedSince,
    Optional<String> commitId,
    String commitNote,
    List<String> warnings) {

  static PackResult written(
      String reviewId,
      List<Path> written,
      Optional<String> commitId,
      String commitNote,
      List<String> warnings) {
    return new PackResult(reviewId, written, List.of(), "", commitId, commitNote, warnings);
  }
}
