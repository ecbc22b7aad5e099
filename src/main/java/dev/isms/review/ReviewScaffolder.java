package dev.isms.review;

import dev.isms.IsmsException;
import dev.isms.git.RepositoryWriter;
import dev.isms.git.Written;
import dev.isms.render.TemplateRenderer;
import dev.isms.review.model.Review;
import dev.isms.store.DueDateHistory;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scaffolds a management review: plans it, renders review.yaml, agenda.md, minutes.md and the
 * invitation (invite.ics, the review as a calendar event), writes them all or nothing, and commits
 * exactly those files. Everything that can fail (invalid repository, taken id, no Git identity, a
 * broken template) fails before anything is written.
 */
public final class ReviewScaffolder {
  private final RepositoryLoader loader;
  private final Clock clock;

  public ReviewScaffolder(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  public ScaffoldResult scaffold(Path root, ReviewNewOptions options) {
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, options.commit())) {
      IsmsRepository repo = loader.loadValid(root);
      ReviewPlan plan = new ReviewScheduler().plan(repo, options);
      refuseBeforeLastHeld(repo, plan);
      ReviewDraft draft =
          ReviewDraft.of(
              repo,
              plan,
              options.today(),
              DueDateHistory.actions(repo, writer.git()),
              DueDateHistory.riskTreatments(repo, writer.git()));
      Path dir = repo.reviewDir(plan.id());
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        throw IsmsException.input(
            "reviews/"
                + plan.id()
                + " exists already; pass --id to scaffold the review under"
                + " another id");
      }
      UnchangedInputs unchanged =
          UnchangedInputs.of(
              root, draft.previous(), options.today(), writer.git(), clock.getZone());
      Map<Path, String> files = render(root, dir, draft, unchanged);
      String message =
          "review(" + plan.id() + "): scaffold " + plan.type() + " review for " + plan.date();
      Written written = writer.write(files, message);
      ScaffoldResult.Committed committed =
          switch (written.outcome()) {
            case COMMITTED, UNCHANGED -> ScaffoldResult.Committed.YES;
            case NOT_ASKED -> ScaffoldResult.Committed.NOT_ASKED;
            case NO_GIT_REPOSITORY -> ScaffoldResult.Committed.NO_GIT_REPOSITORY;
          };
      return new ScaffoldResult(
          root,
          plan,
          draft.duration(),
          draft.participants().chair().name(),
          draft.preRead(),
          written.files(),
          committed,
          written.commitName(),
          message,
          notes(draft, unchanged),
          draft.dues().shallowNote(repo.actions().stream().map(a -> a.id()).toList()).stream()
              .toList());
    }
  }

  /** A new review comes after the last one held: one dated earlier has its pack due in the past. */
  private static void refuseBeforeLastHeld(IsmsRepository repo, ReviewPlan plan) {
    repo.reviews().stream()
        .filter(Review::wasHeld)
        .filter(r -> r.date() != null && plan.date().isBefore(r.date()))
        .max(java.util.Comparator.comparing(Review::date))
        .ifPresent(
            last -> {
              throw IsmsException.input(
                  "review "
                      + plan.id()
                      + " would be dated "
                      + plan.date()
                      + ", before review "
                      + last.id()
                      + ", held on "
                      + last.date()
                      + "; a new review comes after the last one held: give a --date after "
                      + last.date());
            });
  }

  /** The four files, rendered in memory: a template error leaves the disk untouched. */
  private static Map<Path, String> render(
      Path root, Path dir, ReviewDraft draft, UnchangedInputs unchanged) {
    TemplateRenderer renderer = new TemplateRenderer(root);
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("review.yaml"), ReviewYaml.text(draft));
    files.put(
        dir.resolve("agenda.md"),
        renderer.render("agenda.md.mustache", AgendaBuilder.build(draft)));
    files.put(
        dir.resolve("minutes.md"),
        renderer.render("minutes.md.mustache", MinutesBuilder.build(draft, unchanged)));
    files.put(
        dir.resolve("invite.ics"),
        CalendarFormat.invite(
            draft.repo().config().organization(), ReviewCalendar.entryOf(draft), draft.today()));
    return files;
  }

  private static List<String> notes(ReviewDraft draft, UnchangedInputs unchanged) {
    List<String> notes = new ArrayList<>(draft.plan().notes());
    unchanged.note(draft.framework()).ifPresent(notes::add);
    Participants people = draft.participants();
    for (String role : people.unnamedRoles()) {
      notes.add(
          "isms.yaml names nobody for the role "
              + role
              + ", so the files say \""
              + role
              + "\"; add it under `people:` (e.g. `"
              + role
              + ": Jane Doe`) for names next time.");
    }
    List<String> top = draft.repo().config().topManagement();
    List<String> typeRoles = draft.plan().reviewType().attendees();
    if (!top.isEmpty() && !typeRoles.isEmpty() && typeRoles.stream().noneMatch(top::contains)) {
      notes.add(
          "no attendee of a "
              + draft.plan().type()
              + " review in isms.yaml is top management, so the review invites "
              + String.join(", ", top)
              + " (a held review needs one of them present); add the role to the review type's"
              + " attendees in isms.yaml to say so there.");
    }
    if (draft.plan().reviewType().duration() == null) {
      notes.add(
          "isms.yaml gives "
              + draft.plan().type()
              + " reviews no `duration`; the agenda"
              + " plans "
              + ReviewDraft.DEFAULT_DURATION
              + " minutes.");
    }
    return notes;
  }
}
