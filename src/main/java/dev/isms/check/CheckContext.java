package dev.isms.check;

import dev.isms.IsmsException;
import dev.isms.config.IsmsConfig;
import dev.isms.duedate.DueDates;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Problem;
import dev.isms.review.model.Review;
import dev.isms.store.DueDateHistory;
import dev.isms.store.IsmsRepository;
import dev.isms.store.SafeFileReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What rules read: the valid items, the settings (null when isms.yaml is invalid), the day the
 * check is made for, each review's minutes (parsed once, shared by the rules) and the Git history.
 */
public final class CheckContext {
  private final IsmsRepository repository;
  private final LocalDate asOf;
  private final FrameworkCatalog frameworks;
  private final History history;
  private final SafeFileReader reader;
  private final Map<String, Optional<Minutes>> minutes = new HashMap<>();
  private final List<Problem> readProblems = new ArrayList<>();
  private DueDates dueDates;

  public CheckContext(
      IsmsRepository repository, LocalDate asOf, FrameworkCatalog frameworks, History history) {
    this.repository = repository;
    this.asOf = asOf;
    this.frameworks = frameworks;
    this.history = history;
    this.reader = new SafeFileReader(repository.root());
  }

  public IsmsRepository repository() {
    return repository;
  }

  /** isms.yaml's settings; rules that need them declare {@link Rule.Needs#CONFIG}. */
  public IsmsConfig config() {
    return repository.config();
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** The Git history; rules that read it declare {@link Rule.Needs#HISTORY}. */
  public History history() {
    return history;
  }

  /**
   * The reviews whose meeting took place on or before the as-of date, oldest first. One marked held
   * but dated later is no evidence of a meeting; review-date reports it.
   */
  public List<Review> heldReviews() {
    return repository.reviews().stream()
        .filter(Review::wasHeld)
        .filter(r -> !r.date().isAfter(asOf))
        .toList();
  }

  /**
   * The due dates the actions' Git history records (first agreed, moves); without history the ones
   * the files hold now.
   */
  public DueDates dueDates() {
    if (dueDates == null) {
      dueDates =
          history == null
              ? DueDates.NONE
              : DueDateHistory.read(repository, DueDates.Kind.ACTION_DUE, history::versionsOf);
    }
    return dueDates;
  }

  /**
   * The clause set a review follows: its own `framework`, else isms.yaml's; with the organisation's
   * own inputs and results ({@code procedure:}) either way.
   */
  public Optional<ClauseSet> frameworkOf(Review review) {
    if (review.framework() != null) {
      return frameworks.find(review.framework()).map(config().procedure()::applyTo);
    }
    return Optional.ofNullable(repository.framework());
  }

  public static String reviewFile(Review review) {
    return IsmsRepository.pathOf(dev.isms.validation.FileKind.REVIEW, review.id());
  }

  public static String minutesFile(Review review) {
    return "reviews/" + review.id() + "/minutes.md";
  }

  public static String packFile(Review review) {
    return "reviews/" + review.id() + "/pack.md";
  }

  public boolean exists(String relativePath) {
    return Files.exists(repository.root().resolve(relativePath), LinkOption.NOFOLLOW_LINKS);
  }

  /** The review's minutes, if the file exists and can be read (read problems are reported once). */
  public Optional<Minutes> minutes(Review review) {
    return minutes.computeIfAbsent(review.id(), id -> readMinutes(review));
  }

  private Optional<Minutes> readMinutes(Review review) {
    Path file = repository.root().resolve(minutesFile(review));
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return IsmsException.whileReading(
        minutesFile(review),
        () -> reader.read(file, readProblems::add).map(text -> Minutes.parse(text.text())));
  }

  List<Problem> readProblems() {
    return readProblems;
  }
}
