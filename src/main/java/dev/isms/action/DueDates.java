package dev.isms.action;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The due dates each action has had, as its file's Git history records them: the date first agreed
 * (the {@code due} of the first commit that gave one), and every move since. On-time figures are
 * judged against the date first agreed, so moving a due date does not make a slip disappear.
 * Without history ({@link #NONE}) each action's due date is the one its file holds now.
 */
public final class DueDates {
  /** One committed version of an action's file: the day it was committed and its due date. */
  public record Version(LocalDate committed, LocalDate due, String commit) {}

  /**
   * A due date moved from {@code from} to {@code to}, in the commit of that day ({@code commit} and
   * {@code on} null: in the working tree, not committed yet).
   */
  public record Move(String action, LocalDate on, LocalDate from, LocalDate to, String commit) {
    /** "2026-09-30 → 2026-10-31 (2026-10-02, abc1234)". */
    public String text() {
      return from + " → " + to + (on == null ? " (not committed)" : " (" + on + ")");
    }
  }

  /**
   * A shallow clone's history starts on {@code historyFrom}: the actions whose file the clone's
   * oldest commit already held may have had an earlier due date, and earlier moves, than it shows.
   */
  public record Shallow(LocalDate historyFrom, List<String> actions) {
    public Shallow {
      actions = List.copyOf(actions);
    }
  }

  /** No history: every action's due date is the one its file holds now, and none has moved. */
  public static final DueDates NONE = new DueDates(Map.of(), false, Optional.empty());

  private final Map<String, List<Version>> versions;
  private final boolean known;
  private final Optional<Shallow> shallow;

  private DueDates(Map<String, List<Version>> versions, boolean known, Optional<Shallow> shallow) {
    this.versions = Map.copyOf(versions);
    this.known = known;
    this.shallow = shallow;
  }

  /** The versions of each action's file, oldest first, by action id. */
  public static DueDates of(Map<String, List<Version>> versions) {
    return new DueDates(versions, true, Optional.empty());
  }

  /** The versions a shallow clone holds, with what it may lack. */
  public static DueDates ofShallowClone(Map<String, List<Version>> versions, Shallow shallow) {
    return new DueDates(versions, true, Optional.of(shallow));
  }

  /**
   * The actions among {@code ids} whose due date first agreed may be older than this shallow
   * clone's history (none in a full clone), sorted.
   */
  public List<String> uncertain(Collection<String> ids) {
    return shallow
        .map(s -> ids.stream().filter(s.actions()::contains).sorted().distinct().toList())
        .orElse(List.of());
  }

  /**
   * What a shallow clone leaves unsure about the actions among {@code ids}: "the due dates first
   * agreed of 2 actions (ACT-1, ACT-2) are the oldest this shallow clone holds (its history starts
   * on 2026-11-02) ...", with how to fetch the rest; empty when nothing is unsure.
   */
  public Optional<String> shallowNote(Collection<String> ids) {
    List<String> unsure = uncertain(ids);
    if (unsure.isEmpty()) {
      return Optional.empty();
    }
    List<String> shown = unsure.size() > 10 ? unsure.subList(0, 10) : unsure;
    return Optional.of(
        "the due date"
            + (unsure.size() == 1 ? "" : "s")
            + " first agreed of "
            + unsure.size()
            + (unsure.size() == 1 ? " action (" : " actions (")
            + String.join(", ", shown)
            + (unsure.size() > shown.size()
                ? " and " + (unsure.size() - shown.size()) + " more"
                : "")
            + (unsure.size() == 1 ? ") is" : ") are")
            + " only the oldest this shallow clone holds (its history starts on "
            + shallow.get().historyFrom()
            + "), so on-time figures may miss earlier moves; fetch the full history (git fetch"
            + " --unshallow; on GitHub Actions: actions/checkout with fetch-depth: 0)");
  }

  /** Whether the dates come from history (false: {@link #NONE}). */
  public boolean known() {
    return known;
  }

  /** The due date first agreed: the first committed one, else the one the file holds now. */
  public LocalDate firstAgreed(Action a) {
    return versions.getOrDefault(a.id(), List.of()).stream()
        .map(Version::due)
        .filter(d -> d != null)
        .findFirst()
        .orElse(a.due());
  }

  /**
   * The due date in force on a day: that of the newest version committed on or before it; before
   * the first commit the date first agreed; without history the one the file holds now.
   */
  public LocalDate dueOn(Action a, LocalDate day) {
    List<Version> list = versions.getOrDefault(a.id(), List.of());
    if (list.isEmpty()) {
      return a.due();
    }
    Optional<LocalDate> inForce = Optional.empty();
    for (Version v : list) {
      if (v.committed() != null && !v.committed().isAfter(day) && v.due() != null) {
        inForce = Optional.of(v.due());
      }
    }
    return inForce.orElse(firstAgreed(a));
  }

  /** Every move of the action's due date, oldest first; the working tree's counts last. */
  public List<Move> moves(Action a) {
    List<Move> moves = new ArrayList<>();
    LocalDate last = null;
    for (Version v : versions.getOrDefault(a.id(), List.of())) {
      if (v.due() == null) {
        continue;
      }
      if (last != null && !last.equals(v.due())) {
        moves.add(new Move(a.id(), v.committed(), last, v.due(), v.commit()));
      }
      last = v.due();
    }
    if (last != null && a.due() != null && !last.equals(a.due())) {
      moves.add(new Move(a.id(), null, last, a.due(), null));
    }
    return moves;
  }

  /** The moves made in a window (uncommitted ones count as made on its last day). */
  public List<Move> movesIn(Action a, LocalDate from, LocalDate to) {
    return moves(a).stream()
        .filter(
            m ->
                m.on() == null || (!m.on().isAfter(to) && (from == null || !m.on().isBefore(from))))
        .toList();
  }
}
