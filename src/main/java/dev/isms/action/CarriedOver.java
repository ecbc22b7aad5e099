package dev.isms.action;

import dev.isms.review.model.Review;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The actions carried over among a set ({@link CarryOver#carried}: a fact of their history), with
 * those a held review has re-planned since ({@link CarryOver#replannedAt}) and those that still
 * await a decision ({@link CarryOver#awaitsDecision}, as {@code isms check} and the pack's
 * decisions judge it). Saying both keeps a count of carried-over actions from contradicting a check
 * that reports none.
 *
 * @param carried each carried-over action's count, by id
 */
public record CarriedOver(Map<String, CarryOver> carried) {
  public CarriedOver {
    carried = new TreeMap<>(carried);
    carried.values().removeIf(c -> !c.carried());
    carried = java.util.Collections.unmodifiableMap(carried);
  }

  public List<String> ids() {
    return List.copyOf(carried.keySet());
  }

  /** The carried-over actions no held review has re-planned since, by id. */
  public List<String> awaitingDecision() {
    return carried.entrySet().stream()
        .filter(e -> e.getValue().awaitsDecision())
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * "none", or "3 (ACT-1, ACT-2, ACT-3), all 3 re-planned at review 2026-annual; awaiting a
   * decision: none", or "2 (ACT-1, ACT-2), 1 re-planned since (ACT-1 at review 2026-Q3); awaiting a
   * decision: ACT-2".
   */
  public String text() {
    if (carried.isEmpty()) {
      return "none";
    }
    // the reviews in the order they met, each with the actions it re-planned
    Map<Review, List<String>> byReview = new TreeMap<>(Review.BY_DATE);
    carried.forEach(
        (id, c) ->
            c.replannedAt()
                .ifPresent(r -> byReview.computeIfAbsent(r, k -> new ArrayList<>()).add(id)));
    int replanned = byReview.values().stream().mapToInt(List::size).sum();
    String since;
    if (replanned == 0) {
      since = "none re-planned since by a held review";
    } else if (replanned == carried.size() && byReview.size() == 1) {
      since =
          (replanned == 1 ? "" : "all " + replanned + " ")
              + "re-planned at review "
              + byReview.keySet().iterator().next().id();
    } else {
      since =
          (replanned == carried.size() ? "all " : "")
              + replanned
              + " re-planned since ("
              + byReview.entrySet().stream()
                  .map(e -> String.join(", ", e.getValue()) + " at review " + e.getKey().id())
                  .collect(Collectors.joining("; "))
              + ")";
    }
    List<String> awaiting = awaitingDecision();
    return carried.size()
        + " ("
        + String.join(", ", carried.keySet())
        + "), "
        + since
        + "; awaiting a decision: "
        + (awaiting.isEmpty() ? "none" : String.join(", ", awaiting));
  }
}
