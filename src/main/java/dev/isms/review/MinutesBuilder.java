package dev.isms.review;

import dev.isms.action.Action;
import dev.isms.action.InputActions;
import dev.isms.finding.OpenFindings;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.framework.Obligation;
import dev.isms.framework.ResultKind;
import dev.isms.incident.PeriodIncidents;
import dev.isms.minutes.TriggerRecord;
import dev.isms.review.MinutesView.Attendee;
import dev.isms.review.MinutesView.Prompt;
import dev.isms.review.MinutesView.Section;
import dev.isms.review.MinutesView.Trigger;
import dev.isms.risk.Risk;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the minutes to fill in: attendance, one section per input of the clause set under its
 * clause reference, then the results. Each section holds only the framework's prompt as an HTML
 * comment, which does not count as content: `isms check` sees at once what is still unwritten.
 */
final class MinutesBuilder {
  private MinutesBuilder() {}

  static MinutesView build(ReviewDraft draft, UnchangedInputs unchanged) {
    ReviewPlan plan = draft.plan();
    ClauseSet framework = draft.framework();
    Participants people = draft.participants();
    List<Section> inputs = new ArrayList<>();
    for (Clause input : framework.inputs()) {
      addInput(inputs, input, 3, draft, unchanged);
    }
    List<Section> results =
        framework.results().stream()
            .map(
                r ->
                    new Section(
                        "###",
                        r.resultHeading(),
                        prompt(r.prompt()),
                        r.kind() == ResultKind.ACTIONS))
            .toList();
    return new MinutesView(
        plan.id(),
        plan.type(),
        plan.date().toString(),
        BusinessDays.weekday(plan.date()),
        people.chair().name() + " (" + people.chair().role() + ")",
        framework.title() + ", clause " + framework.clause(),
        plan.trigger()
            .map(i -> List.of(new Trigger(i.id(), i.title(), i.reason(), triggerParts(i))))
            .orElse(List.of()),
        people.attendees().stream().map(p -> new Attendee(p.name(), p.role())).toList(),
        draft.isBeforeAudit() ? List.of(openFindings(draft)) : List.of(),
        inputsClause(framework),
        inputs,
        AgendaBuilder.resultsClause(framework),
        results,
        alsoEvidences(draft));
  }

  /** "This review also evidences": the criteria of isms.yaml's obligations the review serves. */
  private static List<MinutesView.AlsoEvidences> alsoEvidences(ReviewDraft draft) {
    List<String> lines =
        Obligation.evidenceLines(
            draft.repo().obligations(),
            draft.participants().attendees().stream().map(p -> p.role()).toList());
    return lines.isEmpty() ? List.of() : List.of(new MinutesView.AlsoEvidences(lines));
  }

  /** Root cause, lessons learned and decisions for an incident; their kin for the others. */
  private static List<Section> triggerParts(TriggerItem item) {
    return TriggerRecord.forNoun(item.noun()).map(TriggerRecord::parts).orElse(List.of()).stream()
        .map(p -> new Section("###", p.heading(), prompt(p.prompt()), false))
        .toList();
  }

  /** A pre-audit review's section on the findings still open, listed in its prompt. */
  private static Section openFindings(ReviewDraft draft) {
    List<String> open =
        draft.repo().findings().stream()
            .filter(f -> f.isOpen())
            .sorted(OpenFindings.NONCONFORMITIES_FIRST)
            .map(f -> f.id() + " (" + f.kind() + ")")
            .toList();
    String listed = open.isEmpty() ? "" : " Open: " + String.join(", ", open) + ".";
    return new Section(
        "##",
        TriggerRecord.OPEN_FINDINGS,
        prompt(TriggerRecord.OPEN_FINDINGS_PROMPT + listed),
        false);
  }

  private static void addInput(
      List<Section> into, Clause clause, int level, ReviewDraft draft, UnchangedInputs unchanged) {
    if (clause.hasChildren()) {
      into.add(new Section("#".repeat(level), clause.heading(), List.of(), false));
      for (Clause child : clause.children()) {
        addInput(into, child, level + 1, draft, unchanged);
      }
      return;
    }
    String extra =
        clause.isFedBy(Feed.ACTIONS)
            ? openActions(draft)
            : clause.isFedBy(Feed.RISKS)
                ? risksDue(draft)
                : Feed.PROCEDURE.contains(clause.data()) ? incidents(draft, clause.data()) : "";
    List<Prompt> prompts = new ArrayList<>(prompt(join(clause.prompt(), extra)));
    unchanged.offer(clause).ifPresent(offer -> prompts.addAll(prompt(offer)));
    into.add(new Section("#".repeat(level), clause.heading(), prompts, false));
  }

  /** The ids of the actions the agenda and the pack list, as a reminder inside the prompt. */
  private static String openActions(ReviewDraft draft) {
    InputActions groups = draft.inputActions();
    List<String> parts = new ArrayList<>();
    if (!groups.fromReviews().isEmpty()) {
      parts.add("Decided by earlier reviews: " + ids(groups.fromReviews()) + ".");
    }
    if (!groups.others().isEmpty()) {
      parts.add("Other actions: " + ids(groups.others()) + ".");
    }
    return parts.isEmpty() ? "No action to report on." : String.join(" ", parts);
  }

  private static String ids(List<Action> actions) {
    return actions.stream().map(Action::id).collect(java.util.stream.Collectors.joining(", "));
  }

  /**
   * The ids of the incidents an own input's feed selects in the period so far, as the pack lists
   * them, as a reminder inside the prompt (a notified breach with its day).
   */
  private static String incidents(ReviewDraft draft, Feed feed) {
    List<String> listed =
        PeriodIncidents.of(
                draft.repo().incidents(),
                day -> draft.coverage().contains(day, draft.today()),
                draft.today(),
                draft.plan().trigger().map(TriggerItem::id).orElse(null))
            .stream()
            .filter(PeriodIncidents.selectedBy(feed))
            .map(
                i ->
                    i.id()
                        + (i.breachNotified() == null
                            ? ""
                            : " (notified " + i.breachNotified() + ")"))
            .toList();
    return listed.isEmpty()
        ? "The pack lists no incident under this input as of " + draft.today() + "."
        : "Incidents the pack lists under this input as of "
            + draft.today()
            + ": "
            + String.join(", ", listed)
            + ".";
  }

  private static String risksDue(ReviewDraft draft) {
    List<String> ids = draft.risksDue().stream().map(Risk::id).toList();
    return ids.isEmpty()
        ? ""
        : "Treatment due by " + draft.comingPeriodEnd() + ": " + String.join(", ", ids) + ".";
  }

  /** "9.3.2" from "9.3.2 a)": the clause the inputs cite. */
  private static String inputsClause(ClauseSet framework) {
    return framework.inputs().stream()
        .map(Clause::ref)
        .filter(r -> r != null && !r.isBlank())
        .map(r -> r.split(" ")[0])
        .findFirst()
        .orElse(framework.clause());
  }

  private static List<Prompt> prompt(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(new Prompt(commentSafe(text)));
  }

  /** Text that cannot end or break an HTML comment: no {@code --}, no leading {@code >}. */
  static String commentSafe(String text) {
    String s = text.replaceAll("\\s+", " ").strip();
    while (s.contains("--")) {
      s = s.replace("--", "- -");
    }
    return s.startsWith(">") || s.startsWith("-") ? " " + s : s;
  }

  private static String join(String a, String b) {
    if (a == null || a.isBlank()) {
      return b;
    }
    return b.isEmpty() ? a : a + " " + b;
  }
}
