package dev.isms.demo;

import dev.isms.action.Action;
import dev.isms.change.Change;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.supplier.Supplier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Replays the example as the history it describes: each file is committed on the day its own dates
 * say it last changed (a risk when last assessed, an action when completed or escalated, minutes a
 * few days after the meeting), and the earlier versions kept beside the example on the days they
 * were current. Items with no date of their own arrive with the first commit.
 */
public final class Timeline {
  /** Minutes are typically committed a few days after the meeting. */
  static final int MINUTES_AFTER_DAYS = 3;

  /** A generated agenda or pack is committed a week before the meeting. */
  static final int PRE_READ_DAYS = 7;

  /** KPI figures are collected in the week after a period closes. */
  static final int KPI_COLLECTION_DAYS = 7;

  private Timeline() {}

  public static List<TimelineCommit> build(
      IsmsRepository example, ExampleBundle bundle, LocalDate asOf) {
    Map<String, LocalDate> finalDates = new TreeMap<>();
    Map<String, byte[]> current = bundle.current();
    for (String path : current.keySet()) {
      finalDates.put(path, dateOf(example, path).orElse(null));
    }
    LocalDate start =
        Stream.concat(
                finalDates.values().stream().filter(Objects::nonNull),
                bundle.history().keySet().stream().map(Timeline::historyDate))
            .min(Comparator.naturalOrder())
            .orElse(asOf)
            .minusDays(1);

    // date -> path -> bytes, every version of every file
    Map<LocalDate, Map<String, byte[]>> byDay = new TreeMap<>();
    Map<String, LocalDate> lastHistory = new TreeMap<>();
    for (Map.Entry<String, byte[]> h : bundle.history().entrySet()) {
      LocalDate day = clamp(historyDate(h.getKey()), start, asOf);
      String path = h.getKey().substring(h.getKey().indexOf('/') + 1);
      byDay.computeIfAbsent(day, d -> new TreeMap<>()).put(path, h.getValue());
      lastHistory.merge(path, day, (a, b) -> a.isAfter(b) ? a : b);
    }
    for (Map.Entry<String, byte[]> f : current.entrySet()) {
      String path = f.getKey();
      LocalDate previous = lastHistory.get(path);
      if (previous != null && Arrays.equals(byDay.get(previous).get(path), f.getValue())) {
        // a change no field dates (a cancellation, an objective's status, progress notes) is
        // kept as an earlier version on its day; that version is already the final one
        continue;
      }
      LocalDate day = finalDates.get(path) == null ? start : finalDates.get(path);
      if (previous != null && !day.isAfter(previous)) {
        day = previous.plusDays(1);
      }
      byDay.computeIfAbsent(clamp(day, start, asOf), d -> new TreeMap<>()).put(path, f.getValue());
    }

    List<TimelineCommit> commits = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Map.Entry<LocalDate, Map<String, byte[]>> day : byDay.entrySet()) {
      String message = message(day.getKey(), day.getValue().keySet(), seen, start);
      seen.addAll(day.getValue().keySet());
      commits.add(new TimelineCommit(day.getKey(), message, new LinkedHashMap<>(day.getValue())));
    }
    return commits;
  }

  private static LocalDate historyDate(String historyPath) {
    return LocalDate.parse(historyPath.substring(0, historyPath.indexOf('/')));
  }

  private static LocalDate clamp(LocalDate day, LocalDate start, LocalDate end) {
    return day.isBefore(start) ? start : day.isAfter(end) ? end : day;
  }

  /** The day a file's current version was written, from the item's own dates. */
  static java.util.Optional<LocalDate> dateOf(IsmsRepository repo, String path) {
    String[] parts = path.split("/");
    if (parts.length == 3 && parts[0].equals("reviews")) {
      return repo.review(parts[1]).map(r -> reviewFileDate(r, parts[2]));
    }
    if (parts.length != 2 || !parts[1].endsWith(".yaml")) {
      return java.util.Optional.empty();
    }
    String id = parts[1].substring(0, parts[1].length() - ".yaml".length());
    return switch (parts[0]) {
      case "risks" -> repo.risk(id).map(r -> latest(r.identified(), r.assessed(), r.closed()));
      case "actions" -> repo.action(id).map(Timeline::actionDate);
      case "findings" -> repo.finding(id).map(f -> latest(f.raised(), f.closed()));
      case "incidents" -> repo.incident(id).map(Timeline::incidentDate);
      case "audits" ->
          repo.audits().stream().filter(a -> a.id().equals(id)).findFirst().map(a -> a.lastDay());
      case "suppliers" ->
          repo.suppliers().stream()
              .filter(s -> s.id().equals(id))
              .findFirst()
              .map(Supplier::lastReviewed);
      case "changes" ->
          repo.changes().stream().filter(c -> c.id().equals(id)).findFirst().map(Change::date);
      case "kpis" ->
          repo.kpis().stream()
              .filter(k -> k.id().equals(id))
              .findFirst()
              .flatMap(Timeline::kpiDate);
      default -> java.util.Optional.empty();
    };
  }

  private static LocalDate reviewFileDate(Review review, String file) {
    return switch (file) {
      case "agenda.md", "pack.md", "pack.html" -> review.date().minusDays(PRE_READ_DAYS);
      case "minutes.md" -> review.date().plusDays(MINUTES_AFTER_DAYS);
      default ->
          review.approvedOn() != null
              ? review.approvedOn()
              : review.wasHeld() ? review.date().plusDays(MINUTES_AFTER_DAYS) : review.date();
    };
  }

  /** Raised, completed, or the last escalation or blocker recorded in its own lists. */
  private static LocalDate actionDate(Action action) {
    return Stream.concat(
            Stream.of(action.raised(), action.completedOn()),
            Stream.concat(
                action.escalations().stream().map(Action.Escalation::on),
                action.blockers().stream().map(Action.Blocker::on)))
        .filter(Objects::nonNull)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private static LocalDate incidentDate(Incident incident) {
    return (incident.resolved() != null ? incident.resolved() : incident.opened()).toLocalDate();
  }

  private static java.util.Optional<LocalDate> kpiDate(Kpi kpi) {
    return kpi.latest().map(m -> periodEnd(m.period()).plusDays(KPI_COLLECTION_DAYS));
  }

  /** Last day of 2026-Q3, 2026-09, 2026-H2 or 2026. */
  static LocalDate periodEnd(String period) {
    int year = Integer.parseInt(period.substring(0, 4));
    if (period.length() == 4) {
      return LocalDate.of(year, 12, 31);
    }
    String rest = period.substring(5);
    if (rest.startsWith("Q")) {
      return YearMonth.of(year, Integer.parseInt(rest.substring(1)) * 3).atEndOfMonth();
    }
    if (rest.startsWith("H")) {
      return YearMonth.of(year, Integer.parseInt(rest.substring(1)) * 6).atEndOfMonth();
    }
    return YearMonth.of(year, Integer.parseInt(rest)).atEndOfMonth();
  }

  private static LocalDate latest(LocalDate... days) {
    return Stream.of(days).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
  }

  private static String message(
      LocalDate day, Set<String> paths, Set<String> seen, LocalDate start) {
    if (day.equals(start) && paths.contains("isms.yaml")) {
      return "isms: set up the ISMS repository";
    }
    Map<String, List<String>> added = new TreeMap<>();
    Map<String, List<String>> updated = new TreeMap<>();
    for (String path : paths) {
      String[] parts = path.split("/");
      String group = parts.length > 1 ? parts[0] : "settings";
      String name =
          parts.length == 3
              ? parts[1] + " " + parts[2].replace(".md", "").replace(".yaml", "")
              : parts[parts.length - 1].replace(".yaml", "");
      (seen.contains(path) ? updated : added)
          .computeIfAbsent(group, g -> new ArrayList<>())
          .add(name);
    }
    List<String> parts = new ArrayList<>();
    added.forEach((g, names) -> parts.add("add " + g + " " + String.join(", ", names)));
    updated.forEach((g, names) -> parts.add("update " + g + " " + String.join(", ", names)));
    return String.join("; ", parts);
  }
}
