package dev.isms.review;

import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.git.GitFacade;
import dev.isms.minutes.NoChangeClaim;
import dev.isms.review.model.Review;
import dev.isms.store.RegisterChanges;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inputs whose registers hold nothing new since the previous held review, as the Git history
 * shows it up to today ({@link RegisterChanges}): the minutes offer them "No change since review
 * X." in a comment, which the officer may keep as the section's text. Nothing is offered without
 * that history: outside Git, in a shallow or partial clone, before the first held review, when the
 * history begins after it, or while a register has uncommitted changes.
 */
final class UnchangedInputs {
  /** Offers nothing. */
  static final UnchangedInputs NONE = new UnchangedInputs(null, null, null, List.of());

  private final Review since;
  private final LocalDate until;
  private final RegisterChanges.Trail trail;
  private final List<String> uncommitted;
  private final Map<Feed, Boolean> unchanged = new EnumMap<>(Feed.class);

  private UnchangedInputs(
      Review since, LocalDate until, RegisterChanges.Trail trail, List<String> uncommitted) {
    this.since = since;
    this.until = until;
    this.trail = trail;
    this.uncommitted = uncommitted;
  }

  /**
   * @param zone the zone in which a review's day ends
   */
  static UnchangedInputs of(
      Path root, Optional<Review> previous, LocalDate today, Optional<GitFacade> git, ZoneId zone) {
    if (previous.isEmpty() || !today.isAfter(previous.get().date()) || git.isEmpty()) {
      return NONE;
    }
    GitFacade g = git.get();
    if (g.head().isEmpty() || g.isShallow() || g.isPartialClone()) {
      return NONE;
    }
    Instant endOfPrevious = previous.get().date().plusDays(1).atStartOfDay(zone).toInstant();
    if (g.lastCommitAtOrBefore(endOfPrevious).isEmpty()) {
      return NONE; // the history begins after that review: what the registers held then is unknown
    }
    String folder = g.gitPath(root);
    String prefix = folder.isEmpty() ? "" : folder + "/";
    List<String> dirty =
        g.uncommittedChanges(folder).stream().map(p -> p.substring(prefix.length())).toList();
    return new UnchangedInputs(
        previous.get(), today, RegisterChanges.trail(g, root), List.copyOf(dirty));
  }

  /**
   * The comment offering the claim for a leaf input, if its registers hold nothing new: "Nothing in
   * risks/ changed after review 2026-Q3 (2026-09-15) up to 2026-11-17. ...".
   */
  Optional<String> offer(Clause input) {
    Feed feed = input.data();
    if (trail == null || feed == null || feed.folders().isEmpty()) {
      return Optional.empty();
    }
    if (!unchanged.computeIfAbsent(feed, this::holdsNothingNew)) {
      return Optional.empty();
    }
    String folders = String.join(" or ", feed.folders().stream().map(f -> f + "/").toList());
    return Optional.of(
        "Nothing in "
            + folders
            + " changed after review "
            + since.id()
            + " ("
            + since.date()
            + ") up to "
            + until
            + ". If that still holds at the meeting and management has nothing to add, this"
            + " section may say only: "
            + new NoChangeClaim(since.id()).sentence()
            + " (isms check verifies it against the Git history.)");
  }

  /**
   * The note for the command's output: which inputs' sections offer the claim, so the officer looks
   * for the comments; empty when none does.
   */
  Optional<String> note(ClauseSet framework) {
    List<String> refs =
        framework.mandatoryInputs().stream()
            .filter(c -> offer(c).isPresent())
            .map(c -> c.ref() == null || c.ref().isBlank() ? c.title() : c.ref())
            .toList();
    if (refs.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "minutes.md offers \""
            + new NoChangeClaim(since.id()).sentence()
            + "\" (in a comment) under "
            + String.join(", ", refs)
            + ": their registers hold no new data since that review; keep it as a section's text"
            + " only where management agrees, and record the other inputs in words.");
  }

  private boolean holdsNothingNew(Feed feed) {
    for (String folder : feed.folders()) {
      if (uncommitted.stream().anyMatch(p -> RegisterChanges.isRegisterFile(folder, p))) {
        return false;
      }
    }
    return RegisterChanges.between(trail, feed.folders(), since.date(), until).isEmpty();
  }
}
