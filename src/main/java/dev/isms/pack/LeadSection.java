package dev.isms.pack;

import dev.isms.action.Action;
import dev.isms.change.Change;
import dev.isms.finding.Finding;
import dev.isms.finding.OpenFindings;
import dev.isms.incident.Incident;
import dev.isms.incident.IncidentText;
import dev.isms.review.TriggerItem;
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
    Optional<TriggerItem> found = TriggerItem.find(ctx.repo(), review.trigger());
    view.put("id", review.trigger());
    view.put("found", found.isPresent());
    view.put("noun", found.map(TriggerItem::noun).orElse("item"));
    if (found.isEmpty()) {
      view.put("title", "");
      view.put("reason", "");
      view.put("nounTitle", "Item");
      view.put("facts", List.of());
      view.put("actions", List.of());
      view.put("hasActions", false);
      return view;
    }
    TriggerItem item = found.get();
    String noun = item.noun();
    view.put("title", item.title());
    view.put("reason", item.reason());
    view.put("nounTitle", Character.toUpperCase(noun.charAt(0)) + noun.substring(1));
    view.put("facts", facts(item));
    List<Action> following =
        item.incident()
            .map(this::actionsOf)
            .orElseGet(
                () ->
                    ctx.repo().actions().stream()
                        .filter(
                            a ->
                                item.id().equals(a.source())
                                    || item.finding()
                                        .map(f -> f.correctiveActions().contains(a.id()))
                                        .orElse(false))
                        .sorted(java.util.Comparator.comparing(Action::id))
                        .toList());
    List<ActionRow> actions = following.stream().map(this::actionRow).toList();
    view.put("actions", actions);
    view.put("hasActions", !actions.isEmpty());
    return view;
  }

  private static List<Fact> facts(TriggerItem item) {
    if (item.incident().isPresent()) {
      Incident i = item.incident().get();
      List<Fact> facts =
          new java.util.ArrayList<>(
              List.of(
                  new Fact("Severity", i.severity()),
                  new Fact("Opened", IncidentText.timestamp(i.opened())),
                  new Fact("Resolved", IncidentText.resolved(i)),
                  new Fact("Time to resolve", IncidentText.timeToResolve(i)),
                  new Fact("Customer-visible", IncidentText.yesNo(i.customerVisible())),
                  new Fact("Personal data", IncidentText.personalData(i))));
      if (i.breachNotified() != null) {
        facts.add(new Fact("Breach notified to the authority", i.breachNotified().toString()));
      }
      facts.add(new Fact("Summary", IncidentText.summary(i)));
      facts.add(new Fact("Root cause", IncidentText.rootCause(i)));
      return facts;
    }
    if (item.finding().isPresent()) {
      Finding f = item.finding().get();
      return List.of(
          new Fact("Kind", f.kind()),
          new Fact(
              "Audit",
              Text.orNone(f.audit()) + (f.auditType() == null ? "" : " (" + f.auditType() + ")")),
          new Fact("Raised", Text.date(f.raised())),
          new Fact("Status", f.status() + (f.closed() == null ? "" : " " + f.closed())),
          new Fact("Clause or control", Text.orNone(f.clause() != null ? f.clause() : f.control())),
          new Fact("Description", Text.orNone(f.description())));
    }
    Change c = item.change().orElseThrow();
    return List.of(
        new Fact("Date", Text.date(c.date())),
        new Fact("Kind", Text.orNone(c.kind())),
        new Fact("Party", Text.orNone(c.party())),
        new Fact("Details", Text.orNone(c.description())),
        new Fact("Impact on the ISMS", Text.orNone(c.impact())));
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
