package dev.isms.pack;

import dev.isms.config.Policy;
import dev.isms.duedate.DueDates;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.risk.RiskLevel;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 9.3.2 f): the risk register now (counts by level, heat map, treatment status with overdue
 * treatments and risks above appetite), every move of a standing risk's treatment date, and the
 * register's delta since the previous review from Git history.
 */
final class RiskSection {
  record LevelCount(String level, String square, long count, long inherent) {}

  record TreatmentRow(
      String id,
      String title,
      String owner,
      String score,
      String level,
      String treatment,
      String status,
      String residual,
      String due,
      boolean overdue,
      String overdueBy,
      boolean aboveAppetite) {}

  record AddedRow(
      String id, String title, String score, String owner, String treatment, String status) {}

  record ClosedRow(String id, String title, String how) {}

  record ChangeRow(String id, String title, String field, String before, String after) {}

  /** A treatment date moved: when, how long after it had lapsed, and at which held review. */
  record MoveRow(String id, String from, String to, String on, String lapse, String where) {}

  private static final Comparator<Risk> BY_SCORE =
      Comparator.comparingInt(Risk::score).reversed().thenComparing(Risk::id);

  private final PackContext ctx;
  private final RiskBaseline.Result baseline;
  private final int appetite;
  private final ZoneId zone;

  RiskSection(PackContext ctx, RiskBaseline.Result baseline, int appetite, ZoneId zone) {
    this.ctx = ctx;
    this.baseline = baseline;
    this.appetite = appetite;
    this.zone = zone;
  }

  /** Every risk that is not closed: open, treated or accepted. */
  List<Risk> standing() {
    return ctx.repo().risks().stream()
        .filter(r -> !"closed".equals(r.status()))
        .sorted(BY_SCORE)
        .toList();
  }

  List<Risk> overdue() {
    return standing().stream().filter(this::isOverdue).toList();
  }

  private boolean isOverdue(Risk r) {
    return r.isOpen() && r.treatmentDue() != null && r.treatmentDue().isBefore(ctx.asOf());
  }

  /** Where the counts and the heat map place a risk: at its residual once treated. */
  static Heatmap.Position standsAt(Risk r) {
    return r.residualApplies()
        ? new Heatmap.Position(r.residual().likelihood(), r.residual().impact())
        : new Heatmap.Position(r.likelihood(), r.impact());
  }

  /** Above appetite and not accepted by management. */
  List<Risk> aboveAppetite() {
    return standing().stream().filter(r -> r.isAboveAppetite(appetite)).toList();
  }

  RiskDelta delta() {
    RiskDelta delta = RiskDelta.between(baseline.risks(), ctx.repo().risks());
    // a risk whose old file cannot be read is not new; leave it out rather than guess
    List<Risk> added =
        delta.added().stream().filter(r -> !baseline.unreadableIds().contains(r.id())).toList();
    return new RiskDelta(added, delta.closed(), delta.changed());
  }

  Map<String, Object> view() {
    List<Risk> standing = standing();
    List<LevelCount> levels = new ArrayList<>();
    for (RiskLevel level :
        List.of(RiskLevel.CRITICAL, RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW)) {
      levels.add(
          new LevelCount(
              level.label(),
              Heatmap.square(level),
              standing.stream().filter(r -> RiskLevel.of(r.standingScore()) == level).count(),
              standing.stream().filter(r -> r.level() == level).count()));
    }
    boolean both = ctx.repo().config().policy().showsBothRiskScores();
    List<TreatmentRow> treatments = new ArrayList<>();
    List<Risk> above = aboveAppetite();
    Set<String> aboveIds = new HashSet<>();
    above.forEach(r -> aboveIds.add(r.id()));
    for (Risk r : standing) {
      boolean overdue = isOverdue(r);
      treatments.add(
          new TreatmentRow(
              r.id(),
              r.title(),
              r.owner(),
              r.score() + " (" + r.likelihood() + "×" + r.impact() + ")",
              level(r, both),
              r.treatment(),
              r.status(),
              r.residual() == null
                  ? Text.NONE
                  : r.residual().score()
                      + " ("
                      + r.residual().likelihood()
                      + "×"
                      + r.residual().impact()
                      + ")",
              due(r),
              overdue,
              overdue ? Text.days(ChronoUnit.DAYS.between(r.treatmentDue(), ctx.asOf())) : "",
              aboveIds.contains(r.id())));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("levels", levels);
    view.put("standing", String.valueOf(standing.size()));
    view.put("closed", String.valueOf(ctx.repo().risks().size() - standing.size()));
    view.put("heatmap", Heatmap.rows(standing, RiskSection::standsAt));
    view.put("bothScores", both);
    view.put("inherentHeatmap", both ? Heatmap.rows(standing) : List.of());
    view.put(
        "residualCount", String.valueOf(standing.stream().filter(Risk::residualApplies).count()));
    view.put("legend", Heatmap.LEGEND);
    view.put("treatments", treatments);
    view.put("hasTreatments", !treatments.isEmpty());
    view.put("appetite", String.valueOf(appetite));
    view.put("appetiteSource", appetiteSource());
    view.put("overdue", overdue().stream().map(Risk::id).toList());
    view.put("overdueText", Text.ids(overdue().stream().map(Risk::id).toList()));
    view.put("aboveText", Text.ids(above.stream().map(Risk::id).toList()));
    view.put("delta", deltaView());
    view.put("treatmentMoves", movesView());
    return view;
  }

  /** The treatment date, with the one first agreed beside it when it moved since. */
  private String due(Risk r) {
    return Text.date(r.treatmentDue()) + dates().firstAgreedNote(r.id(), r.treatmentDue());
  }

  private DueDates dates() {
    return ctx.treatmentDates();
  }

  /**
   * Every move of a standing risk's treatment date the history records, by risk, oldest first: all
   * of them, not only those in the period covered, since a date moved before it stays moved.
   */
  private List<DueDates.Move> moves() {
    return standing().stream()
        .sorted(Comparator.comparing(Risk::id))
        .flatMap(r -> dates().moves(r.id(), r.treatmentDue()).stream())
        .toList();
  }

  /** The held review a move was made at ({@link Review#decidedOn}), else none. */
  private Optional<Review> heldAt(DueDates.Move m) {
    if (m.on() == null) {
      return Optional.empty();
    }
    return Review.decidedAt(ctx.repo().reviews(), m.on());
  }

  /** "77 days after it had lapsed", "14 days before it fell due", "on the day it fell due". */
  private String lapse(DueDates.Move m) {
    LocalDate on = m.on() == null ? ctx.asOf() : m.on();
    long days = ChronoUnit.DAYS.between(m.from(), on);
    if (days == 0) {
      return "on the day it fell due";
    }
    return days > 0
        ? Text.days(days) + " after it had lapsed"
        : Text.days(-days) + " before it fell due";
  }

  private String where(DueDates.Move m) {
    if (m.on() == null) {
      return "not committed yet";
    }
    return heldAt(m)
        .map(rv -> "at review " + rv.id() + " (held " + rv.date() + ")")
        .orElse("outside a held review");
  }

  /**
   * A move management has not decided: made after the date had lapsed, outside a held review, in
   * the period covered (or not committed yet). Earlier ones were put to the review that followed.
   */
  private boolean undecided(DueDates.Move m) {
    return m.afterLapse(ctx.asOf())
        && heldAt(m).isEmpty()
        && (m.on() == null || ctx.inPeriod(m.on()));
  }

  private Map<String, Object> movesView() {
    Map<String, Object> view = new LinkedHashMap<>();
    List<MoveRow> rows = new ArrayList<>();
    for (DueDates.Move m : moves()) {
      rows.add(
          new MoveRow(
              m.item(),
              m.from().toString(),
              m.to().toString(),
              m.on() == null ? Text.NONE : m.on().toString(),
              lapse(m),
              where(m)));
    }
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put(
        "text",
        dates().known()
            ? "No standing risk's treatment date has moved since it was first committed."
            : "Treatment dates moved: "
                + dates().unknownText()
                + "; the Treatment due column"
                + " shows the dates as the files hold them.");
    return view;
  }

  /**
   * "Changes since the previous review 2026-Q3 (2026-09-15).", or for a review covering a year or a
   * period what it is compared with: "Changes since review 2025-annual (2025-12-02), the last held
   * before 2026.", "Changes since the start of 2026 (no review was held before it)."
   */
  private String deltaHeading() {
    if (!ctx.coverage().sinceLastHeld()) {
      return "Changes since " + ctx.coverage().comparedWith().orElseThrow() + ".";
    }
    return "Changes since the previous review"
        + (baseline.available()
            ? ctx.previous().map(p -> " " + p.id() + " (" + p.date() + ")").orElse("")
            : "")
        + ".";
  }

  /** Which register the delta starts from: the commit, and the day it was the last of. */
  private String registerText() {
    String commit =
        "commit "
            + baseline.commitId().substring(0, 12)
            + " of "
            + LocalDate.ofInstant(baseline.commitTime(), zone);
    LocalDate day = ctx.coverage().comparedOn().orElseThrow();
    String when =
        ctx.coverage().sinceLastHeld()
            ? "then (" + commit + ", the last at or before the end of that day)"
            : "at the end of "
                + day
                + (ctx.previous().isPresent() ? ", the day of that review" : "")
                + " ("
                + commit
                + ", the last at or before then)";
    return "The register as committed " + when + ", compared with the working tree now.";
  }

  /**
   * The level a risk stands at, as the counts place it: a treated risk's residual level, marked so
   * (with its inherent level beside it where the procedure asks for both scores).
   */
  private static String level(Risk r, boolean both) {
    if (!r.residualApplies()) {
      return r.level().label();
    }
    return RiskLevel.of(r.residual().score()).label()
        + " (residual"
        + (both ? "; inherent " + r.level().label() : "")
        + ")";
  }

  /** Where the appetite comes from: isms.yaml, or the isms default. */
  private String appetiteSource() {
    return ctx.repo().config().policy().source(Policy.Key.RISK_APPETITE);
  }

  private Map<String, Object> deltaView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("available", baseline.available());
    view.put("explanation", baseline.explanation());
    view.put("command", baseline.command());
    view.put("hasCommand", !baseline.command().isEmpty());
    view.put("heading", deltaHeading());
    view.put("register", baseline.available() ? registerText() : "");
    view.put("unreadable", baseline.unreadable());
    view.put("hasUnreadable", !baseline.unreadable().isEmpty());
    List<AddedRow> added = new ArrayList<>();
    List<ClosedRow> closed = new ArrayList<>();
    List<ChangeRow> changed = new ArrayList<>();
    if (baseline.available()) {
      RiskDelta delta = delta();
      for (Risk r : delta.added()) {
        added.add(
            new AddedRow(
                r.id(), r.title(), RiskDelta.score(r), r.owner(), r.treatment(), r.status()));
      }
      for (RiskDelta.Closed c : delta.closed()) {
        closed.add(
            new ClosedRow(
                c.before().id(),
                c.before().title(),
                c.removed()
                    ? "file removed (was "
                        + c.before().status()
                        + ", score "
                        + c.before().score()
                        + ")"
                    : "status closed"
                        + (c.after().closed() == null ? "" : " on " + c.after().closed())
                        + " (was "
                        + c.before().status()
                        + ", score "
                        + c.before().score()
                        + ")"));
      }
      String last = null;
      for (RiskDelta.FieldChange f : delta.changed()) {
        boolean first = !f.riskId().equals(last);
        changed.add(
            new ChangeRow(
                first ? f.riskId() : "", first ? f.title() : "", f.field(), f.before(), f.after()));
        last = f.riskId();
      }
    }
    view.put("added", added);
    view.put("hasAdded", !added.isEmpty());
    view.put("closedRisks", closed);
    view.put("hasClosed", !closed.isEmpty());
    view.put("changed", changed);
    view.put("hasChanged", !changed.isEmpty());
    view.put(
        "unchanged",
        baseline.available() && added.isEmpty() && closed.isEmpty() && changed.isEmpty());
    return view;
  }

  List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    for (Risk r : overdue()) {
      decisions.add(
          new Decision(
              r.id()
                  + " ("
                  + r.title()
                  + "): treatment overdue by "
                  + Text.days(ChronoUnit.DAYS.between(r.treatmentDue(), ctx.asOf()))
                  + " (due "
                  + r.treatmentDue()
                  + dates()
                      .firstAgreedIfMoved(r.id(), r.treatmentDue())
                      .map(d -> ", first agreed " + d)
                      .orElse("")
                  + ", owner "
                  + r.owner()
                  + "): set a new date with resources, or"
                  + " accept the risk.",
              "risks"));
    }
    Set<String> asked = new HashSet<>();
    overdue().forEach(r -> asked.add(r.id())); // an overdue treatment asks for a new date already
    for (Risk r : standing().stream().sorted(Comparator.comparing(Risk::id)).toList()) {
      Optional<DueDates.Move> last =
          dates().moves(r.id(), r.treatmentDue()).stream()
              .filter(this::undecided)
              .reduce((a, b) -> b);
      if (last.isEmpty() || !asked.add(r.id())) {
        continue;
      }
      DueDates.Move m = last.get();
      decisions.add(
          new Decision(
              r.id()
                  + " ("
                  + r.title()
                  + "): treatment date moved from "
                  + m.from()
                  + " to "
                  + m.to()
                  + (m.on() == null ? " (not committed yet)" : " on " + m.on())
                  + ", "
                  + lapse(m)
                  + ", outside a held review (owner "
                  + r.owner()
                  + "): confirm the new date with the resources it needs, or accept the risk.",
              "risks"));
    }
    for (Risk r : aboveAppetite()) {
      if (asked.contains(r.id())) {
        continue; // already asked above
      }
      int score = r.standingScore();
      decisions.add(
          new Decision(
              r.id()
                  + " ("
                  + r.title()
                  + ") is above the risk appetite: score "
                  + score
                  + " > "
                  + appetite
                  + " ("
                  + appetiteSource()
                  + "), "
                  + r.status()
                  + (r.treatmentDue() == null
                      ? ", no treatment date"
                      : ", treatment due "
                          + r.treatmentDue()
                          + dates().firstAgreedNote(r.id(), r.treatmentDue()))
                  + ": confirm its treatment plan or accept the risk.",
              "risks"));
    }
    return decisions;
  }
}
