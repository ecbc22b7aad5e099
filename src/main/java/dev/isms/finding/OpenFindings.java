package dev.isms.finding;

import dev.isms.action.Action;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Open findings as they are put before an audit, by the agenda and the pack alike: major
 * nonconformities, minor ones, observations, opportunities, then oldest first; each with its
 * corrective actions and their status.
 */
public final class OpenFindings {
  private static final List<String> KINDS =
      List.of("major-nc", "minor-nc", "observation", "opportunity");

  public static final Comparator<Finding> NONCONFORMITIES_FIRST =
      Comparator.comparing((Finding f) -> rank(f.kind()))
          .thenComparing(Finding::raised, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(Finding::id);

  private OpenFindings() {}

  private static int rank(String kind) {
    int i = KINDS.indexOf(kind);
    return i < 0 ? KINDS.size() : i;
  }

  /** "ACT-2026-004 (in-progress), ACT-2026-005 (completed)", or "none". */
  public static String correctiveActions(Finding f, Function<String, Optional<Action>> actions) {
    if (f.correctiveActions().isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (String id : f.correctiveActions()) {
      parts.add(actions.apply(id).map(a -> id + " (" + a.status() + ")").orElse(id));
    }
    return String.join(", ", parts);
  }
}
