package dev.isms.review;

import dev.isms.IsmsException;
import dev.isms.action.Action;
import dev.isms.audit.Audit;
import dev.isms.change.Change;
import dev.isms.config.ReviewType;
import dev.isms.finding.Finding;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.objective.Objective;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.store.IsmsRepository;
import dev.isms.store.ItemIds;
import dev.isms.supplier.Supplier;
import dev.isms.validation.FileKind;
import dev.isms.validation.IdNamespace;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Review ids: the default that sorts and reads well, and the checks a new id must pass. An id is a
 * folder name under reviews/, so it must be a safe path segment; ids are unique across registers,
 * ignoring case, as the loader requires.
 */
final class ReviewIds {
  private ReviewIds() {}

  /**
   * {@code 2026-Q4} for a quarterly cadence, {@code 2026-annual} for a yearly one, and {@code
   * 2026-11-23-adhoc} or {@code 2027-01-20-pre-audit} for the rest: the year leads, so folder
   * listings sort by date.
   */
  static String defaultId(String typeName, ReviewType type, LocalDate date) {
    if (type.every() != null && type.every().getDays() == 0) {
      long months = type.every().toTotalMonths();
      if (months == 3) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      }
      if (months == 12) {
        return date.getYear() + "-" + slug(typeName);
      }
    }
    return date + "-" + slug(typeName);
  }

  /** The type name as an id part; "ad-hoc" is written "adhoc", as review procedures do. */
  static String slug(String typeName) {
    String s = typeName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.equals("ad-hoc") ? "adhoc" : s.isEmpty() ? "review" : s;
  }

  /** Refuses an id that is no safe folder name: no `/`, no `..`, no control characters. */
  static void requireSafe(String id) {
    if (!IdNamespace.SAFE_ID.matcher(id).matches() || id.contains("..")) {
      throw IsmsException.input(
          "`"
              + printable(id)
              + "` cannot be a review id: it names the folder reviews/<ID>/, so use letters,"
              + " digits, `.`, `_` and `-`, start with a letter or digit, no `..`, at most 64"
              + " characters (e.g. --id 2026-Q4)");
    }
    ItemIds.windowsProblem(id)
        .ifPresent(
            why -> {
              throw IsmsException.input(
                  "`" + id + "` cannot be a review id: it " + why + " (e.g. --id 2026-Q4)");
            });
  }

  /** Refuses an id that a review or any other item already has, and suggests a free one. */
  static void requireFree(IsmsRepository repo, String id, String typeName, LocalDate date) {
    Map<String, String> taken = takenIds(repo);
    String owner = taken.get(id.toLowerCase(Locale.ROOT));
    if (owner == null) {
      return;
    }
    String suggestion = freeId(taken, date + "-" + slug(typeName));
    Optional<Review> review = repo.review(id);
    String what =
        review
            .map(
                r ->
                    "review `"
                        + r.id()
                        + "` exists already ("
                        + owner
                        + ", "
                        + r.type()
                        + ", "
                        + r.status()
                        + " for "
                        + r.date()
                        + ")")
            .orElse(
                "the id `"
                    + id
                    + "` is taken by "
                    + owner
                    + " (ids are unique across registers, ignoring case)");
    throw IsmsException.input(
        what + "; pass --id to scaffold another review, e.g. --id " + suggestion);
  }

  private static String freeId(Map<String, String> taken, String base) {
    String candidate = base;
    for (int n = 2; taken.containsKey(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }

  /** Lower-cased id to the file that holds it. */
  private static Map<String, String> takenIds(IsmsRepository repo) {
    Map<String, String> taken = new HashMap<>();
    add(taken, FileKind.KPI, repo.kpis(), Kpi::id);
    add(taken, FileKind.OBJECTIVE, repo.objectives(), Objective::id);
    add(taken, FileKind.RISK, repo.risks(), Risk::id);
    add(taken, FileKind.ACTION, repo.actions(), Action::id);
    add(taken, FileKind.FINDING, repo.findings(), Finding::id);
    add(taken, FileKind.INCIDENT, repo.incidents(), Incident::id);
    add(taken, FileKind.CHANGE, repo.changes(), Change::id);
    add(taken, FileKind.AUDIT, repo.audits(), Audit::id);
    add(taken, FileKind.SUPPLIER, repo.suppliers(), Supplier::id);
    add(taken, FileKind.REVIEW, repo.reviews(), Review::id);
    return taken;
  }

  private static <T> void add(
      Map<String, String> taken, FileKind kind, List<T> items, Function<T, String> id) {
    for (T item : items) {
      String i = id.apply(item);
      if (i != null) {
        taken.putIfAbsent(i.toLowerCase(Locale.ROOT), IsmsRepository.pathOf(kind, i));
      }
    }
  }

  /** The id with control characters shown as escapes, so the error message stays one line. */
  private static String printable(String id) {
    StringBuilder out = new StringBuilder();
    id.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
