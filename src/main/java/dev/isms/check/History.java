package dev.isms.check;

import dev.isms.git.CommitChanges;
import dev.isms.git.CommitSummary;
import dev.isms.git.FileVersion;
import dev.isms.git.TagSummary;
import dev.isms.store.RegisterChanges;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/** What the Git history tells about the repository's files, for rules on timeliness. */
public interface History extends RegisterChanges.Trail {
  /**
   * When the file was first committed (author time, which rebases keep), if it ever was. The path
   * is relative to the ISMS root.
   */
  Optional<ZonedDateTime> firstCommitted(String relativePath);

  /**
   * When the file was first committed with text for which {@code content} holds (a template
   * committed ahead of time does not count), if it ever was.
   */
  Optional<ZonedDateTime> firstCommitted(String relativePath, Predicate<String> content);

  /** The commits that changed the file, oldest first. */
  List<CommitSummary> commitsChanging(String relativePath);

  /** The commits that changed the file and are not in the given commit's history, oldest first. */
  List<CommitSummary> commitsChangingAfter(String relativePath, String commitId);

  /** The oldest commit that left text in the file for which {@code content} holds. */
  Optional<CommitSummary> firstCommitWhere(String relativePath, Predicate<String> content);

  /** The file's text at the newest commit that still held it (for a file deleted since). */
  Optional<String> lastCommittedText(String relativePath);

  /** Every file ever committed under a folder (paths relative to the ISMS root). */
  Set<String> filesEverCommittedUnder(String relativeFolder);

  /** Every committed version of a file, oldest first (deletions left out). */
  List<FileVersion> versionsOf(String relativePath);

  /**
   * The commits that touched a file under a folder, oldest first, each with the paths it touched
   * there (relative to the ISMS root).
   */
  @Override
  List<CommitChanges> commitsChangingUnder(String relativeFolder);

  /** The file's text at a commit, if the file existed there. */
  @Override
  Optional<String> readAt(String commitId, String relativePath);

  /**
   * The earliest author time in the history: before it, the history cannot say what changed (the
   * files were kept elsewhere before they came into Git).
   */
  Optional<ZonedDateTime> earliestAuthorTime();

  /** The annotated tag of that name, if there is one. */
  Optional<TagSummary> annotatedTag(String name);
}
