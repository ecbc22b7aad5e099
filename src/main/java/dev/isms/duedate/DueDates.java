package dev.isms.duedate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dates each item of a register has had for one of its date fields, as the item file's Git
 * history records them: the date first agreed (that of the first commit that gave one), and every
 * move since. An action's {@code due} and a risk's {@code treatment_due} are both judged against
 * the date first agreed, so moving a date does not make a slip disappear. The same versions give
 * the day an item first took a status ({@link #firstCommittedWith}: when an action was cancelled).
 * Without history ({@link #none}) each item's date is the one its file holds now.
 */
public final class DueDates {
  /** Which date of which register, with the words a note uses for it. */
  public enum Kind {
    /** An action's {@code due}. */
    ACTION_DUE("due", "due date", "action", "on-time figures"),
    /** A risk's {@code treatment_due}. */
    RISK_TREATMENT("treatment_due", "treatment date", "risk", "the treatment table");

    private final String field;
    private final String date;
    private final String item;
    private final String figures;

    Kind(String field, String date, String item, String figures) {
      this.field = field;
      this.date = date;
      this.item = item;
      this.figures = figures;
    }

    /** The YAML key that holds the date. */
    public String field() {
      return field;
    }

    /** "due date", "treatment date". */
    public String date() {
      return date;
    }
  }

  /**
   * One committed version of an item's file: the day it was committed, its date and its {@code
   * status} (null where it has none).
   */
  public record Version(LocalDate committed, LocalDate due, String status, String commit) {}

  /**
   * A date of {@code item} moved from {@code from} to {@code to}, in the commit of day {@code on}
   * ({@code commit} and {@code on} null: in the working tree, not committed yet).
   */
  public record Move(String item, LocalDate on, LocalDate from, LocalDate to, String commit) {
    /** "2026-09-30 → 2026-10-31 (2026-10-02)". */
    public String text() {
      return from + " → " + to + (on == null ? " (not committed)" : " (" + on + ")");
    }

    /**
     * Whether the date moved had already passed when it was moved (uncommitted: on {@code now}).
     */
    public boolean afterLapse(LocalDate now) {
      return from.isBefore(on == null ? now : on);
    }
  }

  /**
   * A shallow clone's history starts on {@code historyFrom}: the items whose file the clone's
   * oldest commit already held may have had an earlier date, and earlier moves, than it shows.
   */
  public record Shallow(LocalDate historyFrom, List<String> items) {
    public Shallow {
      items = List.copyOf(items);
    }
  }

  /** No history of actions' due dates: each is the one its file holds now, and none has moved. */
  public static final DueDates NONE = none(Kind.ACTION_DUE);

  private final Kind kind;
  private final Map<String, List<Version>> versions;
  private final String unknown;
  private final Optional<Shallow> shallow;

  private DueDates(
      Kind kind, Map<String, List<Version>> versions, String unknown, Optional<Shallow> shallow) {
    this.kind = kind;
    this.versions = Map.copyOf(versions);
    this.unknown = unknown;
    this.shallow = shallow;
  }

  /** No history: every item's date is the one its file holds now, and none has moved. */
  public static DueDates none(Kind kind) {
    return new DueDates(kind, Map.of(), "not known without Git history", Optional.empty());
  }

  /**
   * The history could not be read ({@code why}: an object a partial or damaged clone lacks): as
   * {@link #none}, saying why.
   */
  public static DueDates unreadable(Kind kind, String why) {
    return new DueDates(kind, Map.of(), "not known: " + why, Optional.empty());
  }

  /** The versions of each item's file, oldest first, by item id. */
  public static DueDates of(Kind kind, Map<String, List<Version>> versions) {
    return new DueDates(kind, versions, null, Optional.empty());
  }

  /** The versions a shallow clone holds, with what it may lack. */
  public static DueDates ofShallowClone(
      Kind kind, Map<String, List<Version>> versions, Shallow shallow) {
    return new DueDates(kind, versions, null, Optional.of(shallow));
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The items among {@code ids} whose date first agreed may be older than this shallow clone's
   * history (none in a full clone), sorted.
   */
  public List<String> uncertain(Collection<String> ids) {
    return shallow
        .map(s -> ids.stream().filter(s.items()::contains).sorted().distinct().toList())
        .orElse(List.of());
  }

  /**
   * What a shallow clone leaves unsure about the items among {@code ids}: "the due dates first
   * agreed of 2 actions (ACT-1, ACT-2) are the oldest this shallow clone holds (its history starts
   * on 2026-11-02) ...", with how to fetch the rest; empty when nothing is unsure.
   */
  public Optional<String> shallowNote(Collection<String> ids) {
    List<String> unsure = uncertain(ids);
    if (unsure.isEmpty()) {
      return Optional.empty();
    }
    boolean one = unsure.size() == 1;
    List<String> shown = unsure.size() > 10 ? unsure.subList(0, 10) : unsure;
    return Optional.of(
        "the "
            + kind.date
            + (one ? "" : "s")
            + " first agreed of "
            + unsure.size()
            + " "
            + kind.item
            + (one ? "" : "s")
            + " ("
            + String.join(", ", shown)
            + (unsure.size() > shown.size()
                ? " and " + (unsure.size() - shown.size()) + " more"
                : "")
            + (one ? ") is" : ") are")
            + " only the oldest this shallow clone holds (its history starts on "
            + shallow.get().historyFrom()
            + "), so "
            + kind.figures
            + " may miss earlier moves; fetch the full history (git fetch"
            + " --unshallow; on GitHub Actions: actions/checkout with fetch-depth: 0)");
  }

  /** Whether the dates come from history (false: {@link #none} or {@link #unreadable}). */
  public boolean known() {
    return unknown == null;
  }

  /** "not known without Git history", or why the history could not be read; null when known. */
  public String unknownText() {
    return unknown;
  }

  /**
   * The date first agreed for item {@code id}: the first committed one, else {@code current}, the
   * one its file holds now.
   */
  public LocalDate firstAgreed(String id, LocalDate current) {
    return versions.getOrDefault(id, List.of()).stream()
        .map(Version::due)
        .filter(d -> d != null)
        .findFirst()
        .orElse(current);
  }

  /** The date first agreed, when it differs from {@code current}: the date moved since. */
  public Optional<LocalDate> firstAgreedIfMoved(String id, LocalDate current) {
    return Optional.ofNullable(firstAgreed(id, current)).filter(d -> !d.equals(current));
  }

  /**
   * " (first agreed 2026-06-30)" to follow a date that moved since it was first agreed, as every
   * table and decision prints it beside the date in force; "" when it did not move.
   */
  public String firstAgreedNote(String id, LocalDate current) {
    return firstAgreedIfMoved(id, current).map(d -> " (first agreed " + d + ")").orElse("");
  }

  /**
   * The date in force on a day: that of the newest version committed on or before it; before the
   * first commit the date first agreed; without history {@code current}, the one the file holds.
   */
  public LocalDate dueOn(String id, LocalDate current, LocalDate day) {
    List<Version> list = versions.getOrDefault(id, List.of());
    if (list.isEmpty()) {
      return current;
    }
    Optional<LocalDate> inForce = Optional.empty();
    for (Version v : list) {
      if (v.committed() != null && !v.committed().isAfter(day) && v.due() != null) {
        inForce = Optional.of(v.due());
      }
    }
    return inForce.orElse(firstAgreed(id, current));
  }

  /**
   * Every move of item {@code id}'s date, oldest first; a difference between the last commit and
   * {@code current}, the one its file holds now, counts last.
   */
  public List<Move> moves(String id, LocalDate current) {
    List<Move> moves = new ArrayList<>();
    LocalDate last = null;
    for (Version v : versions.getOrDefault(id, List.of())) {
      if (v.due() == null) {
        continue;
      }
      if (last != null && !last.equals(v.due())) {
        moves.add(new Move(id, v.committed(), last, v.due(), v.commit()));
      }
      last = v.due();
    }
    if (last != null && current != null && !last.equals(current)) {
      moves.add(new Move(id, null, last, current, null));
    }
    return moves;
  }

  /**
   * The day item {@code id} was first committed with {@code status} (an action's cancellation day:
   * the author day of the commit that first set {@code status: cancelled}); empty without history
   * or when no commit has it yet.
   */
  public Optional<LocalDate> firstCommittedWith(String id, String status) {
    return versions.getOrDefault(id, List.of()).stream()
        .filter(v -> status.equals(v.status()) && v.committed() != null)
        .map(Version::committed)
        .findFirst();
  }

  /** The moves made in a window (uncommitted ones count as made on its last day). */
  public List<Move> movesIn(String id, LocalDate current, LocalDate from, LocalDate to) {
    return moves(id, current).stream()
        .filter(
            m ->
                m.on() == null || (!m.on().isAfter(to) && (from == null || !m.on().isBefore(from))))
        .toList();
  }
}
