package dev.isms.pack;

import dev.isms.config.IsmsConfig;
import dev.isms.config.Policy;
import dev.isms.finding.Finding;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Obligation;
import dev.isms.render.HtmlPage;
import dev.isms.review.model.Review;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The content of one briefing pack: every section computed from the repository, and the view the
 * template renders (plain maps, lists and records). The inputs follow the clause set's order;
 * {@link Clause#data()} says which register fills each.
 */
final class PackDocument {
  /** Facts about how the pack was made, which the service knows and the sections do not. */
  record Provenance(String generatedAt, String dataCommit) {}

  private final PackContext ctx;
  private final ClauseSet framework;
  private final Provenance provenance;
  private final ActionStatusSection actions;
  private final NonconformitySection nonconformities;
  private final KpiDashboard kpis;
  private final AuditSection audits;
  private final ObjectiveSection objectives;
  private final RiskSection risks;
  private final IncidentSummary incidents;
  private final LeadSection opening;

  PackDocument(
      PackContext ctx,
      ClauseSet framework,
      RiskBaseline.Result baseline,
      Provenance provenance,
      ZoneId zone) {
    this.ctx = ctx;
    this.framework = framework;
    this.provenance = provenance;
    this.actions = new ActionStatusSection(ctx);
    this.nonconformities = new NonconformitySection(ctx);
    this.kpis = new KpiDashboard(ctx);
    this.audits = new AuditSection(ctx);
    this.objectives = new ObjectiveSection(ctx, kpis);
    this.risks = new RiskSection(ctx, baseline, ctx.repo().config().policy().riskAppetite(), zone);
    this.incidents = new IncidentSummary(ctx);
    this.opening = new LeadSection(ctx);
  }

  String title() {
    return "Briefing pack: management review "
        + ctx.review().id()
        + " of "
        + ctx.repo().config().organization();
  }

  Map<String, HtmlPage.Chart> htmlCharts() {
    return kpis.htmlCharts();
  }

  /** The decisions asked, in the order of the inputs whose evidence supports them. */
  List<Decision> decisions() {
    Map<String, List<Decision>> bySource = new LinkedHashMap<>();
    for (Decision d : actions.decisions()) {
      bySource.computeIfAbsent(d.section(), k -> new ArrayList<>()).add(d);
    }
    for (List<Decision> list :
        List.of(
            nonconformities.decisions(),
            kpis.decisions(),
            objectives.decisions(),
            risks.decisions())) {
      for (Decision d : list) {
        bySource.computeIfAbsent(d.section(), k -> new ArrayList<>()).add(d);
      }
    }
    List<Decision> ordered = new ArrayList<>();
    for (Clause c : framework.mandatoryInputs()) {
      List<Decision> of = c.data() == null ? null : bySource.remove(c.data().key());
      if (of != null) {
        of.forEach(d -> ordered.add(new Decision(d.text(), c.ref())));
      }
    }
    bySource.values().forEach(ordered::addAll); // a register this clause set has no input for
    return ordered;
  }

  Map<String, Object> view() {
    Review review = ctx.review();
    IsmsConfig config = ctx.repo().config();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("reviewId", review.id());
    view.put("organization", config.organization());
    view.put("reviewType", review.type());
    view.put("reviewStatus", review.status());
    view.put("reviewDate", review.date().toString());
    view.put("hasChair", review.chair() != null);
    view.put("chair", Text.orNone(review.chair()));
    view.put(
        "attendees",
        review.attendees().isEmpty()
            ? "not yet recorded"
            : review.attendees().stream()
                // `isms review new` writes the role as the name when isms.yaml names no one for it
                .map(
                    a ->
                        a.name()
                            + (a.role() == null || a.role().equals(a.name())
                                ? ""
                                : " (" + a.role() + ")"))
                .collect(Collectors.joining(", ")));
    view.put("period", period());
    view.put("asOf", ctx.asOf().toString());
    view.put("generatedAt", provenance.generatedAt());
    view.put("dataCommit", provenance.dataCommit());
    view.put("framework", framework.title() + ", clause " + framework.clause());
    int lead = config.policy().packLeadBusinessDays();
    view.put(
        "packDue",
        businessDaysBefore(review.date(), lead)
            + " ("
            + Text.count(lead, "business day", "business days")
            + " before the review, "
            + config.policy().source(Policy.Key.PACK_LEAD_BUSINESS_DAYS)
            + ")");
    List<String> also =
        Obligation.evidenceLines(
            ctx.repo().obligations(),
            review.attendees().stream()
                .filter(a -> a.present() == null || a.isPresent())
                .map(Review.Attendee::role)
                .toList());
    view.put("alsoEvidences", also.isEmpty() ? List.of() : List.of(Map.of("lines", also)));
    view.put("trigger", opening.triggerView());
    view.put("auditReadiness", opening.auditView());
    List<Map<String, String>> decisions = new ArrayList<>();
    List<Decision> asked = decisions();
    for (int i = 0; i < asked.size(); i++) {
      decisions.add(
          Map.of(
              "number",
              String.valueOf(i + 1),
              "text",
              asked.get(i).text(),
              "section",
              asked.get(i).section()));
    }
    view.put("decisions", decisions);
    view.put("hasDecisions", !decisions.isEmpty());
    view.put(
        "inputsClause",
        framework.inputs().isEmpty()
            ? framework.clause()
            : inputsClause(framework.inputs().get(0).ref()));
    view.put("byQuarter", QuarterFigures.view(ctx, kpis));
    view.put(
        "dueDatesUnsure",
        ctx.shallowNotes().stream()
            .map(n -> Map.of("text", Character.toUpperCase(n.charAt(0)) + n.substring(1)))
            .toList());
    view.put("inputs", inputs());
    view.put("incidents", incidents.view());
    view.put("training", kpis.trainingView());
    return view;
  }

  private String period() {
    String to = ctx.asOf().toString();
    if (!ctx.coverage().sinceLastHeld()) {
      return ctx.since().get().plusDays(1)
          + " to "
          + to
          + " (covers: "
          + ctx.coverage().covers()
          + "; actions and the risk register are compared with "
          + ctx.coverage().comparedWith().orElseThrow()
          + ")";
    }
    return ctx.previous()
        .map(
            p ->
                p.date().plusDays(1)
                    + " to "
                    + to
                    + " (since review "
                    + p.id()
                    + ", held "
                    + p.date()
                    + ")")
        .orElse("up to " + to + " (no earlier held review)");
  }

  /** "9.3.2" from "9.3.2 a)": the clause that lists the inputs. */
  private static String inputsClause(String ref) {
    int space = ref == null ? -1 : ref.indexOf(' ');
    return space < 0 ? String.valueOf(ref) : ref.substring(0, space);
  }

  static LocalDate businessDaysBefore(LocalDate day, int n) {
    LocalDate d = day;
    int left = n;
    while (left > 0) {
      d = d.minusDays(1);
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return d;
  }

  private List<Map<String, Object>> inputs() {
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (Clause input : framework.inputs()) {
      inputs.add(input(input, "###"));
      for (Clause child : input.children()) {
        inputs.add(input(child, "####"));
      }
    }
    return inputs;
  }

  /**
   * Who presents an input the framework gives to {@code role}: as the agenda has it, the chair
   * stands in for a role the review does not invite (an ad-hoc review may leave the Privacy Officer
   * out).
   */
  private String presenter(String role) {
    Review review = ctx.review();
    boolean invited =
        review.attendees().isEmpty()
            || review.attendees().stream().anyMatch(a -> role.equals(a.role()));
    if (!invited && review.chair() != null) {
      return review.chair() + " (for the " + role + ")";
    }
    return ctx.repo()
        .config()
        .personFor(role)
        .map(name -> name + " (" + role + ")")
        .orElse("the " + role);
  }

  private Map<String, Object> input(Clause clause, String marker) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("marker", marker);
    view.put("heading", clause.heading());
    String presenter = clause.presenter() == null ? "" : presenter(clause.presenter());
    view.put("presenter", presenter);
    view.put("hasPresenter", !presenter.isEmpty());
    view.put("ask", clause.ask() == null ? List.of() : List.of(Map.of("text", clause.ask())));
    for (String key :
        List.of(
            "actions",
            "changes",
            "nonconformities",
            "kpis",
            "auditResults",
            "objectives",
            "risks",
            "improvements",
            "suppliers",
            "incidentFeed")) {
      view.put(key, false);
    }
    view.put("unknown", false);
    view.put(
        "own",
        clause.isProcedure()
            ? List.of(Map.of("prompt", clause.prompt(), "fed", clause.data() != null))
            : List.of());
    if (clause.hasChildren()) {
      return view;
    }
    if (clause.data() == null) {
      view.put("unknown", !clause.isProcedure());
      return view;
    }
    switch (clause.data()) {
      case ACTIONS -> view.put("actions", actions.view());
      case CONTEXT_CHANGES -> {
        view.put("changes", ChangeSection.view(ctx, ChangeSection.CONTEXT, true));
        view.put("suppliers", SupplierSection.view(ctx));
      }
      case PARTY_NEEDS -> view.put("changes", ChangeSection.view(ctx, ChangeSection.NEEDS, false));
      case PARTY_FEEDBACK ->
          view.put("changes", ChangeSection.view(ctx, ChangeSection.FEEDBACK, false));
      case NONCONFORMITIES -> view.put("nonconformities", nonconformities.view());
      case KPIS -> view.put("kpis", kpis.view());
      case AUDITS -> view.put("auditResults", audits.view());
      case OBJECTIVES -> view.put("objectives", objectives.view());
      case RISKS -> view.put("risks", risks.view());
      case IMPROVEMENTS -> view.put("improvements", improvements());
      case CUSTOMER_VISIBLE_INCIDENTS, BREACH_NOTIFICATIONS ->
          view.put("incidentFeed", IncidentFeedSection.view(incidents, clause.data()));
    }
    return view;
  }

  private Map<String, Object> improvements() {
    record Row(String id, String title, String audit, String raised, String status) {}
    List<Row> findings =
        ctx.repo().findings().stream()
            .filter(f -> "opportunity".equals(f.kind()))
            .filter(f -> f.isOpen() || ctx.inPeriod(f.raised()))
            .filter(f -> f.raised() == null || !f.raised().isAfter(ctx.asOf()))
            .sorted(Comparator.comparing(Finding::id))
            .map(f -> new Row(f.id(), f.title(), f.audit(), Text.date(f.raised()), f.status()))
            .toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("changes", ChangeSection.view(ctx, ChangeSection.IMPROVEMENTS, false));
    view.put("findings", findings);
    view.put("hasFindings", !findings.isEmpty());
    view.put("period", ctx.sinceText());
    return view;
  }
}
