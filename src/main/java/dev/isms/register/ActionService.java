package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.action.Action;
import dev.isms.action.ActionNewOptions;
import dev.isms.action.ActionStep;
import dev.isms.action.ActionStepOptions;
import dev.isms.action.EscalationPath;
import dev.isms.check.Placeholders;
import dev.isms.problem.Suggestions;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.YamlEditor;
import dev.isms.validation.FileKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The action register as commands: a new action under the register's next id, and each move through
 * the lifecycle (start, block, complete, escalate, cancel, close) as an edit of that one file that
 * keeps the rest of it as the user wrote it, committed on its own.
 */
public final class ActionService {
  /**
   * The steps whose --note has no field of its own (block, escalate and cancel keep theirs in
   * blockers, escalations and cancel_reason): it goes to {@code updates:}.
   */
  private static final Set<ActionStep> KEPT_AS_UPDATE =
      EnumSet.of(ActionStep.START, ActionStep.COMPLETE, ActionStep.CLOSE);

  private final RepositoryLoader loader;
  private final Clock clock;

  public ActionService(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** A step done: the file change and a sentence on what it did. */
  public record StepResult(ItemChange change, String detail) {}

  public ItemChange create(Path root, ActionNewOptions o) {
    IsmsRepository repo = loader.loadValid(root);
    String owner = person(repo, required(o.owner(), "--owner"));
    if (o.due().isBefore(o.today())) {
      throw IsmsException.input(
          "--due " + o.due() + " is before today (" + o.today() + "); give a date to come");
    }
    Set<String> known = knownSources(repo);
    if (!known.contains(o.source())) {
      throw IsmsException.input(
          "--source "
              + o.source()
              + " is no review, finding, incident, risk, KPI, objective or change of this"
              + " repository; give the id the action comes from."
              + Suggestions.didYouMean(o.source(), known));
    }
    for (String dependency : o.dependsOn()) {
      if (repo.action(dependency).isEmpty()) {
        throw IsmsException.input(
            "--depends-on "
                + dependency
                + " is no action of this repository."
                + Suggestions.didYouMean(
                    dependency, repo.actions().stream().map(Action::id).toList()));
      }
    }
    IdAllocator ids =
        IdAllocator.of(
            repo.actions().stream().map(Action::id).toList(), "ACT-{year}-000", o.today());
    return new ItemWriter(loader, clock, o.commit())
        .create(
            repo,
            FileKind.ACTION,
            ids,
            id -> {
              Map<String, Object> fields = new LinkedHashMap<>();
              fields.put("id", id);
              fields.put("title", required(o.title(), "--title"));
              fields.put("source", o.source());
              fields.put("owner", owner);
              fields.put("raised", o.today());
              fields.put("due", o.due());
              fields.put("priority", o.priority() == null ? "medium" : o.priority());
              fields.put("success_criteria", required(o.successCriteria(), "--success-criteria"));
              fields.put("status", "open");
              fields.put("resources", o.resources());
              fields.put("depends_on", o.dependsOn());
              fields.put("evidence", NewItemText.EMPTY);
              fields.put("verified_by", NewItemText.EMPTY);
              return NewItemText.of(FileKind.ACTION, fields);
            },
            "new, due " + o.due() + ", owner " + owner);
  }

  public StepResult step(Path root, ActionStepOptions o) {
    IsmsRepository repo = loader.loadValid(root);
    Action action = RegisterItems.require(repo.actions(), Action::id, o.id(), "action", "actions");
    LocalDate today = o.today();
    String note = o.note() == null || o.note().isBlank() ? null : o.note().strip();
    UnaryOperator<YamlEditor> edit;
    String detail;
    switch (o.step()) {
      case START -> {
        refuseUnless(action, o.step(), "open", "escalated");
        edit = e -> e.set("/status", "in-progress");
        detail = action.id() + " is in progress";
      }
      case BLOCK -> {
        refuseFinished(action, o.step());
        String reason = reason(note, "block", "what stops the work");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("on", today);
        entry.put("reason", reason);
        edit = e -> e.append("/blockers", entry);
        detail = action.id() + " is blocked since " + today + ": " + reason;
      }
      case COMPLETE -> {
        refuseUnless(action, o.step(), "open", "in-progress", "escalated");
        edit = e -> e.set("/status", "completed").set("/completed_on", today);
        detail =
            action.id()
                + " completed on "
                + today
                + lateness(action, today)
                + "; `isms action close "
                + action.id()
                + " --evidence ... --verified-by ...` once someone other than the owner has"
                + " verified it";
      }
      case ESCALATE -> {
        refuseFinished(action, o.step());
        EscalationPath.Step to =
            EscalationPath.of(repo.config(), action)
                .next(action)
                .orElseThrow(
                    () ->
                        IsmsException.input(
                            action.id()
                                + " is escalated to "
                                + action.escalatedTo()
                                + ", the top of the escalation path already; decide it at the"
                                + " next review or cancel it with a reason"));
        String reason =
            note != null
                ? note
                : action.isOverdueOn(today)
                    ? "overdue since "
                        + action.due()
                        + " ("
                        + ChronoUnit.DAYS.between(action.due(), today)
                        + " days)"
                    : reason(null, "escalate", "why it is escalated (it is not overdue)");
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("on", today);
        entry.put("to", to.text());
        entry.put("reason", reason);
        edit =
            e ->
                e.set("/status", "escalated")
                    .set("/escalated_to", to.person())
                    .append("/escalations", entry);
        detail = action.id() + " is escalated to " + to.text() + ": " + reason;
      }
      case CANCEL -> {
        refuseFinished(action, o.step());
        String reason = reason(note, "cancel", "why it is cancelled");
        edit = e -> e.set("/status", "cancelled").set("/cancel_reason", reason);
        detail = action.id() + " is cancelled: " + reason;
      }
      case CLOSE -> {
        refuseUnless(action, o.step(), "completed");
        String verifier = person(repo, required(o.verifiedBy(), "--verified-by"));
        if (Placeholders.isPlaceholder(verifier)) {
          throw IsmsException.input("--verified-by `" + verifier + "` names nobody; give a name");
        }
        if (action.owner() != null
            && verifier.equalsIgnoreCase(person(repo, action.owner().strip()))) {
          throw IsmsException.input(
              verifier
                  + " owns "
                  + action.id()
                  + " and may not verify it; ask someone else (the Security Officer, an"
                  + " auditor) to check the evidence");
        }
        String evidence = evidence(root, o.evidence());
        edit =
            e -> {
              YamlEditor done = e.set("/status", "closed");
              if (action.completedOn() == null) {
                done = done.set("/completed_on", today);
              }
              return done.set("/evidence", evidence).set("/verified_by", verifier);
            };
        detail = action.id() + " is closed, verified by " + verifier + " (" + evidence + ")";
      }
      default -> throw new IllegalStateException(o.step().toString());
    }
    if (note != null && KEPT_AS_UPDATE.contains(o.step())) {
      Map<String, Object> update = new LinkedHashMap<>();
      update.put("on", today);
      update.put("step", o.step().word());
      update.put("note", note);
      UnaryOperator<YamlEditor> step = edit;
      edit = e -> step.apply(e).append("/updates", update);
    }
    String change = o.step().word() + (note == null ? "" : "\n\n" + note);
    ItemChange made =
        new ItemWriter(loader, clock, o.commit())
            .edit(repo, FileKind.ACTION, action.id(), edit, change);
    return new StepResult(made, detail);
  }

  private static String lateness(Action action, LocalDate today) {
    if (action.due() == null || !today.isAfter(action.due())) {
      return ", on time";
    }
    return ", " + ChronoUnit.DAYS.between(action.due(), today) + " days after its due date";
  }

  private static void refuseFinished(Action action, ActionStep step) {
    if (action.isFinished()) {
      throw IsmsException.input(
          action.id()
              + " is "
              + action.status()
              + " already; `"
              + step.word()
              + "` applies to unfinished actions only");
    }
  }

  private static void refuseUnless(Action action, ActionStep step, String... statuses) {
    if (!List.of(statuses).contains(action.status())) {
      String hint =
          step == ActionStep.CLOSE && !action.isFinished()
              ? "; run `isms action complete " + action.id() + "` first"
              : "";
      throw IsmsException.input(
          action.id()
              + " is "
              + action.status()
              + "; `"
              + step.word()
              + "` applies to "
              + String.join(" or ", statuses)
              + " actions"
              + hint);
    }
  }

  private static String reason(String note, String step, String what) {
    if (note == null || Placeholders.isPlaceholder(note)) {
      throw IsmsException.input(
          "`action " + step + "` needs a reason: --note \"" + what + "\" (a real sentence)");
    }
    return note;
  }

  static String required(String value, String option) {
    if (value == null || value.isBlank() || Placeholders.isPlaceholder(value)) {
      throw IsmsException.input(option + " is missing or a placeholder; give the real text");
    }
    return value.strip();
  }

  /** A role held by someone under {@code people:} stands for that person. */
  private static String person(IsmsRepository repo, String nameOrRole) {
    return repo.config().personFor(nameOrRole).orElse(nameOrRole);
  }

  /**
   * Evidence is a sentence, a link, or a file of the repository (a path, which must exist). A
   * placeholder (TBD, n/a, "done later") is no evidence.
   */
  private static String evidence(Path root, String given) {
    String evidence = given == null ? null : given.strip();
    if (evidence == null || Placeholders.isPlaceholder(evidence)) {
      throw IsmsException.input(
          "--evidence "
              + (evidence == null ? "is missing" : "`" + evidence + "` is a placeholder")
              + "; give what shows the success criteria are met: a file of the repository, a"
              + " link, or a sentence");
    }
    if (looksLikePath(evidence)) {
      Path file = root.resolve(evidence).normalize();
      if (!file.startsWith(root) || !Files.exists(file)) {
        throw IsmsException.input(
            "--evidence "
                + evidence
                + " is no file of the repository; add and commit the file first, or describe the"
                + " evidence in a sentence");
      }
    }
    return evidence;
  }

  private static boolean looksLikePath(String text) {
    return !text.contains("://")
        && text.chars().noneMatch(Character::isWhitespace)
        && (text.contains("/") || text.matches(".*\\.[A-Za-z0-9]{1,5}"));
  }

  private static Set<String> knownSources(IsmsRepository repo) {
    Set<String> ids = new LinkedHashSet<>();
    Stream.of(
            repo.reviews().stream().map(r -> r.id()),
            repo.findings().stream().map(f -> f.id()),
            repo.incidents().stream().map(i -> i.id()),
            repo.risks().stream().map(r -> r.id()),
            repo.kpis().stream().map(k -> k.id()),
            repo.objectives().stream().map(x -> x.id()),
            repo.changes().stream().map(c -> c.id()),
            repo.actions().stream().map(Action::id))
        .flatMap(s -> s)
        .forEach(ids::add);
    return ids;
  }
}
