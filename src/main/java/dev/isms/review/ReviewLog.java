package dev.isms.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.isms.IsmsException;
import dev.isms.git.CommitChanges;
import dev.isms.git.CommitSummary;
import dev.isms.git.GitFacade;
import dev.isms.git.SignatureStatus;
import dev.isms.git.TagSummary;
import dev.isms.problem.TerminalText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * `isms review log`: a review's trail as Git holds it, oldest first: one entry per commit that
 * touched reviews/&lt;ID&gt;/ and one for the approval tag, each with the step it represents
 * (scaffolded, packed, edited, held, approved, changed after approval), read from what the commit
 * changed: review.yaml's status before and after, the pack written, other files edited, and whether
 * the commit came after the approval.
 */
public final class ReviewLog {
  public static final String SCAFFOLDED = "scaffolded";
  public static final String PACKED = "packed";
  public static final String EDITED = "edited";
  public static final String HELD = "held";
  public static final String APPROVED = "approved";
  public static final String TAGGED = "tagged";
  public static final String CHANGED_AFTER_APPROVAL = "changed after approval";

  /** The oldest commit of a shallow clone: what came before it is not in the clone. */
  public static final String SHALLOW_START = "start of shallow history";

  private static final YAMLMapper YAML = new YAMLMapper();
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xx");

  private final Clock clock;

  public ReviewLog(Clock clock) {
    this.clock = clock;
  }

  /**
   * One step of the trail: a commit (tag empty) or the approval tag (tag named, commit the one it
   * points to; author and committer are the tagger). Paths are relative to the ISMS root.
   */
  public record Entry(
      String step,
      String tag,
      CommitSummary commit,
      SignatureStatus signature,
      ZonedDateTime date,
      List<String> files) {
    public Entry {
      files = List.copyOf(files);
    }

    public boolean isTag() {
      return !tag.isEmpty();
    }
  }

  /** The trail of one review, and what the reader should know about its completeness. */
  public record Trail(String reviewId, String folder, List<Entry> entries, List<String> notes) {
    public Trail {
      entries = List.copyOf(entries);
      notes = List.copyOf(notes);
    }

    /** The newest entry of a step, if the trail has one. */
    public Optional<Entry> last(String step) {
      Entry found = null;
      for (Entry e : entries) {
        if (e.step().equals(step)) {
          found = e;
        }
      }
      return Optional.ofNullable(found);
    }
  }

  public Trail trail(Path root, String reviewId) {
    try (GitFacade git =
        GitFacade.open(root, clock)
            .orElseThrow(
                () ->
                    IsmsException.input(
                        "the ISMS repository is not in a Git repository, so review "
                            + reviewId
                            + " has no trail; run it in a Git clone"))) {
      return trail(git, root, reviewId);
    }
  }

  /** The trail read through a facade the caller holds open (its history index is reused). */
  public static Trail trail(GitFacade git, Path root, String reviewId) {
    ReviewIds.requireSafe(reviewId);
    Path dir = root.resolve("reviews").resolve(reviewId);
    String rootPath = git.gitPath(root);
    String strip = rootPath.isEmpty() ? "" : rootPath + "/";
    String folder = git.gitPath(dir);
    List<CommitChanges> commits = git.commitsChangingUnder(folder);
    if (commits.isEmpty() && !Files.isDirectory(dir)) {
      throw IsmsException.input(
          "there is no review "
              + reviewId
              + ": reviews/"
              + reviewId
              + "/ is neither in the work tree nor in the Git history");
    }
    List<String> notes = new ArrayList<>();
    boolean shallow = git.isShallow();
    if (shallow) {
      notes.add(
          "this is a shallow clone: commits older than its boundary are missing from the trail;"
              + " fetch the full history with `git fetch --unshallow` (on GitHub Actions:"
              + " actions/checkout with fetch-depth: 0)");
    }
    String yamlPath = folder + "/review.yaml";
    Optional<TagSummary> tag = git.annotatedTag(ApprovalTag.name(reviewId));
    String approvedAt = tag.map(TagSummary::commitId).orElse(null);
    List<Entry> entries = new ArrayList<>();
    for (CommitChanges c : commits) {
      String before = c.firstParentId().flatMap(p -> git.readAt(p, yamlPath)).orElse(null);
      boolean hasYaml = c.paths().contains(yamlPath);
      String after = hasYaml ? git.readAt(c.commit().id(), yamlPath).orElse(null) : before;
      String step =
          c.firstParentId().isEmpty() && shallow
              ? SHALLOW_START
              : step(c.paths(), folder, before, after);
      if (approvedAt != null) {
        if (!git.isInHistoryOf(c.commit().id(), approvedAt)) {
          step = CHANGED_AFTER_APPROVAL;
        }
      } else if (APPROVED.equals(step)) {
        approvedAt = c.commit().id();
      } else if (isAfterApproval(entries)) {
        step = CHANGED_AFTER_APPROVAL;
      }
      List<String> files = c.paths().stream().map(p -> p.substring(strip.length())).toList();
      entries.add(new Entry(step, "", c.commit(), c.signature(), c.commit().authorTime(), files));
      if (tag.isPresent() && tag.get().commitId().equals(c.commit().id())) {
        entries.add(tagEntry(git, tag.get(), c.commit()));
      }
    }
    if (tag.isPresent() && entries.stream().noneMatch(Entry::isTag)) {
      notes.add(
          "the tag "
              + tag.get().name()
              + " points to commit "
              + tag.get().commitId().substring(0, 7)
              + ", which changed no file of the review");
    }
    List<String> pending = git.uncommittedChanges(folder);
    if (!pending.isEmpty()) {
      notes.add(
          "not committed yet, so not in the trail: "
              + String.join(", ", pending.stream().map(p -> p.substring(strip.length())).toList()));
    }
    return new Trail(reviewId, "reviews/" + reviewId + "/", entries, notes);
  }

  private static boolean isAfterApproval(List<Entry> entries) {
    return entries.stream()
        .anyMatch(e -> e.step().equals(APPROVED) || e.step().equals(CHANGED_AFTER_APPROVAL));
  }

  private static Entry tagEntry(GitFacade git, TagSummary tag, CommitSummary commit) {
    ZonedDateTime when = tag.taggedAt() == null ? commit.committerTime() : tag.taggedAt();
    CommitSummary tagger =
        new CommitSummary(
            commit.id(),
            tag.tagger(),
            tag.taggerEmail(),
            when,
            tag.tagger(),
            tag.taggerEmail(),
            when,
            tag.message().lines().findFirst().orElse(""));
    return new Entry(TAGGED, tag.name(), tagger, git.tagSignature(tag.name()), when, List.of());
  }

  /** The step a commit represents, from the files it touched and review.yaml's status. */
  static String step(List<String> paths, String folder, String yamlBefore, String yamlAfter) {
    String was = status(yamlBefore);
    String is = status(yamlAfter);
    if (yamlBefore == null && yamlAfter != null) {
      return SCAFFOLDED;
    }
    if (!is.equals(was) && (is.equals(HELD) || is.equals(APPROVED))) {
      return is;
    }
    boolean packed =
        paths.stream()
            .anyMatch(p -> p.equals(folder + "/pack.md") || p.equals(folder + "/pack.html"));
    boolean other =
        paths.stream()
            .anyMatch(p -> !p.equals(folder + "/pack.md") && !p.equals(folder + "/pack.html"));
    return packed && !other ? PACKED : packed ? PACKED + ", " + EDITED : EDITED;
  }

  private static String status(String yaml) {
    if (yaml == null) {
      return "";
    }
    try {
      JsonNode tree = YAML.readTree(yaml);
      return tree == null ? "" : tree.path("status").asText("");
    } catch (JsonProcessingException | RuntimeException e) {
      return ""; // an unreadable review.yaml has no status to compare
    }
  }

  /** For people: one line per step, then the notes. */
  public static String text(Trail trail) {
    StringBuilder out = new StringBuilder();
    out.append("Trail of review ")
        .append(trail.reviewId())
        .append(" (")
        .append(trail.folder())
        .append("), oldest first:\n");
    if (trail.entries().isEmpty()) {
      out.append("  (no commit has touched ").append(trail.folder()).append(" yet)\n");
    }
    int width = trail.entries().stream().mapToInt(e -> label(e).length()).max().orElse(0);
    for (Entry e : trail.entries()) {
      CommitSummary c = e.commit();
      out.append(e.date().format(WHEN))
          .append("  ")
          .append(String.format("%-" + width + "s", label(e)))
          .append("  ")
          .append(c.shortId())
          .append("  ");
      if (e.isTag()) {
        out.append("tagger ").append(person(c.author(), c.authorEmail()));
      } else {
        String author = person(c.author(), c.authorEmail());
        String committer = person(c.committer(), c.committerEmail());
        out.append(
            author.equals(committer)
                ? "author and committer " + author
                : "author " + author + ", committer " + committer);
      }
      out.append("  ").append(e.signature().describe());
      if (!e.isTag()) {
        out.append("  \"").append(TerminalText.escape(c.subject())).append('"');
      }
      out.append('\n');
    }
    for (String note : trail.notes()) {
      out.append("note: ").append(TerminalText.escape(note)).append('\n');
    }
    return out.toString();
  }

  private static String label(Entry e) {
    return e.isTag() ? TAGGED + " " + e.tag() : e.step();
  }

  private static String person(String name, String email) {
    return TerminalText.escape(name) + (email.isEmpty() ? "" : " <" + email + ">");
  }

  /** For machines: the trail as one JSON object. */
  public static String json(Trail trail) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("review", trail.reviewId());
    root.put("folder", trail.folder());
    List<Object> entries = new ArrayList<>();
    for (Entry e : trail.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      CommitSummary c = e.commit();
      m.put("step", e.step());
      m.put("tag", e.isTag() ? e.tag() : null);
      m.put("commit", c.id());
      m.put("short", c.shortId());
      m.put("date", e.date().toOffsetDateTime().toString());
      m.put("author", Map.of("name", c.author(), "email", c.authorEmail()));
      m.put(
          "committer",
          Map.of(
              "name",
              c.committer(),
              "email",
              c.committerEmail(),
              "date",
              c.committerTime().toOffsetDateTime().toString()));
      m.put("signed", e.signature().signed());
      m.put("signature", e.signature().describe());
      m.put("subject", c.subject());
      m.put("files", e.files());
      entries.add(m);
    }
    root.put("entries", entries);
    root.put("notes", trail.notes());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the trail as JSON", e);
    }
  }
}
