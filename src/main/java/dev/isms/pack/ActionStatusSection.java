package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final List<Action> actions;
  private final List<Action> others;
  private final Map<String, Review> sources = new LinkedHashMap<>();

  ActionStatusSection(PackContext ctx) {
    this.ctx = ctx;
    for (Review r : ctx.repo().reviews()) {
      if (!r.id().equals(ctx.review().id()) && !r.date().isAfter(ctx.review().date())) {
        sources.put(r.id(), r);
      }
    }
    this.actions =
        ctx.repo().actions().stream()
            .filter(this::fromReview)
            .filter(this::stillReported)
            .sorted(ORDER)
            .toList();
    this.others =
        ctx.repo().actions().stream()
            .filter(a -> !fromReview(a))
            .filter(a -> ctx.since().map(a::wasOpenOn).orElse(false) || needsDecision(a))
            .sorted(ORDER)
            .toList();
  }

  /** Open first, by due date (so the most overdue lead), then the finished. */
  private static final Comparator<Action> ORDER =
      Comparator.comparing((Action a) -> a.isFinished())
          .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due())
          .thenComparing(Action::id);

  private boolean fromReview(Action a) {
    return a.source() != null && sources.containsKey(a.source());
  }

  private boolean stillReported(Action a) {
    if (!a.isFinished() || ctx.since().isEmpty()) {
      return true;
    }
    if (a.completedOn() != null) {
      return a.completedOn().isAfter(ctx.since().get());
    }
    // finished, but when is unknown: news only if the previous review decided it
    return ctx.previous().map(p -> p.id().equals(a.source())).orElse(true);
  }

  /** Unfinished and overdue, escalated, or carried over: management decides what happens to it. */
  private boolean needsDecision(Action a) {
    return !a.isFinished()
        && (a.isOverdueOn(ctx.asOf())
            || "escalated".equals(a.status())
            || carried(a) >= CarryOver.LIMIT);
  }

  OnTimeShare onTime() {
    return OnTimeShare.of(actions, ctx.since().map(d -> d.plusDays(1)).orElse(null), ctx.asOf());
  }

  /**
   * Held reviews before this one the action stayed open through, counted as `isms check` counts
   * them (from the day it was raised, else the day of the item it came from); 0 when neither is
   * known, as the check then does not count it either.
   */
  int carried(Action a) {
    Optional<LocalDate> raised = ctx.repo().raisedOn(a);
    return raised
        .map(r -> CarryOver.heldReviewsOpenThrough(a, r, sources.values()).size())
        .orElse(0);
  }

  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows(actions));
    view.put("hasRows", !actions.isEmpty());
    view.put(
        "summary",
        "Decided by earlier reviews, open now or finished "
            + ctx.sinceText()
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
                + ")");
    view.put("others", rows(others));
    view.put("hasOthers", !others.isEmpty());
    view.put(
        "othersTitle",
        ctx.previous().isPresent()
            ? "Other actions open at the previous review (from findings, incidents, risks)"
            : "Other actions (from findings, incidents, risks)");
    view.put(
        "othersSummary",
        ctx.previous()
                .map(
                    p ->
                        "review "
                            + p.id()
                            + " of "
                            + p.date()
                            + ", with those raised since that are"
                            + " now overdue or escalated: ")
                .orElse("now overdue or escalated: ")
            + counts(others)
            + ".");
    List<Map<String, String>> carried = new ArrayList<>();
    for (Action a : carriedOverMoreThanOnce()) {
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
              "times",
              String.valueOf(carried(a))));
    }
    view.put("carriedOver", carried);
    view.put("hasCarriedOver", !carried.isEmpty());
    return view;
  }

  private List<Action> carriedOverMoreThanOnce() {
    return java.util.stream.Stream.concat(actions.stream(), others.stream())
        .filter(a -> !a.isFinished() && carried(a) >= CarryOver.LIMIT)
        .toList();
  }

  /** "7 actions: 3 completed or closed, 4 unfinished (of which 3 overdue, 1 escalated), ..." */
  private String counts(List<Action> list) {
    long finished =
        list.stream()
            .filter(a -> "completed".equals(a.status()) || "closed".equals(a.status()))
            .count();
    long open = list.stream().filter(a -> !a.isFinished()).count();
    long overdue = list.stream().filter(a -> a.isOverdueOn(ctx.asOf())).count();
    long escalated = list.stream().filter(a -> "escalated".equals(a.status())).count();
    long cancelled = list.stream().filter(a -> "cancelled".equals(a.status())).count();
    return Text.count(list.size(), "action", "actions")
        + ", "
        + finished
        + " completed or closed, "
        + open
        + " not finished (of which "
        + overdue
        + " overdue and "
        + escalated
        + " escalated), "
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
              Text.date(a.due()),
              a.status(),
              detail(a),
              overdue,
              overdue ? Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) : "",
              carried,
              !a.isFinished() && carried >= CarryOver.LIMIT));
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
        if (a.due() == null) {
          yield when;
        }
        long late = ChronoUnit.DAYS.between(a.due(), a.completedOn());
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
    for (Action a : java.util.stream.Stream.concat(actions.stream(), others.stream()).toList()) {
      if (!needsDecision(a)) {
        continue;
      }
      List<String> facts = new ArrayList<>();
      if ("escalated".equals(a.status())) {
        facts.add("escalated" + (a.escalatedTo() == null ? "" : " to " + a.escalatedTo()));
      }
      if (a.isOverdueOn(ctx.asOf())) {
        facts.add(Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) + " overdue");
      }
      if (carried(a) >= CarryOver.LIMIT) {
        facts.add(
            "open through "
                + carried(a)
                + " held reviews since "
                + (fromReview(a)
                    ? "review " + a.source()
                    : ctx.repo().raisedOn(a).orElseThrow()
                        + (a.source() == null ? "" : " (from " + a.source() + ")")));
      }
      String ask =
          "escalated".equals(a.status())
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
