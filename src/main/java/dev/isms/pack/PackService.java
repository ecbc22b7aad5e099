package dev.isms.pack;

import dev.isms.IsmsException;
import dev.isms.framework.ClauseSet;
import dev.isms.git.CommitId;
import dev.isms.git.CommitSummary;
import dev.isms.git.GitFacade;
import dev.isms.git.RepositoryWriter;
import dev.isms.git.Written;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.kpi.Measurement;
import dev.isms.render.HtmlPage;
import dev.isms.render.TemplateRenderer;
import dev.isms.review.model.Review;
import dev.isms.store.DueDateHistory;
import dev.isms.store.GeneratedFile;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.FileKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code isms pack}: computes the briefing pack of a review from the repository, writes
 * reviews/&lt;ID&gt;/pack.md (and pack.html) all or nothing, and commits exactly those files. A
 * pack file someone edited, or one isms did not write, is only replaced with {@code force}.
 */
public final class PackService {
  public static final String GENERATOR = "isms pack";
  static final String TEMPLATE = "pack.md.mustache";
  static final String CSS = "pack.css";

  /** Register folders and files whose uncommitted changes the pack's provenance mentions. */
  private static final Set<String> REGISTERS =
      Set.of("kpis", "objectives", "risks", "actions", "findings", "incidents", "changes");

  private final RepositoryLoader loader;
  private final Clock clock;

  public PackService(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  public PackResult generate(Path root, PackOptions options) {
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, options.commit())) {
      return generate(root, options, writer);
    }
  }

  private PackResult generate(Path root, PackOptions options, RepositoryWriter writer) {
    IsmsRepository repo = loader.loadValid(root);
    Review review = ReviewSelector.select(repo, options.reviewId(), options.asOf());
    PackContext ctx =
        new PackContext(
            repo,
            review,
            options.asOf(),
            DueDateHistory.actions(repo, writer.git()),
            DueDateHistory.riskTreatments(repo, writer.git()));
    ClauseSet framework =
        review.framework() == null
            ? repo.framework()
            : loader
                .frameworks()
                .find(review.framework())
                .map(repo.config().procedure()::applyTo)
                .orElse(repo.framework());
    Path dir = repo.reviewDir(review.id());
    Path md = dir.resolve("pack.md");
    Path html = dir.resolve("pack.html");
    List<Path> targets = options.html() ? List.of(md, html) : List.of(md);
    refuseToRewriteHeld(review, md, options.force());
    for (Path target : targets) {
      refuseToOverwrite(root, target, options.force());
    }
    List<String> warnings = new ArrayList<>();
    futurePeriods(repo, options.asOf(), warnings);
    Optional<GitFacade> git = writer.git();
    ZoneId zone = clock.getZone();
    RiskBaseline.Result baseline = RiskBaseline.load(ctx, git, loader, zone);
    if (baseline.missing()) {
      String why = baseline.explanation();
      warnings.add(
          "the risk register delta is missing: "
              + Character.toLowerCase(why.charAt(0))
              + why.substring(1)
              + (baseline.command().isEmpty() ? "" : " (" + baseline.command() + ")"));
    }
    warnings.addAll(ctx.shallowNotes());
    String generatedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    String dataCommit = dataCommit(git, repo, warnings);
    TemplateRenderer renderer = new TemplateRenderer(root);
    Map<Path, String> files =
        render(
            ctx,
            framework,
            baseline,
            zone,
            renderer,
            new PackDocument.Provenance(generatedAt, dataCommit),
            targets);
    if (!options.html()
        && GeneratedFile.stateOf(html, GENERATOR) != GeneratedFile.State.ABSENT
        && UpToDate.since(
                Map.of(
                    html,
                    render(
                            ctx,
                            framework,
                            baseline,
                            zone,
                            renderer,
                            UpToDate.PLACEHOLDERS,
                            List.of(md, html))
                        .get(html)))
            .isEmpty()) {
      warnings.add(
          relative(root, html)
              + " is from an earlier run and was left as it was;"
              + " run with --html to bring it up to date");
    }
    if (!options.force()) {
      Optional<String> since =
          UpToDate.since(
              render(ctx, framework, baseline, zone, renderer, UpToDate.PLACEHOLDERS, targets));
      // a pack written with --no-commit and not committed since is committed, not skipped
      boolean committed =
          !options.commit() || git.isEmpty() || git.get().unchangedSinceHead(files.keySet());
      if (since.isPresent() && committed) {
        return new PackResult(
            review.id(),
            List.of(),
            files.keySet().stream().map(p -> root.relativize(p)).toList(),
            since.get(),
            Optional.empty(),
            "nothing was written",
            warnings);
      }
    }
    Written written =
        writer.write(
            files,
            "pack("
                + review.id()
                + "): briefing pack for the "
                + review.type()
                + " review of "
                + review.date()
                + afterTheMeeting(review, md, options.force(), git));
    return PackResult.written(
        review.id(),
        written.files().stream().map(p -> root.relativize(p)).toList(),
        written.commitName(),
        written.commit().isPresent() ? "" : written.outcome().note(),
        warnings);
  }

  /** The files of the pack, each with its marker line, for the given provenance. */
  private static Map<Path, String> render(
      PackContext ctx,
      ClauseSet framework,
      RiskBaseline.Result baseline,
      ZoneId zone,
      TemplateRenderer renderer,
      PackDocument.Provenance provenance,
      List<Path> targets) {
    PackDocument document = new PackDocument(ctx, framework, baseline, provenance, zone);
    String body = renderer.render(TEMPLATE, document.view());
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(targets.get(0), GeneratedFile.mark(GENERATOR, body));
    if (targets.size() > 1) {
      String page =
          HtmlPage.render(document.title(), body, document.htmlCharts(), renderer.text(CSS));
      files.put(targets.get(1), GeneratedFile.mark(GENERATOR, page));
    }
    return files;
  }

  /**
   * The pack of a review that took place is what management read before the meeting: regenerating
   * it afterwards would replace that record with today's data.
   */
  /** Measurements of periods that had not begun: left out of the figures, and said so. */
  private static void futurePeriods(IsmsRepository repo, LocalDate asOf, List<String> warnings) {
    for (Kpi kpi : repo.kpis()) {
      for (Measurement m : kpi.measurements()) {
        if (KpiPeriods.beginsAfter(m.period(), asOf)) {
          warnings.add(
              IsmsRepository.pathOf(FileKind.KPI, kpi.id())
                  + ": the measurement for "
                  + m.period()
                  + " is left out, as that period begins after "
                  + asOf
                  + " (isms check reports it as kpi-future-period); correct the period");
        }
      }
    }
  }

  static void refuseToRewriteHeld(Review review, Path md, boolean force) {
    if (force
        || !review.wasHeld()
        || !java.nio.file.Files.exists(md, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    throw IsmsException.input(
        "review "
            + review.id()
            + " is "
            + review.status()
            + " (it took place on "
            + review.date()
            + "): its pack is the one management read, and regenerating it would replace that"
            + " record with today's data; run again with --force to regenerate it anyway");
  }

  /**
   * Why a held review's pack was written again, for the commit message: the history must show that
   * the pack on record is no longer the one management read, and where that one is.
   */
  private static String afterTheMeeting(
      Review review, Path md, boolean force, Optional<GitFacade> git) {
    if (!force
        || !review.wasHeld()
        || !java.nio.file.Files.exists(md, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return "";
    }
    Optional<String> previous =
        git.flatMap(
            g -> {
              List<CommitSummary> commits = g.commitsChanging(g.gitPath(md));
              return commits.isEmpty()
                  ? Optional.empty()
                  : Optional.of(commits.get(commits.size() - 1).shortId());
            });
    return "\n\nRegenerated with --force after the review was "
        + review.status()
        + " (meeting "
        + review.date()
        + ")"
        + previous
            .map(id -> "; the pack management read before the meeting is in commit " + id)
            .orElse("")
        + ".";
  }

  private static void refuseToOverwrite(Path root, Path target, boolean force) {
    if (force) {
      return;
    }
    String name = relative(root, target);
    switch (GeneratedFile.stateOf(target, GENERATOR)) {
      case EDITED ->
          throw IsmsException.input(
              name
                  + " was edited after isms generated it (its"
                  + " content no longer matches the hash in its first line); move your edits elsewhere,"
                  + " or run again with --force to replace it");
      case FOREIGN ->
          throw IsmsException.input(
              name
                  + " was not generated by isms pack (its first"
                  + " line has no `generated by isms pack` marker); move it away, or run again with"
                  + " --force to replace it");
      default -> {
        // absent, or ours and untouched: write it
      }
    }
  }

  /**
   * The commit that holds the data the pack was made from: the newest commit that changed a file of
   * the ISMS other than a briefing pack (reviews/&lt;ID&gt;/pack.md or pack.html, which are output,
   * not data), so that committing a pack does not change the data commit of the next one; with a
   * note when register files differ from it; "no Git" outside Git.
   */
  private static String dataCommit(
      Optional<GitFacade> git, IsmsRepository repo, List<String> warnings) {
    if (git.isEmpty()) {
      return "no Git (the registers as they are on disk)";
    }
    Optional<CommitId> head = git.get().head();
    if (head.isEmpty()) {
      return "none yet (the Git repository has no commit; the registers as they are on disk)";
    }
    String folder = git.get().gitPath(repo.root());
    String prefix = folder.isEmpty() ? "" : folder + "/";
    List<String> dirty = new ArrayList<>();
    for (String path : git.get().uncommittedChanges(folder)) {
      String rel = path.substring(prefix.length());
      if (isRegisterFile(rel)) {
        dirty.add(rel);
      }
    }
    String id =
        git.get()
            .lastCommitChanging(folder, path -> isPack(path.substring(prefix.length())))
            .map(CommitSummary::id)
            .orElse(head.get().name());
    if (dirty.isEmpty()) {
      return id;
    }
    warnings.add(
        "register files have uncommitted changes ("
            + upToTen(dirty)
            + "); the pack shows them, but commit them so that the pack's data commit holds them");
    return id + ", with uncommitted changes to " + upToTen(dirty);
  }

  /** reviews/&lt;ID&gt;/pack.md or pack.html, relative to the ISMS root. */
  static boolean isPack(String rel) {
    String[] parts = rel.split("/");
    return parts.length == 3
        && parts[0].equals("reviews")
        && (parts[2].equals("pack.md") || parts[2].equals("pack.html"));
  }

  private static String upToTen(List<String> paths) {
    List<String> shown = paths.size() > 10 ? paths.subList(0, 10) : paths;
    return String.join(", ", shown)
        + (paths.size() > shown.size() ? " and " + (paths.size() - shown.size()) + " more" : "");
  }

  static boolean isRegisterFile(String rel) {
    if (rel.equals("isms.yaml")) {
      return true;
    }
    int slash = rel.indexOf('/');
    if (slash < 0) {
      return false;
    }
    String folder = rel.substring(0, slash);
    if (folder.equals("reviews")) {
      return rel.endsWith("/review.yaml");
    }
    return REGISTERS.contains(folder) && rel.endsWith(".yaml");
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }
}
