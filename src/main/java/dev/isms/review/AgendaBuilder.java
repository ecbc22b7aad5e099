package dev.isms.review;

import dev.isms.action.Action;
import dev.isms.action.InputActions;
import dev.isms.config.Policy;
import dev.isms.config.ReviewType;
import dev.isms.finding.Finding;
import dev.isms.finding.OpenFindings;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.framework.ResultKind;
import dev.isms.incident.Incident;
import dev.isms.incident.IncidentText;
import dev.isms.review.AgendaView.ActionRow;
import dev.isms.review.AgendaView.Actions;
import dev.isms.review.AgendaView.Attendee;
import dev.isms.review.AgendaView.FindingRow;
import dev.isms.review.AgendaView.Findings;
import dev.isms.review.AgendaView.Item;
import dev.isms.review.AgendaView.RiskRow;
import dev.isms.review.AgendaView.Risks;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the agenda: opening, the incident (ad-hoc) or the open findings (pre-audit), one item per
 * mandatory input of the clause set in order, results and decisions, close; with the minutes of
 * each item, who presents it, and the actions and risks the meeting must look at.
 */
final class AgendaBuilder {

  /** What the presenter of an input brings, by the register that feeds it (Clause.data). */
  private static final Map<Feed, String> MATERIAL =
      Map.of(
          Feed.CONTEXT_CHANGES,
          "External and internal issues recorded in changes/ since %s.",
          Feed.PARTY_NEEDS,
          "New or changed needs and expectations of interested parties recorded in"
              + " changes/ since %s.",
          Feed.NONCONFORMITIES,
          "Open nonconformities, their trend, and whether the corrective actions"
              + " work (findings/).",
          Feed.KPIS,
          "Each KPI against its target, with the trend over the last periods (kpis/).",
          Feed.AUDITS,
          "Results of internal and external audits in findings/ since %s.",
          Feed.OBJECTIVES,
          "Progress of each information security objective (objectives/).",
          Feed.PARTY_FEEDBACK,
          "Feedback from customers, regulators, suppliers and staff recorded in"
              + " changes/ since %s.",
          Feed.IMPROVEMENTS,
          "Improvement opportunities recorded in changes/, and the lessons of"
              + " incidents and audits.",
          Feed.CUSTOMER_VISIBLE_INCIDENTS,
          "Incidents customers saw, or notified to an authority as a personal-data breach,"
              + " recorded in incidents/ since %s.",
          Feed.BREACH_NOTIFICATIONS,
          "Incidents notified to an authority as a personal-data breach, recorded in"
              + " incidents/ since %s.");

  private final ReviewDraft draft;

  private AgendaBuilder(ReviewDraft draft) {
    this.draft = draft;
  }

  static AgendaView build(ReviewDraft draft) {
    return new AgendaBuilder(draft).view();
  }

  private AgendaView view() {
    ReviewPlan plan = draft.plan();
    ClauseSet framework = draft.framework();
    List<Clause> inputs = framework.mandatoryInputs();
    Optional<Item> lead = leadItem(2);
    List<Integer> weights = new ArrayList<>();
    // The incident or the audit is why the meeting takes place: as much time as all inputs
    // together.
    lead.ifPresent(l -> weights.add(inputs.size()));
    inputs.forEach(i -> weights.add(1));
    AgendaPlanner.Allotment time = AgendaPlanner.allot(draft.duration(), weights);

    Participants people = draft.participants();
    List<Item> items = new ArrayList<>();
    items.add(plain(1, "Opening", people.chair().name(), time.opening(), openingPurpose()));
    int slot = 0;
    if (lead.isPresent()) {
      Item l = lead.get();
      items.add(
          new Item(
              l.number(),
              l.title(),
              l.presenter(),
              time.items().get(slot++),
              l.purpose(),
              l.actions(),
              l.risks(),
              l.incident(),
              l.findings()));
    }
    for (Clause input : inputs) {
      items.add(inputItem(items.size() + 1, input, time.items().get(slot++)));
    }
    items.add(
        plain(
            items.size() + 1,
            "Results and decisions (" + resultsClause(framework) + ")",
            people.chair().name(),
            time.results(),
            resultsPurpose(framework)));
    items.add(
        plain(
            items.size() + 1,
            "Close",
            people.chair().name(),
            time.close(),
            closePurpose(framework)));

    List<Attendee> attendees =
        people.attendees().stream()
            .map(
                p ->
                    new Attendee(
                        p.name(), p.role(), !p.name().equals(p.role()), p.equals(people.chair())))
            .toList();
    return new AgendaView(
        draft.repo().config().organization(),
        plan.id(),
        plan.type(),
        orElse(plan.reviewType().description(), ""),
        plan.date().toString(),
        BusinessDays.weekday(plan.date()),
        draft.duration(),
        people.chair().name(),
        attendees,
        draft.preRead().toString(),
        BusinessDays.weekday(draft.preRead()),
        draft.repo().config().policy().packLeadBusinessDays(),
        // says whether the organisation chose the lead time, as the pack does
        draft.repo().config().policy().source(Policy.Key.PACK_LEAD_BUSINESS_DAYS),
        framework.title() + ", clause " + framework.clause(),
        items);
  }

  private static Item plain(
      int number, String title, String presenter, int minutes, String purpose) {
    return new Item(
        number, title, presenter, minutes, purpose, List.of(), List.of(), List.of(), List.of());
  }

  private String openingPurpose() {
    return "Attendance and apologies; confirm that top management ("
        + String.join(" or ", draft.repo().config().topManagement())
        + ") takes part, as clause "
        + draft.framework().generalClause()
        + " requires; agree the agenda.";
  }

  private static String resultsPurpose(ClauseSet framework) {
    List<String> decisions =
        framework.results().stream()
            .filter(r -> r.kind() == ResultKind.DECISION)
            .map(
                r -> lowerFirst(r.title()) + (r.isProcedure() ? " (" + Clause.PROCEDURE + ")" : ""))
            .toList();
    return "Agree and record the results: "
        + String.join("; ", decisions)
        + "; and actions, each with an owner, a due date and success criteria.";
  }

  private String closePurpose(ClauseSet framework) {
    String conclusion =
        framework
            .result(ResultKind.CONCLUSION)
            .map(Clause::title)
            .orElse("Conclusion on the suitability, adequacy and effectiveness of the ISMS");
    ReviewPlan plan = draft.plan();
    String next =
        plan.reviewType().every() == null
            ? ""
            : "; the next "
                + plan.type()
                + " review is due by "
                + plan.date().plus(plan.reviewType().every());
    // the types this review stands in for restart their cadence from it too
    for (String other : plan.reviewType().countsAs()) {
      Optional<ReviewType> otherType = draft.repo().config().reviewType(other);
      if (otherType.isPresent() && otherType.get().every() != null) {
        next += ", the next " + other + " by " + plan.date().plus(otherType.get().every());
      }
    }
    return conclusion + "; a summary of the decisions and actions" + next + ".";
  }

  /** "9.3.3" for ISO 27001:2022, "9.3" for 2013: the clause its results cite. */
  static String resultsClause(ClauseSet framework) {
    return framework.results().stream()
        .map(Clause::ref)
        .filter(r -> r != null && !r.isBlank())
        .map(r -> r.strip().split("\\s+")[0]) // "9.3.3" of ISO 9001's "9.3.3 a)"
        .findFirst()
        .orElse(framework.clause());
  }

  /**
   * The incident of an ad-hoc review, or the open findings before an audit, as item {@code number}
   * with its minutes still to be allotted; else nothing.
   */
  private Optional<Item> leadItem(int number) {
    Optional<TriggerItem> trigger = draft.plan().trigger();
    if (trigger.isPresent() && trigger.get().incident().isPresent()) {
      Incident i = trigger.get().incident().get();
      return Optional.of(
          new Item(
              number,
              "Trigger: "
                  + (i.breachNotified() != null ? "personal-data breach, " : "")
                  + "incident "
                  + i.id()
                  + ", "
                  + i.title(),
              presenterFor(Feed.NONCONFORMITIES),
              0,
              "What happened, how it was handled, and what it says about the ISMS.",
              List.of(),
              List.of(),
              List.of(incident(i)),
              List.of()));
    }
    if (trigger.isPresent() && trigger.get().finding().isPresent()) {
      Finding f = trigger.get().finding().get();
      return Optional.of(
          new Item(
              number,
              "Trigger: " + trigger.get().reason() + " " + f.id() + ", " + f.title(),
              presenterFor(Feed.AUDITS),
              0,
              "What the auditors found, its cause, the correction and corrective actions, and"
                  + " what it says about the ISMS.",
              List.of(),
              List.of(),
              List.of(),
              List.of(findings(List.of(f), "The finding that called this review:"))));
    }
    if (trigger.isPresent() && trigger.get().change().isPresent()) {
      dev.isms.change.Change c = trigger.get().change().get();
      return Optional.of(
          new Item(
              number,
              "Trigger: " + trigger.get().reason() + " " + c.id() + ", " + c.title(),
              presenterFor(Feed.CONTEXT_CHANGES),
              0,
              "What changed ("
                  + c.date()
                  + (c.party() == null ? "" : ", " + c.party())
                  + "), and what it changes in the ISMS: scope, risks, controls, obligations."
                  + (c.impact() == null ? "" : " Impact as recorded: " + c.impact().strip()),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    if (draft.isBeforeAudit()) {
      return Optional.of(
          new Item(
              number,
              "Audit readiness: open audit findings",
              presenterFor(Feed.AUDITS),
              0,
              "Whether every finding of earlier audits is closed or on track, and what the auditors"
                  + " will ask to see.",
              List.of(),
              List.of(),
              List.of(),
              List.of(findings())));
    }
    return Optional.empty();
  }

  /** Who presents a special item: whoever presents the input fed by that register. */
  private String presenterFor(Feed feed) {
    String role = draft.framework().inputFedBy(feed).map(Clause::presenter).orElse(null);
    return draft.participants().presenter(role).text();
  }

  private Item inputItem(int number, Clause input, int minutes) {
    String presenter = draft.participants().presenter(input.presenter()).text();
    Feed data = input.data();
    if (data == Feed.ACTIONS) {
      return new Item(
          number,
          input.heading(),
          presenter,
          minutes,
          "The status of each action from earlier reviews, and of the other actions open at"
              + (draft.coverage().sinceLastHeld()
                  ? " the previous review"
                  : " " + draft.coverage().comparedWith().orElseThrow())
              + "; what happens to those still open.",
          actions(),
          List.of(),
          List.of(),
          List.of());
    }
    if (data == Feed.RISKS) {
      return new Item(
          number,
          input.heading(),
          presenter,
          minutes,
          "Results of risk assessment since "
              + since()
              + ", risks above appetite, and the status"
              + " of the risk treatment plan.",
          List.of(),
          List.of(risks()),
          List.of(),
          List.of());
    }
    String material = data == null ? null : MATERIAL.get(data);
    String brings = material == null ? null : material.replace("%s", since());
    String purpose;
    if (input.isProcedure()) {
      purpose = brings == null ? input.prompt() : brings + " " + input.prompt();
    } else {
      purpose = brings == null ? "See the briefing pack." : brings;
    }
    if (input.ask() != null) {
      purpose += " Also to consider: " + input.ask();
    }
    return plain(number, input.heading(), presenter, minutes, purpose);
  }

  /** When the period the review covers starts, for "recorded since ...". */
  private String since() {
    Coverage coverage = draft.coverage();
    if (!coverage.sinceLastHeld()) {
      return coverage.since().get().plusDays(1)
          + (Coverage.YEAR.equals(coverage.covers())
              ? " (the start of the year the review covers)"
              : " (the start of the " + coverage.covers() + " the review covers)");
    }
    return draft
        .previous()
        .map(r -> r.date() + " (" + r.id() + ")")
        .orElse("the start of the ISMS (no review has been held yet)");
  }

  /**
   * What input a) is compared with: "the previous review, 2026-Q3 (2026-09-15)", or for a review
   * covering a year or a period its baseline ("review 2025-annual (2025-12-02), the last held
   * before 2026"); empty for a first review.
   */
  private Optional<String> baseline() {
    Coverage coverage = draft.coverage();
    return coverage.sinceLastHeld()
        ? draft.previous().map(p -> "the previous review, " + where(p))
        : coverage.comparedWith();
  }

  /**
   * The actions of 9.3.2 a) in the two groups the pack shows ({@link InputActions}): those decided
   * by earlier reviews, then the others open at the previous review or needing a decision now.
   */
  private List<Actions> actions() {
    Optional<String> baseline = baseline();
    InputActions groups = draft.inputActions();
    List<Actions> blocks = new ArrayList<>();
    List<ActionRow> decided = groups.fromReviews().stream().map(this::actionRow).toList();
    if (decided.isEmpty()) {
      blocks.add(
          new Actions(
              baseline.isEmpty()
                  ? "No management review has been held before this one, so no action was decided"
                      + " by an earlier review."
                  : "No action decided by an earlier review is open or was finished since "
                      + baseline.get()
                      + ".",
              false,
              decided));
    } else {
      blocks.add(
          new Actions(
              "Actions decided by earlier reviews, open or finished since "
                  + baseline.orElse("the previous review")
                  + ", with their status on "
                  + draft.today()
                  + ":",
              true,
              decided));
    }
    List<ActionRow> others = groups.others().stream().map(this::actionRow).toList();
    if (!others.isEmpty()) {
      blocks.add(
          new Actions(
              "Other actions (from findings, incidents, risks)"
                  + baseline.map(b -> " open at " + b + ",").orElse("")
                  + " or now overdue, escalated or carried over:",
              true,
              others));
    }
    return blocks;
  }

  private static String where(Review review) {
    return review.id() + " (" + review.date() + ")";
  }

  private ActionRow actionRow(Action a) {
    StringBuilder status = new StringBuilder(a.status());
    if (a.completedOn() != null) {
      status.append(" ").append(a.completedOn());
    }
    if (a.isOverdueOn(draft.today())) {
      status.append(", overdue");
    } else if (a.isOverdueOn(draft.plan().date())) {
      status.append(", due before the meeting");
    }
    if (!a.isFinished() && draft.carryOver(a).carried()) {
      status.append(", carried over");
    }
    return new ActionRow(
        a.id(),
        a.title(),
        orDash(a.owner()),
        orDash(a.source()),
        a.due() == null ? "none" : a.due().toString(),
        status.toString());
  }

  private Risks risks() {
    LocalDate until = draft.comingPeriodEnd();
    List<RiskRow> rows =
        draft.risksDue().stream()
            .map(
                r ->
                    new RiskRow(
                        r.id(),
                        r.title(),
                        orDash(r.owner()),
                        r.level().label() + " (" + r.score() + ")",
                        orDash(r.treatment()),
                        r.treatmentDue()
                            + dueNote(r.treatmentDue())
                            + draft.treatmentDates().firstAgreedNote(r.id(), r.treatmentDue())))
            .toList();
    String period = "by " + until + ", " + draft.nextReview().text() + ", overdue ones included";
    return rows.isEmpty()
        ? new Risks(
            "No open risk has its treatment due " + period + ".", false, rows, aboveAppetite())
        : new Risks(
            "Open risks whose treatment is due " + period + ":", true, rows, aboveAppetite());
  }

  /**
   * "Above the risk appetite (score 9, the isms default; ...) and not accepted, for management to
   * confirm the treatment or accept: R-007 (20), R-008 (16).", as the pack's decisions ask; empty
   * when none is.
   */
  private String aboveAppetite() {
    Policy policy = draft.repo().config().policy();
    int appetite = policy.riskAppetite();
    List<String> above =
        draft.repo().risks().stream()
            .filter(r -> r.isAboveAppetite(appetite))
            .sorted(
                java.util.Comparator.comparingInt(Risk::standingScore)
                    .reversed()
                    .thenComparing(Risk::id))
            .map(r -> r.id() + " (" + r.standingScore() + ")")
            .toList();
    return above.isEmpty()
        ? ""
        : "Above the risk appetite (score "
            + appetite
            + ", "
            + policy.source(Policy.Key.RISK_APPETITE)
            + ") and not accepted, for management to confirm the treatment or accept the risk: "
            + String.join(", ", above)
            + ".";
  }

  /** " (overdue)" as the register stands today, " (before the meeting)" if due before it. */
  private String dueNote(LocalDate due) {
    if (due.isBefore(draft.today())) {
      return " (overdue)";
    }
    return due.isBefore(draft.plan().date()) ? " (before the meeting)" : "";
  }

  private AgendaView.Incident incident(Incident i) {
    return new AgendaView.Incident(
        i.id(),
        i.title(),
        i.severity(),
        IncidentText.timestamp(i.opened()),
        IncidentText.resolved(i),
        IncidentText.timeToResolve(i),
        IncidentText.yesNo(i.customerVisible()),
        IncidentText.personalData(i),
        IncidentText.summary(i),
        IncidentText.rootCause(i),
        followUp(i));
  }

  /** The actions following the incident up, as the pack lists them. */
  private String followUp(Incident i) {
    List<String> items =
        draft.repo().actionsFollowingUp(i, draft.plan().id()).stream()
            .map(
                a -> a.id() + " (" + a.status() + (a.due() == null ? "" : ", due " + a.due()) + ")")
            .toList();
    return items.isEmpty() ? "none recorded" : String.join(", ", items);
  }

  private Findings findings() {
    List<Finding> open = draft.repo().findings().stream().filter(Finding::isOpen).toList();
    return open.isEmpty()
        ? new Findings("No audit finding is open.", false, List.of())
        : findings(open, "Audit findings still open, nonconformities first:");
  }

  private Findings findings(List<Finding> findings, String title) {
    List<FindingRow> rows =
        findings.stream()
            .sorted(OpenFindings.NONCONFORMITIES_FIRST)
            .map(
                f ->
                    new FindingRow(
                        f.id(),
                        f.title(),
                        f.kind(),
                        f.audit(),
                        f.raised().toString(),
                        f.status(),
                        OpenFindings.correctiveActions(f, draft.repo()::action)))
            .toList();
    return new Findings(title, true, rows);
  }

  private static String orElse(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s.strip();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  private static String lowerFirst(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
