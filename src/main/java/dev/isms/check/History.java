package dev.isms.check;

import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Predicate;

/** What the Git history tells about the repository's files, for rules on timeliness. */
public interface History {
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
}
