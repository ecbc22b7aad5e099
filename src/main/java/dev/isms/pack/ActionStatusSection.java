package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.action.CarryOver;
import dev.isms.review.Review;
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
 * status today, days overdue, the share completed on time, and those carried from review to
 * review. Actions finished before the previous review were reported there and are left out.
 */
final class ActionStatusSection {
  /** One line of the status table; strings only, ready for the template. */
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
            .filter(a -> a.source() != null && sources.containsKey(a.source()))
            .filter(this::stillReported)
            .sorted(ORDER)
            .toList();
  }

  /** Open first, by due date (so the most overdue lead), then the finished. */
  private static final Comparator<Action> ORDER =
      Comparator.comparing((Action a) -> a.isFinished())
          .thenComparing(a -> a.due() == null ? LocalDate.MAX : a.due())
          .thenComparing(Action::id);

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

  List<Action> actions() {
    return actions;
  }

  OnTimeShare onTime() {
    return OnTimeShare.of(actions, ctx.since().map(d -> d.plusDays(1)).orElse(null), ctx.asOf());
  }

  /** Held reviews the action stayed open through, counted as `isms check` counts them. */
  int carried(Action a) {
    LocalDate raised = ctx.repo().raisedOn(a).orElse(sources.get(a.source()).date());
    return CarryOver.heldReviewsOpenThrough(a, raised, sources.values()).size();
  }

  List<Action> carriedOverMoreThanOnce() {
    return actions.stream()
        .filter(a -> !a.isFinished() && carried(a) >= CarryOver.LIMIT)
        .toList();
  }

  Map<String, Object> view() {
    List<Row> rows = new ArrayList<>();
    for (Action a : actions) {
      boolean overdue = a.isOverdueOn(ctx.asOf());
      int carried = carried(a);
      rows.add(
          new Row(
              a.id(),
              a.title(),
              Text.orNone(a.owner()),
              a.source(),
              Text.date(a.due()),
              a.status(),
              detail(a),
              overdue,
              overdue ? Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) : "",
              carried,
              !a.isFinished() && carried >= CarryOver.LIMIT));
    }
    long finished = actions.stream().filter(a -> "completed".equals(a.status()) || "closed".equals(a.status())).count();
    long open = actions.stream().filter(a -> !a.isFinished()).count();
    long overdue = actions.stream().filter(a -> a.isOverdueOn(ctx.asOf())).count();
    long escalated = actions.stream().filter(a -> "escalated".equals(a.status())).count();
    long cancelled = actions.stream().filter(a -> "cancelled".equals(a.status())).count();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put("summary", Text.count(actions.size(), "action", "actions") + " from earlier reviews: "
        + finished + " completed, " + open + " open (" + overdue + " overdue, " + escalated
        + " escalated), " + cancelled + " cancelled.");
    view.put("onTime", onTime().text());
    List<Map<String, String>> carried = new ArrayList<>();
    for (Action a : carriedOverMoreThanOnce()) {
      carried.add(Map.of("id", a.id(), "title", a.title(), "source", a.source(),
          "times", String.valueOf(carried(a))));
    }
    view.put("carriedOver", carried);
    view.put("hasCarriedOver", !carried.isEmpty());
    return view;
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
        yield when + (late > 0 ? ", " + Text.days(late) + " late" : ", on time")
            + ("closed".equals(a.status()) && a.verifiedBy() != null ? "; verified by " + a.verifiedBy() : "");
      }
      case "escalated" -> a.escalatedTo() == null ? "escalated" : "escalated to " + a.escalatedTo();
      case "cancelled" -> a.cancelReason() == null ? "no reason recorded" : a.cancelReason();
      default -> Optional.ofNullable(a.notes()).orElse("");
    };
  }

  /**
   * One decision per action that needs one: overdue or carried over more than once (actions of
   * earlier reviews), or escalated (any action). The facts are joined, so an action is asked
   * about once.
   */
  List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    java.util.Set<String> asked = new java.util.HashSet<>();
    java.util.Set<String> fromReviews = new java.util.HashSet<>();
    actions.forEach(a -> fromReviews.add(a.id()));
    List<Action> candidates = new ArrayList<>(actions);
    ctx.repo().actions().stream()
        .filter(a -> "escalated".equals(a.status()) && !fromReviews.contains(a.id()))
        .forEach(candidates::add);
    for (Action a : candidates) {
      List<String> facts = new ArrayList<>();
      if ("escalated".equals(a.status())) {
        facts.add("escalated" + (a.escalatedTo() == null ? "" : " to " + a.escalatedTo()));
      }
      if (a.isOverdueOn(ctx.asOf())) {
        facts.add(Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) + " overdue");
      }
      boolean fromReview = fromReviews.contains(a.id());
      if (fromReview && !a.isFinished() && carried(a) >= 2) {
        facts.add("open through " + carried(a) + " held reviews since review " + a.source());
      }
      if (facts.isEmpty() || !asked.add(a.id())) {
        continue;
      }
      String ask = "escalated".equals(a.status())
          ? "decide how it gets done (resources, a new date) or cancel it with a reason."
          : "set a new due date with the resources it needs, escalate it, or cancel it with a"
              + " reason.";
      String section = fromReview ? "actions" : ctx.repo().findings().stream()
          .anyMatch(f -> f.id().equals(a.source())) ? "nonconformities" : "actions";
      decisions.add(new Decision(a.id() + " (" + a.title() + ") is " + String.join(", ", facts)
          + ": " + ask, section));
    }
    return decisions;
  }

}
