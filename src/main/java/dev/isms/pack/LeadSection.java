package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.finding.Finding;
import dev.isms.finding.OpenFindings;
import dev.isms.incident.Incident;
import dev.isms.incident.IncidentText;
import dev.isms.review.model.Review;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why the meeting takes place, when it is not a routine one, as the agenda's second item has it:
 * the incident that called an ad-hoc review ({@code trigger} in review.yaml), or, before an audit
 * (a review type with {@code before_audit: true}), the audit findings still open, nonconformities
 * first. The pack opens with it, before the decisions.
 */
final class LeadSection {
  record Fact(String name, String value) {}

  record ActionRow(
      String id,
      String title,
      String owner,
      String due,
      String status,
      boolean overdue,
      String overdueBy) {}

  record FindingRow(
      String id,
      String title,
      String kind,
      String audit,
      String raised,
      String status,
      String correctiveActions) {}

  private final PackContext ctx;

  LeadSection(PackContext ctx) {
    this.ctx = ctx;
  }

  /** The incident that called this review, if it names one that incidents/ holds. */
  static Optional<Incident> trigger(PackContext ctx) {
    String id = ctx.review().trigger();
    return id == null ? Optional.empty() : ctx.repo().incident(id);
  }

  private boolean isBeforeAudit() {
    return ctx.repo()
        .config()
        .reviewType(ctx.review().type())
        .map(t -> t.isBeforeAudit())
        .orElse(false);
  }

  /** The trigger section, or false: the template's section switch. */
  Object triggerView() {
    Review review = ctx.review();
    if (review.trigger() == null) {
      return false;
    }
    Map<String, Object> view = new LinkedHashMap<>();
    Optional<Incident> found = trigger(ctx);
    view.put("id", review.trigger());
    view.put("found", found.isPresent());
    if (found.isEmpty()) {
      view.put("title", "");
      view.put("facts", List.of());
      view.put("actions", List.of());
      view.put("hasActions", false);
      return view;
    }
    Incident i = found.get();
    view.put("title", i.title());
    view.put(
        "facts",
        List.of(
            new Fact("Severity", i.severity()),
            new Fact("Opened", IncidentText.timestamp(i.opened())),
            new Fact("Resolved", IncidentText.resolved(i)),
            new Fact("Time to resolve", IncidentText.timeToResolve(i)),
            new Fact("Customer-visible", IncidentText.yesNo(i.customerVisible())),
            new Fact("Personal data", IncidentText.personalData(i)),
            new Fact("Summary", IncidentText.summary(i)),
            new Fact("Root cause", IncidentText.rootCause(i))));
    List<ActionRow> actions = actionsOf(i).stream().map(this::actionRow).toList();
    view.put("actions", actions);
    view.put("hasActions", !actions.isEmpty());
    return view;
  }

  private List<Action> actionsOf(Incident i) {
    return ctx.repo().actionsFollowingUp(i, ctx.review().id());
  }

  private ActionRow actionRow(Action a) {
    boolean overdue = a.isOverdueOn(ctx.asOf());
    return new ActionRow(
        a.id(),
        a.title(),
        Text.orNone(a.owner()),
        Text.date(a.due()),
        a.status() + (a.completedOn() == null ? "" : " " + a.completedOn()),
        overdue,
        overdue ? Text.days(ChronoUnit.DAYS.between(a.due(), ctx.asOf())) : "");
  }

  /** The audit-readiness section of a pre-audit review, or false. */
  Object auditView() {
    if (!isBeforeAudit()) {
      return false;
    }
    List<FindingRow> rows =
        ctx.repo().findings().stream()
            .filter(Finding::isOpen)
            .filter(f -> f.raised() == null || !f.raised().isAfter(ctx.asOf()))
            .sorted(OpenFindings.NONCONFORMITIES_FIRST)
            .map(
                f ->
                    new FindingRow(
                        f.id(),
                        f.title(),
                        f.kind(),
                        Text.orNone(f.audit()),
                        Text.date(f.raised()),
                        f.status(),
                        OpenFindings.correctiveActions(f, ctx.repo()::action)))
            .toList();
    long nonconformities =
        ctx.repo().findings().stream()
            .filter(
                f ->
                    f.isOpen()
                        && f.isNonconformity()
                        && (f.raised() == null || !f.raised().isAfter(ctx.asOf())))
            .count();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put(
        "summary",
        Text.count(rows.size(), "audit finding is", "audit findings are")
            + " open on "
            + ctx.asOf()
            + ", "
            + Text.count(nonconformities, "nonconformity", "nonconformities")
            + " among them.");
    return view;
  }
}
