package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.action.CarriedOver;
import dev.isms.action.CarryOver;
import dev.isms.action.Escalations;
import dev.isms.duedate.DueDates;
import dev.isms.git.GitFacade;
import dev.isms.review.model.Review;
import dev.isms.store.DueDateHistory;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code isms action stats}: the figures of the action register that the pack shows under 9.3.2 a),
 * for any window: the share completed on time against the due date first agreed ({@link
 * OnTimeShare}, as the pack counts it), how late the late ones are, escalations ({@link
 * Escalations}: dated steps, and actions escalated by status without one), actions carried over
 * ({@link CarryOver}, as the check counts them), the due dates moved in the window, what is open
 * per owner, and recurring themes (a source or an owner with two or more late actions). The {@code
 * warnings} say what the figures may miss (a shallow clone's history).
 */
public record ActionStatistics(
    LocalDate from,
    LocalDate to,
    OnTimeShare onTime,
    Optional<Double> averageDaysLate,
    int lateCount,
    Escalations escalations,
    CarriedOver carriedOver,
    List<DueDates.Move> dueMoves,
    Map<String, Long> openByOwner,
    Map<String, Long> overdueByOwner,
    List<String> themes,
    List<String> warnings) {

  /**
   * @param from first day of the window, or null for everything up to {@code to} (inclusive)
   */
  public static ActionStatistics of(
      IsmsRepository repo, DueDates dues, LocalDate from, LocalDate to) {
    List<Action> actions = repo.actions();
    OnTimeShare onTime = OnTimeShare.of(actions, dues, repo.reviews(), from, to);
    List<Long> lateDays = new ArrayList<>();
    for (String id : onTime.late()) {
      Action a = repo.action(id).orElseThrow();
      long days = ChronoUnit.DAYS.between(dues.firstAgreed(a.id(), a.due()), onTime.lateUntil(a));
      if (days > 0) {
        lateDays.add(days);
      }
    }
    Optional<Double> average =
        lateDays.isEmpty()
            ? Optional.empty()
            : Optional.of(lateDays.stream().mapToLong(Long::longValue).average().orElse(0));
    Escalations escalations = Escalations.of(actions, from, to);
    List<Review> held = repo.reviews().stream().filter(r -> !r.date().isAfter(to)).toList();
    CarriedOver carried =
        new CarriedOver(
            actions.stream()
                .filter(a -> a.wasOpenOn(to))
                .collect(
                    Collectors.toMap(
                        Action::id,
                        a -> CarryOver.of(a, repo.raisedOn(a), held, repo.config(), dues))));
    List<DueDates.Move> moves =
        actions.stream().flatMap(a -> dues.movesIn(a.id(), a.due(), from, to).stream()).toList();
    Map<String, Long> open =
        actions.stream()
            .filter(a -> a.wasOpenOn(to))
            .collect(
                Collectors.groupingBy(
                    ActionStatistics::owner, TreeMap::new, Collectors.counting()));
    Map<String, Long> overdue =
        actions.stream()
            .filter(a -> a.isOverdueOn(to))
            .collect(
                Collectors.groupingBy(
                    ActionStatistics::owner, TreeMap::new, Collectors.counting()));
    List<String> themes = new ArrayList<>();
    List<Action> late = onTime.late().stream().map(id -> repo.action(id).orElseThrow()).toList();
    themes.addAll(
        recurring(
            "source", late.stream().filter(a -> a.source() != null).toList(), Action::source));
    themes.addAll(recurring("owner", late, ActionStatistics::owner));
    return new ActionStatistics(
        from,
        to,
        onTime,
        average,
        lateDays.size(),
        escalations,
        carried,
        moves,
        open,
        overdue,
        themes,
        dues.shallowNote(actions.stream().map(Action::id).toList()).stream().toList());
  }

  /**
   * The figures of the repository at {@code root}, with the due dates its Git history records (one
   * walk of the history).
   */
  public static ActionStatistics load(Path root, Clock clock, LocalDate from, LocalDate to) {
    IsmsRepository repo = new RepositoryLoader().loadValid(root);
    Optional<GitFacade> git = GitFacade.open(root, clock);
    try {
      return of(repo, DueDateHistory.actions(repo, git), from, to);
    } finally {
      git.ifPresent(GitFacade::close);
    }
  }

  /** Each value of the key shared by two or more late actions: "owner X: 2 actions late (...)". */
  private static List<String> recurring(
      String what, List<Action> late, java.util.function.Function<Action, String> key) {
    List<String> found = new ArrayList<>();
    late.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()))
        .forEach(
            (value, list) -> {
              if (list.size() >= 2) {
                found.add(
                    what + " " + value + ": " + list.size() + " actions late (" + ids(list) + ")");
              }
            });
    return found;
  }

  private static String owner(Action a) {
    return a.owner() == null ? "(no owner)" : a.owner();
  }

  private static String ids(List<Action> list) {
    return list.stream().map(Action::id).collect(Collectors.joining(", "));
  }

  /** The figures as lines for a terminal. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add("Actions " + (from == null ? "up to " + to : from + " to " + to));
    lines.add("  completed on time:   " + onTime.text());
    lines.add(
        "  average days late:   "
            + averageDaysLate
                .map(
                    d ->
                        String.format(
                            java.util.Locale.ROOT, "%.1f days over %d late actions", d, lateCount))
                .orElse("no late action"));
    lines.add("  escalations:         " + escalations.text());
    lines.add("  carried over:        " + carriedOver.text());
    lines.add(
        "  due dates moved:     "
            + (dueMoves.isEmpty()
                ? "none"
                : Text.count(dueMoves.size(), "time", "times")
                    + " ("
                    + Text.count(
                        (int) dueMoves.stream().map(DueDates.Move::item).distinct().count(),
                        "action",
                        "actions")
                    + "); on time is judged against the due date first agreed"));
    dueMoves.forEach(m -> lines.add("    " + m.item() + ": " + m.text()));
    lines.add("  open by owner:       " + (openByOwner.isEmpty() ? "none" : ""));
    openByOwner.forEach(
        (owner, n) ->
            lines.add(
                "    "
                    + owner
                    + ": "
                    + n
                    + " open"
                    + (overdueByOwner.containsKey(owner)
                        ? ", " + overdueByOwner.get(owner) + " overdue"
                        : "")));
    lines.add("  recurring themes:    " + (themes.isEmpty() ? "none" : ""));
    themes.forEach(t -> lines.add("    " + t));
    return lines;
  }
}
