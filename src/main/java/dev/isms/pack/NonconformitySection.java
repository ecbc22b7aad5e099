package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.finding.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 9.3.2 d) 1): nonconformities (major and minor) with their corrective actions: the open ones with
 * their age (flagged beyond 90 days, which auditors look for), those closed in the period, and the
 * trend from the previous review to now.
 */
final class NonconformitySection {
  static final int AGE_LIMIT_DAYS = dev.isms.kpi.RegisterFigures.NC_AGE_LIMIT_DAYS;

  record Row(
      String id,
      String title,
      String kind,
      String audit,
      String raised,
      long age,
      boolean aged,
      String status,
      String closed,
      String correctiveActions) {}

  private final PackContext ctx;
  private final List<Finding> nonconformities;

  NonconformitySection(PackContext ctx) {
    this.ctx = ctx;
    this.nonconformities =
        ctx.repo().findings().stream()
            .filter(Finding::isNonconformity)
            .filter(f -> f.raised() == null || !f.raised().isAfter(ctx.asOf()))
            .sorted(
                Comparator.comparing(
                        Finding::raised, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Finding::id))
            .toList();
  }

  List<Finding> open() {
    return nonconformities.stream().filter(Finding::isOpen).toList();
  }

  List<Finding> aged() {
    return open().stream().filter(f -> age(f) > AGE_LIMIT_DAYS).toList();
  }

  long age(Finding f) {
    return f.raised() == null ? 0 : ChronoUnit.DAYS.between(f.raised(), ctx.asOf());
  }

  /** Open on a day, judged by its dates (a closed one without a date counts as closed then). */
  static boolean wasOpenOn(Finding f, LocalDate day) {
    if (f.raised() != null && f.raised().isAfter(day)) {
      return false;
    }
    return f.closed() != null ? f.closed().isAfter(day) : f.isOpen();
  }

  Map<String, Object> view() {
    List<Row> open = open().stream().map(this::row).toList();
    List<Row> closed =
        nonconformities.stream()
            .filter(f -> !f.isOpen() && ctx.inPeriod(f.closed()))
            .map(this::row)
            .toList();
    long major = open().stream().filter(f -> "major-nc".equals(f.kind())).count();
    long raised = nonconformities.stream().filter(f -> ctx.inPeriod(f.raised())).count();
    StringBuilder trend = new StringBuilder();
    trend
        .append("Open nonconformities now: ")
        .append(open.size())
        .append(" (")
        .append(major)
        .append(" major, ")
        .append(open.size() - major)
        .append(" minor)");
    ctx.since()
        .ifPresent(
            since ->
                trend
                    .append(
                        ctx.previous().map(p -> p.date().equals(since)).orElse(false)
                            ? "; at the previous review ("
                            : "; at the start of the period (open at the end of ")
                    .append(since)
                    .append("): ")
                    .append(nonconformities.stream().filter(f -> wasOpenOn(f, since)).count()));
    trend
        .append(". Raised ")
        .append(ctx.sinceText())
        .append(": ")
        .append(raised)
        .append("; closed: ")
        .append(closed.size())
        .append(". Open for more than ")
        .append(AGE_LIMIT_DAYS)
        .append(" days: ")
        .append(aged().size())
        .append('.');
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("summary", trend.toString());
    view.put("open", open);
    view.put("hasOpen", !open.isEmpty());
    view.put("closed", closed);
    view.put("hasClosed", !closed.isEmpty());
    view.put("ageLimit", String.valueOf(AGE_LIMIT_DAYS));
    return view;
  }

  private Row row(Finding f) {
    long age = age(f);
    return new Row(
        f.id(),
        f.title(),
        f.kind().equals("major-nc") ? "major" : "minor",
        f.audit(),
        Text.date(f.raised()),
        age,
        f.isOpen() && age > AGE_LIMIT_DAYS,
        f.status(),
        Text.date(f.closed()),
        correctiveActions(f));
  }

  private String correctiveActions(Finding f) {
    if (f.correctiveActions().isEmpty()) {
      return "none recorded";
    }
    List<String> parts = new ArrayList<>();
    for (String id : f.correctiveActions()) {
      parts.add(ctx.repo().action(id).map(this::describe).orElse(id));
    }
    return String.join("; ", parts);
  }

  private String describe(Action a) {
    String s = a.id() + " " + a.status();
    if (a.isOverdueOn(ctx.asOf())) {
      s += ", " + Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) + " overdue";
    } else if (!a.isFinished() && a.due() != null) {
      s += ", due " + a.due();
    }
    return s;
  }

  List<Decision> decisions() {
    List<Decision> decisions = new ArrayList<>();
    for (Finding f : aged()) {
      boolean actionsDone =
          !f.correctiveActions().isEmpty()
              && f.correctiveActions().stream()
                  .allMatch(id -> ctx.repo().action(id).map(a -> a.isFinished()).orElse(false));
      decisions.add(
          new Decision(
              f.id()
                  + " ("
                  + f.title()
                  + ") has been open for "
                  + Text.days(age(f))
                  + (actionsDone
                      ? " although its corrective actions are finished: verify they were effective and"
                          + " close it, or decide further action."
                      : ": confirm its corrective actions will be effective, or escalate."),
              "nonconformities"));
    }
    for (Finding f : open()) {
      if (f.correctiveActions().isEmpty()) {
        decisions.add(
            new Decision(
                f.id()
                    + " ("
                    + f.title()
                    + ") has no corrective action:"
                    + " assign one with an owner and a due date.",
                "nonconformities"));
      }
    }
    return decisions;
  }
}
