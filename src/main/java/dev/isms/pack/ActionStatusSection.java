package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.action.InputActions;
import dev.isms.duedate.DueDates;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 9.3.2 a): the actions earlier reviews decided (their {@code source} is a review), with their
 * status today, days overdue, the share completed on time, and those carried from review to review;
 * then every other action (from a finding, an incident, a risk) that was open at the previous
 * review, as the agenda lists them, or that is overdue or escalated now. Actions finished before
 * the previous review were reported there and are left out.
 */
final class ActionStatusSection {
  /** One line of a status table; strings only, ready for the template. */
  record Row(
      String id,
      String title,
      String owner,
      String source,
      String due,
      String status,
      String detail,
      boolean overdue,
      String overdueBy,
      int carried,
      boolean carriedFlag) {}

  private final PackContext ctx;
  private final Map<String, Review> sources = new LinkedHashMap<>();
  private final Map<String, CarryOver> carryOver = new LinkedHashMap<>();
  private final InputActions groups;
  private final List<Action> actions;
  private final List<Action> others;

  ActionStatusSection(PackContext ctx) {
    this.ctx = ctx;
    for (Review r : ctx.repo().reviews()) {
      if (!r.id().equals(ctx.review().id()) && !r.date().isAfter(ctx.review().date())) {
        sources.put(r.id(), r);
      }
    }
    this.groups =
        InputActions.of(
            ctx.repo().actions(),
            sources.values(),
            ctx.coverage().comparedOn(),
            ctx.asOf(),
            a -> carryOver(a).awaitsDecision());
    this.actions = groups.fromReviews();
    this.others = groups.others();
  }

  private boolean fromReview(Action a) {
    return a.source() != null && sources.containsKey(a.source());
  }

  private boolean needsDecision(Action a) {
    return InputActions.needsDecision(a, ctx.asOf(), x -> carryOver(x).awaitsDecision());
  }

  OnTimeShare onTime() {
    return OnTimeShare.of(
        actions,
        ctx.dues(),
        ctx.repo().reviews(),
        ctx.since().map(d -> d.plusDays(1)).orElse(null),
        ctx.asOf());
  }

  /**
   * Whether the action was carried over through the held reviews before this one ({@link
   * CarryOver}, as `isms check` judges it: counted from the day it was raised, else the day of the
   * item it came from; nothing is counted when neither is known).
   */
  CarryOver carryOver(Action a) {
    return carryOver.computeIfAbsent(
        a.id(),
        id ->
            CarryOver.of(
                a, ctx.repo().raisedOn(a), sources.values(), ctx.repo().config(), ctx.dues()));
  }

  int carried(Action a) {
    return carryOver(a).openAt().size();
  }

  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows(actions));
    view.put("hasRows", !actions.isEmpty());
    view.put(
        "summary",
        "Decided by earlier reviews, open now or finished "
            + ctx.coverage().comparedWith().map(c -> "since " + c).orElse(ctx.sinceText())
            + ": "
            + counts(actions)
            + ".");
    OnTimeShare onTime = onTime();
    view.put(
        "onTime",
        onTime.total() == 0
            ? onTime.text()
            : Text.percent(onTime.percent().get())
                + " ("
                + onTime.onTime().size()
                + " of the "
                + Text.count(onTime.total(), "action", "actions")
                + " above that fell due "
                + (onTime.from() == null
                    ? "up to " + onTime.to()
                    : onTime.from() + " to " + onTime.to())
                + onTime.cancelledText()
                + ")");
    view.put("dueMoves", dueMoves() + shallowNote());
    view.put("others", rows(others));
    view.put("hasOthers", !others.isEmpty());
    view.put("othersTitle", othersTitle());
    view.put("othersSummary", othersSummary() + counts(others) + ".");
    List<Map<String, String>> carried = new ArrayList<>();
    for (Action a : carriedOver()) {
      carried.add(
          Map.of(
              "id",
              a.id(),
              "title",
              a.title(),
              "source",
              fromReview(a)
                  ? "decided at review " + a.source()
                  : a.source() == null ? "no recorded source" : "from " + a.source(),
              "reason",
              carryOver(a).reason()));
    }
    view.put("carriedOver", carried);
    view.put("hasCarriedOver", !carried.isEmpty());
    return view;
  }

  /** What the second table lists, by what it is compared with. */
  private String othersTitle() {
    return ctx.coverage().sinceLastHeld() && ctx.previous().isPresent()
        ? "Other actions open at the previous review (from findings, incidents, risks)"
        : "Other actions (from findings, incidents, risks)";
  }

  /**
   * "review 2026-Q3 of 2026-09-15, with those raised since ...", or for a review covering a year or
   * a period its baseline: "review 2025-annual (2025-12-02), the last held before 2026, ...".
   */
  private String othersSummary() {
    String since = ", with those raised since that are now overdue or escalated: ";
    if (ctx.coverage().sinceLastHeld()) {
      return ctx.previous()
          .map(p -> "review " + p.id() + " of " + p.date() + since)
          .orElse("now overdue or escalated: ");
    }
    return "open at " + ctx.coverage().comparedWith().orElseThrow() + since;
  }

  /**
   * "Due dates moved since review 2026-Q3 (2026-09-15): 1 time (ACT-2026-014 2026-10-31 →
   * 2026-12-15 (2026-11-02)); ...", over the actions this section lists.
   */
  private String dueMoves() {
    if (!ctx.dues().known()) {
      return "Due dates moved: "
          + ctx.dues().unknownText()
          + "; on time is judged against the due"
          + " dates as the files hold them.";
    }
    LocalDate from = ctx.since().map(d -> d.plusDays(1)).orElse(null);
    List<DueDates.Move> moves =
        groups.all().stream()
            .flatMap(a -> ctx.dues().movesIn(a.id(), a.due(), from, ctx.asOf()).stream())
            .toList();
    String when = "Due dates moved " + ctx.sinceText() + ": ";
    if (moves.isEmpty()) {
      return when + "none.";
    }
    return when
        + Text.count(moves.size(), "time", "times")
        + " ("
        + moves.stream()
            .map(m -> m.item() + " " + m.text())
            .collect(java.util.stream.Collectors.joining("; "))
        + "); completed on time is judged against the due date first agreed.";
  }

  /**
   * " In this shallow clone, the due dates first agreed of ... (git fetch --unshallow).", where the
   * clone may not hold the first due date of an action this section counts; "" otherwise.
   */
  private String shallowNote() {
    return ctx.dues()
        .shallowNote(groups.all().stream().map(Action::id).toList())
        .map(note -> " Note: " + note + ".")
        .orElse("");
  }

  /** The due date, with the one first agreed beside it when it moved since. */
  private String due(Action a) {
    return Text.date(a.due()) + ctx.dues().firstAgreedNote(a.id(), a.due());
  }

  private List<Action> carriedOver() {
    return groups.all().stream().filter(a -> !a.isFinished() && carryOver(a).carried()).toList();
  }

  /**
   * "7 actions, 3 completed or closed, 4 not finished (3 overdue, 1 escalated, 1 of them both),
   * ..."
   */
  private String counts(List<Action> list) {
    long finished =
        list.stream()
            .filter(a -> "completed".equals(a.status()) || "closed".equals(a.status()))
            .count();
    long open = list.stream().filter(a -> !a.isFinished()).count();
    long overdue = list.stream().filter(a -> a.isOverdueOn(ctx.asOf())).count();
    long escalated = list.stream().filter(Action::isEscalated).count();
    long both = list.stream().filter(a -> a.isEscalated() && a.isOverdueOn(ctx.asOf())).count();
    long cancelled = list.stream().filter(a -> "cancelled".equals(a.status())).count();
    return Text.count(list.size(), "action", "actions")
        + ", "
        + finished
        + " completed or closed, "
        + open
        + " not finished ("
        + overdue
        + " overdue, "
        + escalated
        + " escalated"
        + (both == 0 ? "" : ", " + both + " of them both")
        + "), "
        + cancelled
        + " cancelled";
  }

  private List<Row> rows(List<Action> list) {
    List<Row> rows = new ArrayList<>();
    for (Action a : list) {
      boolean overdue = a.isOverdueOn(ctx.asOf());
      int carried = carried(a);
      rows.add(
          new Row(
              a.id(),
              a.title(),
              Text.orNone(a.owner()),
              Text.orNone(a.source()),
              due(a),
              a.status(),
              detail(a),
              overdue,
              overdue ? Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) : "",
              carried,
              !a.isFinished() && carryOver(a).carried()));
    }
    return rows;
  }

  private String detail(Action a) {
    return switch (a.status()) {
      case "completed", "closed" -> {
        if (a.completedOn() == null) {
          yield "completion date not recorded";
        }
        String when = "on " + a.completedOn();
        LocalDate agreed = ctx.dues().firstAgreed(a.id(), a.due());
        if (agreed == null) {
          yield when;
        }
        long late = ChronoUnit.DAYS.between(agreed, a.completedOn());
        yield when
            + (late > 0 ? ", " + Text.days(late) + " late" : ", on time")
            + ("closed".equals(a.status()) && a.verifiedBy() != null
                ? "; verified by " + a.verifiedBy()
                : "");
      }
      case "escalated" -> a.escalatedTo() == null ? "escalated" : "escalated to " + a.escalatedTo();
      case "cancelled" -> a.cancelReason() == null ? "no reason recorded" : a.cancelReason();
      default -> Optional.ofNullable(a.notes()).orElse("");
    };
  }

  /**
   * One decision per unfinished action that is overdue, escalated or carried over through {@link
   * CarryOver#LIMIT} held reviews, whatever its source; every one stands in a table of this
   * section. The facts are joined, so an action is asked about once.
   */
  List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    for (Action a : groups.all()) {
      if (!needsDecision(a)) {
        continue;
      }
      List<String> facts = new ArrayList<>();
      if (a.isEscalated()) {
        facts.add("escalated" + (a.escalatedTo() == null ? "" : " to " + a.escalatedTo()));
      }
      if (a.isOverdueOn(ctx.asOf())) {
        facts.add(Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) + " overdue");
      }
      if (carryOver(a).awaitsDecision()) {
        facts.add(
            "carried over ("
                + carryOver(a).reason()
                + "; "
                + (fromReview(a)
                    ? "decided at review " + a.source()
                    : "raised "
                        + ctx.repo().raisedOn(a).orElseThrow()
                        + (a.source() == null ? "" : ", from " + a.source()))
                + ")");
      }
      String ask =
          a.isEscalated()
              ? "decide how it gets done (resources, a new date) or cancel it with a reason."
              : "set a new due date with the resources it needs, escalate it, or cancel it with a"
                  + " reason.";
      decisions.add(
          new Decision(
              a.id() + " (" + a.title() + ") is " + String.join(", ", facts) + ": " + ask,
              "actions"));
    }
    return decisions;
  }
}
