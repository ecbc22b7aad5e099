package dev.isms.evidence;

import dev.isms.IsmsException;
import dev.isms.IsmsVersion;
import dev.isms.action.Action;
import dev.isms.check.Accepted;
import dev.isms.check.CheckOptions;
import dev.isms.check.CheckReport;
import dev.isms.check.CheckService;
import dev.isms.check.report.JsonReporter;
import dev.isms.check.report.TextReporter;
import dev.isms.git.CommitId;
import dev.isms.git.CommitSummary;
import dev.isms.git.GitFacade;
import dev.isms.git.TagSummary;
import dev.isms.minutes.ActionsTable;
import dev.isms.minutes.Minutes;
import dev.isms.problem.Problem;
import dev.isms.render.HtmlPage;
import dev.isms.render.MarkdownEscaper;
import dev.isms.render.TemplateRenderer;
import dev.isms.review.ApprovalTag;
import dev.isms.review.ReviewLog;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.Sha256;
import dev.isms.validation.FileKind;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * `isms evidence`: the bundle an auditor is handed for one review (or every review of a year): the
 * review's files as they are, the pack and minutes as HTML pages, the actions decided with their
 * state and Git history, the check result for the review, its trail from Git, and a manifest with
 * the SHA-256 of every file and the commit and tag of each step. Written outside the repository,
 * all or nothing; nothing is committed.
 */
public final class EvidenceService {
  private static final String CSS = "pack.css";

  private final RepositoryLoader loader;
  private final Clock clock;

  public EvidenceService(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** What was written, for the command to print. */
  public record Result(Path target, List<String> reviews, int files, String manifestSha256) {}

  public Result create(Path root, EvidenceOptions options) {
    Path target = target(options);
    refuseInsideRepository(root, target);
    BundleWriter.checkTarget(target, options.out() != null, options.force());
    IsmsRepository repo = loader.load(root).repository();
    if (repo.config() == null) {
      throw IsmsException.input(
          "isms.yaml is invalid, so the review cannot be read; run `isms check` and fix it first");
    }
    List<Review> reviews = reviews(repo, options);
    CheckReport check = new CheckService(loader).check(root, new CheckOptions(options.asOf()));
    BundleFiles files;
    try (GitFacade git =
        GitFacade.open(root, clock)
            .orElseThrow(
                () ->
                    IsmsException.input(
                        "the ISMS repository is not in a Git repository, so the review has no"
                            + " trail to bundle; run it in a Git clone"))) {
      String head = git.head().map(CommitId::name).orElse("");
      if (options.year() == null) {
        files = reviewBundle(root, repo, reviews.get(0), check, git, head, options);
      } else {
        files = yearBundle(root, repo, reviews, check, git, head, options);
      }
    }
    Map<String, byte[]> all = files.asMap();
    if (options.out() != null) {
      BundleWriter.toFolder(all, target);
    } else {
      BundleWriter.toZip(all, target);
    }
    return new Result(
        target,
        reviews.stream().map(Review::id).toList(),
        all.size(),
        Sha256.of(all.get(Manifest.JSON_NAME)));
  }

  private static Path target(EvidenceOptions options) {
    if ((options.out() == null) == (options.zip() == null)) {
      throw IsmsException.input(
          "say where the bundle goes: --out DIR (a folder) or --zip FILE, outside the repository");
    }
    if ((options.reviewId() == null) == (options.year() == null)) {
      throw IsmsException.input(
          "name one review (isms evidence 2026-Q4 ...) or a year (isms evidence --year 2026 ...)");
    }
    return (options.out() != null ? options.out() : options.zip()).toAbsolutePath().normalize();
  }

  /**
   * A bundle inside the repository would be committed by the next `git add .`, and would be part of
   * what it describes: it goes outside the ISMS repository and its Git work tree.
   */
  private static void refuseInsideRepository(Path root, Path target) {
    Path repoTop = root.toAbsolutePath().normalize();
    try (GitFacade git = GitFacade.open(root, Clock.systemUTC()).orElse(null)) {
      if (git != null) {
        repoTop = git.workTree();
      }
    }
    Path real = realPath(target);
    if (real.startsWith(realPath(repoTop)) || real.startsWith(realPath(root))) {
      throw IsmsException.input(
          target
              + " is inside the repository "
              + repoTop
              + "; write the bundle outside it (e.g. --out ../evidence), so it is neither"
              + " committed by accident nor part of what it describes");
    }
  }

  /** The path with every existing ancestor's links resolved. */
  private static Path realPath(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }

  private static List<Review> reviews(IsmsRepository repo, EvidenceOptions options) {
    if (options.year() == null) {
      Path yaml = repo.reviewDir(options.reviewId()).resolve("review.yaml");
      return List.of(
          repo.review(options.reviewId())
              .orElseThrow(
                  () ->
                      IsmsException.input(
                          Files.exists(yaml)
                              ? "reviews/"
                                  + options.reviewId()
                                  + "/review.yaml is invalid; run `isms check` and fix it first"
                              : "there is no review "
                                  + options.reviewId()
                                  + " (no reviews/"
                                  + options.reviewId()
                                  + "/review.yaml)")));
    }
    List<Review> ofYear =
        repo.reviews().stream().filter(r -> r.date().getYear() == options.year()).toList();
    if (ofYear.isEmpty()) {
      throw IsmsException.input(
          "no review took place or is planned in "
              + options.year()
              + "; the reviews are dated "
              + repo.reviews().stream()
                  .map(r -> String.valueOf(r.date().getYear()))
                  .distinct()
                  .reduce((a, b) -> a + ", " + b)
                  .orElse("(none)"));
    }
    return ofYear;
  }

  private BundleFiles yearBundle(
      Path root,
      IsmsRepository repo,
      List<Review> reviews,
      CheckReport check,
      GitFacade git,
      String head,
      EvidenceOptions options) {
    BundleFiles files = new BundleFiles();
    List<Object> listed = new ArrayList<>();
    StringBuilder md = new StringBuilder();
    md.append("# Evidence: management reviews of ")
        .append(options.year())
        .append("\n\n")
        .append(intro(repo, head, options))
        .append("## Reviews\n\n")
        .append("One folder per review, each with its own MANIFEST.md and manifest.json.\n\n")
        .append(
            "| Review | Type | Date | Status | Approved by | Approved on | Tag | manifest.json SHA-256 |\n")
        .append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (Review review : reviews) {
      BundleFiles one = reviewBundle(root, repo, review, check, git, head, options);
      files.putAll(review.id(), one);
      String sha = Sha256.of(one.asMap().get(Manifest.JSON_NAME));
      Optional<TagSummary> tag = git.annotatedTag(ApprovalTag.name(review.id()));
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("review", review.id());
      entry.put("type", review.type());
      entry.put("date", review.date().toString());
      entry.put("status", review.status());
      entry.put("approved_by", review.approvedBy());
      entry.put("approved_on", review.approvedOn() == null ? null : review.approvedOn().toString());
      entry.put("tag", tag.map(TagSummary::name).orElse(null));
      entry.put("tag_commit", tag.map(TagSummary::commitId).orElse(null));
      entry.put("folder", review.id() + "/");
      entry.put("manifest_sha256", sha);
      listed.add(entry);
      md.append("| ")
          .append(cell(review.id()))
          .append(" | ")
          .append(cell(review.type()))
          .append(" | ")
          .append(review.date())
          .append(" | ")
          .append(cell(review.status()))
          .append(" | ")
          .append(cell(review.approvedBy()))
          .append(" | ")
          .append(review.approvedOn() == null ? "" : review.approvedOn().toString())
          .append(" | ")
          .append(
              cell(tag.map(t -> t.name() + " (" + t.commitId().substring(0, 7) + ")").orElse("")))
          .append(" | `")
          .append(sha)
          .append("` |\n");
    }
    md.append('\n');
    Map<String, Object> header = header("year", repo, head, options);
    header.put("year", options.year());
    header.put("reviews", listed);
    Manifest.seal(files, header, md.toString());
    return files;
  }

  private BundleFiles reviewBundle(
      Path root,
      IsmsRepository repo,
      Review review,
      CheckReport check,
      GitFacade git,
      String head,
      EvidenceOptions options) {
    BundleFiles files = new BundleFiles();
    String folder = "reviews/" + review.id() + "/";
    Path dir = repo.reviewDir(review.id());
    List<String> notes = new ArrayList<>();
    copyFolder(dir, "review/", files);
    for (String name : List.of("review.yaml", "agenda.md", "pack.md", "minutes.md")) {
      if (!files.contains("review/" + name)) {
        notes.add(folder + name + " is missing");
      }
    }
    TemplateRenderer renderer = new TemplateRenderer(root);
    String css = renderer.text(CSS);
    Optional<String> minutes = text(files, "review/minutes.md");
    minutes.ifPresent(
        m ->
            files.put(
                "html/minutes.html",
                HtmlPage.render("Minutes of management review " + review.id(), m, Map.of(), css)));
    if (files.contains("review/pack.html")) {
      files.put("html/pack.html", files.asMap().get("review/pack.html"));
    } else {
      text(files, "review/pack.md")
          .ifPresent(
              p ->
                  files.put(
                      "html/pack.html",
                      HtmlPage.render("Briefing pack " + review.id(), p, Map.of(), css)));
    }
    Set<String> actionIds = actionsDecided(repo, review, minutes);
    List<String> actionFiles = new ArrayList<>();
    StringBuilder actions = new StringBuilder();
    actions
        .append("# Actions decided in review ")
        .append(review.id())
        .append("\n\n")
        .append(
            "Each action whose `source` is the review, or that the minutes' actions table lists or"
                + " their text names,"
                + " with its state today and every commit that changed its file.\n\n");
    for (String id : actionIds) {
      String path = FileKind.ACTION.pathOf(id);
      actionFiles.add(path);
      Path file = root.resolve(path);
      Optional<Action> action = repo.action(id);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        notes.add(id + " is listed in the minutes but has no file " + path);
        actions.append("## ").append(id).append("\n\nNo file ").append(path).append(".\n\n");
        continue;
      }
      files.put(path, bytes(file));
      actions.append(actionSection(id, path, action, git.commitsChanging(git.gitPath(file))));
    }
    if (actionIds.isEmpty()) {
      actions.append("No action names this review as its source, and the minutes list none.\n");
    }
    files.put("actions.md", actions.toString());
    CheckReport mine = concerning(check, folder, actionFiles);
    files.put("check.txt", report(mine, new TextReporter(false)));
    files.put("check.json", report(mine, new JsonReporter(IsmsVersion.current())));
    ReviewLog.Trail trail = ReviewLog.trail(git, root, review.id());
    files.put("log.txt", ReviewLog.text(trail));
    files.put("log.json", ReviewLog.json(trail));
    notes.addAll(trail.notes());
    Optional<TagSummary> tag = git.annotatedTag(ApprovalTag.name(review.id()));
    Map<String, Object> header = header("review", repo, head, options);
    header.put("review", reviewFields(review));
    header.put("steps", steps(trail));
    header.put("approval", tag.map(t -> approval(root, t, git)).orElse(null));
    header.put("check", Map.of("errors", mine.errors(), "warnings", mine.warnings()));
    header.put("notes", notes);
    String md = reviewMarkdown(repo, review, trail, tag, root, git, mine, notes, head, options);
    Manifest.seal(files, header, md);
    return files;
  }

  /**
   * The actions whose source is the review, those the minutes' actions table lists, and those the
   * minutes name elsewhere (an action the review cancelled or re-planned in a sentence).
   */
  private static Set<String> actionsDecided(
      IsmsRepository repo, Review review, Optional<String> minutes) {
    Set<String> ids = new TreeSet<>();
    repo.actions().stream()
        .filter(a -> review.id().equals(a.source()))
        .forEach(a -> ids.add(a.id()));
    minutes.ifPresent(
        m ->
            ActionsTable.rows(Minutes.parse(m)).stream()
                .filter(r -> !r.isBlank() && !r.hasNoId())
                .map(r -> r.id().strip())
                .filter(id -> id.matches("[A-Za-z0-9][A-Za-z0-9._-]*"))
                .forEach(ids::add));
    minutes.ifPresent(
        m ->
            ids.addAll(
                Minutes.parse(m).mentioned(repo.actions().stream().map(a -> a.id()).toList())));
    return ids;
  }

  private static String actionSection(
      String id, String path, Optional<Action> action, List<CommitSummary> history) {
    StringBuilder s = new StringBuilder("## ").append(id).append("\n\n");
    if (action.isEmpty()) {
      s.append(path).append(" is not valid; `isms check` names its problems.\n\n");
    } else {
      Action a = action.get();
      s.append("| Field | Value |\n| --- | --- |\n");
      row(s, "Title", a.title());
      row(s, "Source", a.source());
      row(s, "Owner", a.owner());
      row(s, "Due", a.due() == null ? null : a.due().toString());
      row(s, "Priority", a.priority());
      row(s, "Success criteria", a.successCriteria());
      row(s, "Status", a.status());
      row(s, "Completed on", a.completedOn() == null ? null : a.completedOn().toString());
      row(s, "Evidence", a.evidence());
      row(s, "Verified by", a.verifiedBy());
      s.append('\n');
    }
    s.append("History of ").append(path).append(" (oldest first):\n\n");
    s.append("| Date | Commit | Author | Subject |\n| --- | --- | --- | --- |\n");
    for (CommitSummary c : history) {
      s.append("| ")
          .append(c.authorTime().toOffsetDateTime())
          .append(" | ")
          .append(c.shortId())
          .append(" | ")
          .append(cell(c.author()))
          .append(" | ")
          .append(cell(c.subject()))
          .append(" |\n");
    }
    if (history.isEmpty()) {
      s.append("| | | | not committed yet |\n");
    }
    return s.append('\n').toString();
  }

  private static void row(StringBuilder s, String field, String value) {
    if (value != null && !value.isBlank()) {
      s.append("| ").append(field).append(" | ").append(cell(value)).append(" |\n");
    }
  }

  /** The check's findings on the review's files and its actions' files. */
  private static CheckReport concerning(CheckReport all, String folder, List<String> actionFiles) {
    java.util.function.Predicate<String> mine =
        file -> file.startsWith(folder) || actionFiles.contains(file);
    List<Problem> problems = all.problems().stream().filter(p -> mine.test(p.file())).toList();
    List<Accepted> accepted =
        all.accepted().stream().filter(a -> mine.test(a.problem().file())).toList();
    Map<String, SortedSet<String>> checked = new TreeMap<>();
    all.checked()
        .forEach(
            (rule, fileSet) -> {
              SortedSet<String> kept = new TreeSet<>();
              fileSet.stream().filter(mine).forEach(kept::add);
              checked.put(rule, kept);
            });
    return new CheckReport(
        all.asOf(),
        problems,
        all.rules(),
        checked,
        all.notes(),
        all.disabled(),
        all.strict(),
        all.gitPrefix(),
        accepted);
  }

  private static String report(CheckReport report, dev.isms.check.report.Reporter reporter) {
    StringWriter text = new StringWriter();
    try (PrintWriter out = new PrintWriter(text)) {
      reporter.write(report, out);
    }
    return text.toString();
  }

  private Map<String, Object> header(
      String kind, IsmsRepository repo, String head, EvidenceOptions options) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("format_version", Manifest.FORMAT_VERSION);
    header.put("tool", "isms");
    header.put("version", IsmsVersion.current());
    header.put("kind", kind);
    header.put("organization", repo.config().organization());
    header.put("as_of", options.asOf().toString());
    header.put("head", head);
    return header;
  }

  private static Map<String, Object> reviewFields(Review review) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", review.id());
    m.put("type", review.type());
    m.put("date", review.date().toString());
    m.put("status", review.status());
    m.put("chair", review.chair());
    m.put("approved_by", review.approvedBy());
    m.put("approved_on", review.approvedOn() == null ? null : review.approvedOn().toString());
    List<Object> attendees = new ArrayList<>();
    for (Review.Attendee a : review.attendees()) {
      Map<String, Object> at = new LinkedHashMap<>();
      at.put("name", a.name());
      at.put("role", a.role());
      at.put("present", a.present());
      at.put("note", a.note());
      at.put("delegate_for", a.delegateFor());
      attendees.add(at);
    }
    m.put("attendees", attendees);
    return m;
  }

  private static List<Object> steps(ReviewLog.Trail trail) {
    List<Object> steps = new ArrayList<>();
    for (ReviewLog.Entry e : trail.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("step", e.step());
      m.put("commit", e.commit().id());
      m.put("tag", e.isTag() ? e.tag() : null);
      m.put("date", e.date().toOffsetDateTime().toString());
      m.put("author", e.commit().author());
      m.put("committer", e.commit().committer());
      m.put("signature", e.signature().describe());
      steps.add(m);
    }
    return steps;
  }

  /** The tag, and per file the SHA-256 it recorded against the file's SHA-256 now. */
  private static Map<String, Object> approval(Path root, TagSummary tag, GitFacade git) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tag", tag.name());
    m.put("commit", tag.commitId());
    m.put("tagger", tag.tagger());
    m.put(
        "tagged_at", tag.taggedAt() == null ? null : tag.taggedAt().toOffsetDateTime().toString());
    m.put("signature", git.tagSignature(tag.name()).describe());
    List<Object> files = new ArrayList<>();
    ApprovalTag.hashes(tag.message())
        .forEach(
            (path, sha) -> {
              Map<String, Object> f = new LinkedHashMap<>();
              String now = currentSha(root, path);
              f.put("path", path);
              f.put("sha256_at_approval", sha);
              f.put("sha256_now", now);
              f.put("unchanged", sha.equals(now));
              files.add(f);
            });
    m.put("files", files);
    return m;
  }

  private static String currentSha(Path root, String path) {
    Path file = root.resolve(path).normalize();
    try {
      return file.startsWith(root) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          ? Sha256.ofFile(file)
          : null;
    } catch (IOException e) {
      return null;
    }
  }

  private String reviewMarkdown(
      IsmsRepository repo,
      Review review,
      ReviewLog.Trail trail,
      Optional<TagSummary> tag,
      Path root,
      GitFacade git,
      CheckReport check,
      List<String> notes,
      String head,
      EvidenceOptions options) {
    StringBuilder md = new StringBuilder();
    md.append("# Evidence: management review ").append(review.id()).append("\n\n");
    md.append(intro(repo, head, options));
    md.append("## The review\n\n| Field | Value |\n| --- | --- |\n");
    row(md, "Review", review.id());
    row(md, "Type", review.type());
    row(md, "Meeting", review.date().toString());
    row(md, "Status", review.status());
    row(md, "Chair", review.chair());
    row(md, "Approved by", review.approvedBy());
    row(md, "Approved on", review.approvedOn() == null ? null : review.approvedOn().toString());
    md.append("\n## Attendance\n\n| Name | Role | Present | Note |\n| --- | --- | --- | --- |\n");
    for (Review.Attendee a : review.attendees()) {
      md.append("| ")
          .append(cell(a.name()))
          .append(" | ")
          .append(cell(a.role()))
          .append(
              a.present() == null ? " | not recorded | " : a.isPresent() ? " | yes | " : " | no | ")
          .append(
              cell(
                  (a.note() == null ? "" : a.note())
                      + (a.delegateFor() == null ? "" : " (delegate for " + a.delegateFor() + ")")))
          .append(" |\n");
    }
    md.append("\n## Steps, from Git\n\n");
    md.append("| Step | Date | Commit | Tag | Author | Committer | Signature |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (ReviewLog.Entry e : trail.entries()) {
      md.append("| ")
          .append(cell(e.step()))
          .append(" | ")
          .append(e.date().toOffsetDateTime())
          .append(" | ")
          .append(e.commit().id(), 0, 12)
          .append(" | ")
          .append(cell(e.tag()))
          .append(" | ")
          .append(cell(e.commit().author()))
          .append(" | ")
          .append(cell(e.commit().committer()))
          .append(" | ")
          .append(cell(e.signature().describe()))
          .append(" |\n");
    }
    md.append("\n## Approval\n\n");
    if (tag.isEmpty()) {
      md.append("There is no approval tag ")
          .append(ApprovalTag.name(review.id()))
          .append(": the review is not approved with `isms review approve`.\n\n");
    } else {
      TagSummary t = tag.get();
      md.append("The tag `")
          .append(t.name())
          .append("` points to commit `")
          .append(t.commitId())
          .append("`; tagged by ")
          .append(cell(t.tagger()))
          .append(t.taggedAt() == null ? "" : " on " + t.taggedAt().toOffsetDateTime())
          .append(", ")
          .append(git.tagSignature(t.name()).describe())
          .append(
              ". The SHA-256 it recorded for each file of the review, against the file today:\n\n");
      md.append("| File | At approval | Today | |\n| --- | --- | --- | --- |\n");
      ApprovalTag.hashes(t.message())
          .forEach(
              (path, sha) -> {
                String now = currentSha(root, path);
                md.append("| ")
                    .append(cell(path))
                    .append(" | `")
                    .append(sha)
                    .append("` | ")
                    .append(now == null ? "missing" : "`" + now + "`")
                    .append(" | ")
                    .append(sha.equals(now) ? "unchanged" : "**changed since approval**")
                    .append(" |\n");
              });
      md.append('\n');
    }
    md.append("## Contents\n\n")
        .append("- `review/`: the files of `reviews/")
        .append(review.id())
        .append("/` as they are in the repository (review.yaml, agenda.md, pack.md, minutes.md)\n")
        .append(
            "- `html/pack.html`, `html/minutes.html`: the pack and the minutes as printable"
                + " pages\n")
        .append(
            "- `actions/`: the files of the actions decided; `actions.md`: their state and Git"
                + " history\n")
        .append("- `check.txt`, `check.json`: `isms check` as of ")
        .append(options.asOf())
        .append(", the findings on the review's files and its actions (")
        .append(count(check.errors(), "error"))
        .append(", ")
        .append(count(check.warnings(), "warning"))
        .append(")\n")
        .append("- `log.txt`, `log.json`: `isms review log ")
        .append(review.id())
        .append("`\n\n");
    if (!notes.isEmpty()) {
      md.append("## Notes\n\n");
      notes.forEach(n -> md.append("- ").append(MarkdownEscaper.inline(n)).append('\n'));
      md.append('\n');
    }
    return md.toString();
  }

  private static String intro(IsmsRepository repo, String head, EvidenceOptions options) {
    return "Organisation: "
        + MarkdownEscaper.inline(repo.config().organization())
        + ". Made by isms "
        + IsmsVersion.current()
        + " from commit `"
        + head
        + "` with the check as of "
        + options.asOf()
        + "; nothing was committed.\n\n";
  }

  private static String count(long n, String what) {
    return n + " " + what + (n == 1 ? "" : "s");
  }

  private static String cell(String value) {
    return value == null ? "" : MarkdownEscaper.inline(value);
  }

  private static void copyFolder(Path dir, String prefix, BundleFiles files) {
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted().toList()) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(prefix + dir.relativize(p).toString().replace('\\', '/'), bytes(p));
        }
      }
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + dir + ": " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> text(BundleFiles files, String path) {
    byte[] bytes = files.asMap().get(path);
    return bytes == null
        ? Optional.empty()
        : Optional.of(new String(bytes, StandardCharsets.UTF_8));
  }
}
