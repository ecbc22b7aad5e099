package dev.isms.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.ExitCodes;
import dev.isms.IsmsException;
import dev.isms.check.CheckOptions;
import dev.isms.check.CheckReport;
import dev.isms.check.CheckService;
import dev.isms.config.ReviewType;
import dev.isms.git.RepositoryWriter;
import dev.isms.git.Written;
import dev.isms.minutes.ActionsTable;
import dev.isms.minutes.Attendance;
import dev.isms.minutes.Minutes;
import dev.isms.minutes.RiskMentions;
import dev.isms.problem.Problem;
import dev.isms.review.model.Quorum;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.Sha256;
import dev.isms.store.YamlEditor;
import dev.isms.validation.FileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * `isms review hold` and `isms review approve`: attendance recorded once in review.yaml (the
 * minutes' table generated from it), then approval with the minutes' actions entered into the
 * register and the annotated tag review/&lt;ID&gt; naming the approver, the chair and the SHA-256
 * of each of the review's files. Each writes its files all or nothing and commits only them.
 */
public final class ReviewLifecycle {
  /** Rules that speak of the approval itself, so they cannot stand in its way. */
  private static final Set<String> APPROVAL_RULES = Set.of("minutes-unapproved", "approval-fields");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NUMBERED = Pattern.compile("^(.*?)(\\d{4})-(\\d+)$");

  private final RepositoryLoader loader;
  private final Clock clock;

  public ReviewLifecycle(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** What hold is told: names present (NAME or NAME=ROLE), absent (NAME or NAME=REASON). */
  public record HoldOptions(
      String reviewId,
      List<String> present,
      List<String> absent,
      List<String> delegates,
      boolean commit,
      LocalDate today) {
    public HoldOptions {
      present = present == null ? List.of() : List.copyOf(present);
      absent = absent == null ? List.of() : List.copyOf(absent);
      delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }
  }

  public record ApproveOptions(String reviewId, String by, boolean commit, LocalDate today) {}

  /** What a lifecycle step did, for the command to print. */
  public record Outcome(List<String> lines, Written written) {}

  public Outcome hold(Path root, HoldOptions options) {
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, options.commit())) {
      IsmsRepository repo = loader.loadValid(root);
      Review review = review(repo, options.reviewId());
      if ("approved".equals(review.status())) {
        throw IsmsException.input(
            "review " + review.id() + " is approved; its attendance can no longer change");
      }
      if (review.date().isAfter(options.today())) {
        throw IsmsException.input(
            "review "
                + review.id()
                + " meets on "
                + review.date()
                + ", after "
                + options.today()
                + ": record attendance after the meeting (or correct its date)");
      }
      Path yamlFile = root.resolve(reviewFile(review));
      Path minutesFile = root.resolve(minutesFile(review));
      Optional<String> minutesText = readIfExists(minutesFile);
      Map<String, Boolean> presence = new LinkedHashMap<>();
      Map<String, String> notes = new LinkedHashMap<>();
      Map<String, String> newRoles = new LinkedHashMap<>();
      Map<String, String> names = new LinkedHashMap<>();
      for (String p : options.present()) {
        String[] nv = split(p);
        presence.put(key(nv[0]), true);
        names.put(key(nv[0]), nv[0]);
        if (nv[1] != null) {
          newRoles.put(key(nv[0]), nv[1]);
        }
      }
      for (String a : options.absent()) {
        String[] nv = split(a);
        presence.put(key(nv[0]), false);
        if (nv[1] != null) {
          notes.put(key(nv[0]), "apologies (" + nv[1] + ")");
        }
      }
      if (presence.isEmpty() && minutesText.isPresent()) {
        Attendance.of(Minutes.parse(minutesText.get()))
            .ifPresent(
                table ->
                    table
                        .rows()
                        .forEach(
                            row ->
                                row.present()
                                    .ifPresent(
                                        yes -> {
                                          presence.put(key(row.name()), yes);
                                          if (!yes && !row.presentCell().isBlank()) {
                                            notes.put(key(row.name()), row.presentCell());
                                          }
                                        })));
      }
      if (presence.isEmpty()) {
        throw IsmsException.input(
            "say who attended review "
                + review.id()
                + ": --present NAME for each person present, --absent NAME=REASON for each"
                + " apology (or fill the Present column of the minutes' attendance table first)");
      }
      Map<String, String> delegateFor = new LinkedHashMap<>();
      for (String d : options.delegates()) {
        String[] nv = split(d);
        if (nv[1] == null) {
          throw IsmsException.input(
              "--delegate " + d + ": write NAME=ROLE, e.g. \"Marco Diaz=CEO\"");
        }
        if (!Boolean.TRUE.equals(presence.get(key(nv[0])))) {
          throw IsmsException.input(
              "--delegate "
                  + d
                  + ": "
                  + nv[0]
                  + " must also be --present to stand in for "
                  + nv[1]);
        }
        delegateFor.put(key(nv[0]), nv[1]);
        refuseUnauthorisedDelegate(repo, review, nv[0], newRoles.get(key(nv[0])), nv[1]);
      }
      YamlEditor yaml = YamlEditor.of(read(yamlFile));
      List<String> unsaid = new ArrayList<>();
      Set<String> known = new java.util.HashSet<>();
      for (int i = 0; i < review.attendees().size(); i++) {
        Review.Attendee a = review.attendees().get(i);
        String k = key(a.name());
        known.add(k);
        Boolean here = presence.get(k);
        if (here == null) {
          unsaid.add(a.name());
          continue;
        }
        yaml = yaml.set("/attendees/" + i + "/present", here);
        if (notes.containsKey(k)) {
          yaml = yaml.set("/attendees/" + i + "/note", notes.get(k));
        }
        if (delegateFor.containsKey(k)) {
          yaml = yaml.set("/attendees/" + i + "/delegate_for", delegateFor.get(k));
        }
      }
      if (!unsaid.isEmpty()) {
        throw IsmsException.input(
            "say whether "
                + String.join(", ", unsaid)
                + " attended review "
                + review.id()
                + ": --present NAME or --absent NAME=REASON for each attendee of "
                + reviewFile(review));
      }
      for (Map.Entry<String, Boolean> e : presence.entrySet()) {
        if (known.contains(e.getKey())) {
          continue;
        }
        String name = names.getOrDefault(e.getKey(), e.getKey());
        String role = newRoles.get(e.getKey());
        if (role == null || !e.getValue()) {
          throw IsmsException.input(
              name
                  + " is not an attendee of review "
                  + review.id()
                  + ": give a guest's role with --present \""
                  + name
                  + "=ROLE\", or correct the name ("
                  + review.attendees().stream()
                      .map(Review.Attendee::name)
                      .collect(Collectors.joining(", "))
                  + ")");
        }
        Map<String, Object> guest = new LinkedHashMap<>();
        guest.put("name", name);
        guest.put("role", role);
        guest.put("present", true);
        if (delegateFor.containsKey(e.getKey())) {
          guest.put("delegate_for", delegateFor.get(e.getKey()));
        }
        yaml = yaml.append("/attendees", guest);
      }
      yaml = yaml.set("/status", "held");
      Map<Path, String> files = new LinkedHashMap<>();
      files.put(yamlFile, yaml.text());
      List<String> lines = new ArrayList<>();
      if (minutesText.isPresent()) {
        Optional<String> regenerated = withAttendanceTable(minutesText.get(), yaml.tree());
        if (regenerated.isPresent()) {
          files.put(minutesFile, regenerated.get());
        } else {
          lines.add(
              "note: "
                  + minutesFile(review)
                  + " has no attendance table (## Attendance); left as it is");
        }
      }
      long here = presence.values().stream().filter(b -> b).count();
      long away = presence.size() - here;
      String message =
          "review("
              + review.id()
              + "): held on "
              + review.date()
              + "; attendance recorded ("
              + here
              + " present, "
              + away
              + " absent)";
      Written written = writer.write(files, message);
      lines.add(
          0,
          "Recorded review " + review.id() + " as held: " + here + " present, " + away + " absent");
      return new Outcome(lines, written);
    }
  }

  /**
   * A stand-in nobody authorised would not make the quorum, so recording it as such would only move
   * the problem to {@code check}; say at once how to authorise it.
   */
  private static void refuseUnauthorisedDelegate(
      IsmsRepository repo, Review review, String name, String guestRole, String forRole) {
    String role =
        review.attendees().stream()
            .filter(a -> key(a.name()).equals(key(name)))
            .map(Review.Attendee::role)
            .findFirst()
            .orElse(guestRole);
    ReviewType type = repo.config().reviewType(review.type()).orElse(null);
    Quorum quorum = Quorum.of(type, repo.config().topManagement());
    if (!quorum.mayStandIn(new Review.Attendee(name, role, true, null), forRole)) {
      throw IsmsException.input(
          "--delegate "
              + name
              + "="
              + forRole
              + ": review type "
              + review.type()
              + " does not authorise "
              + (role == null ? name : "a " + role)
              + " to stand in for the "
              + forRole
              + "; if that delegation was agreed, add delegates: {"
              + forRole
              + ": ["
              + (role == null ? name : role)
              + "]} under review_types."
              + review.type()
              + " in isms.yaml");
    }
  }

  public Outcome approve(Path root, ApproveOptions options) {
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, options.commit())) {
      IsmsRepository repo = loader.loadValid(root);
      Review review = review(repo, options.reviewId());
      if ("approved".equals(review.status())) {
        throw IsmsException.input(
            "review "
                + review.id()
                + " is already approved (by "
                + review.approvedBy()
                + " on "
                + review.approvedOn()
                + ")");
      }
      if (!"held".equals(review.status())) {
        throw IsmsException.input(
            "review "
                + review.id()
                + " is "
                + review.status()
                + ": record the meeting first with `isms review hold "
                + review.id()
                + " --present NAME...`");
      }
      String approver = options.by() == null ? review.chair() : options.by().strip();
      Set<String> approvers = Approvers.of(repo.config(), review);
      if (approver == null || approvers.stream().noneMatch(a -> a.equalsIgnoreCase(approver))) {
        throw IsmsException.input(
            (approver == null
                    ? "review " + review.id() + " has no chair"
                    : approver + " may not approve review " + review.id())
                + ": the minutes are approved by the chair or a person of top management; pass"
                + " --by with one of "
                + String.join(", ", approvers));
      }
      LocalDate on = options.today();
      if (on.isBefore(review.date())) {
        throw IsmsException.input(
            "review "
                + review.id()
                + " meets on "
                + review.date()
                + "; approve it after the meeting");
      }
      refuseOnErrors(root, review, on);
      Path yamlFile = root.resolve(reviewFile(review));
      Path minutesFile = root.resolve(minutesFile(review));
      Map<Path, String> files = new LinkedHashMap<>();
      List<String> lines = new ArrayList<>();
      String minutes = read(minutesFile);
      refuseUnenteredRisks(repo, review, minutes);
      String newMinutes = enterActions(root, repo, review, minutes, on, files, lines);
      if (!newMinutes.equals(minutes)) {
        files.put(minutesFile, newMinutes);
      }
      YamlEditor yaml =
          YamlEditor.of(read(yamlFile))
              .set("/status", "approved")
              .set("/approved_by", approver)
              .set("/approved_on", on);
      files.put(yamlFile, yaml.text());
      String tagMessage = ApprovalTag.message(review, approver, on, hashes(root, review, files));
      String message =
          "review("
              + review.id()
              + "): approved by "
              + approver
              + " on "
              + on
              + (lines.isEmpty() ? "" : "; " + lines.size() + " actions entered into the register");
      Written written =
          writer.writeAndTag(files, message, ApprovalTag.name(review.id()), tagMessage);
      lines.add(0, "Approved review " + review.id() + " by " + approver + " on " + on);
      lines.add(
          "Tagged "
              + ApprovalTag.name(review.id())
              + " with the SHA-256 of each file of the review");
      return new Outcome(lines, written);
    }
  }

  /**
   * A risk the meeting identified has no owner, score or treatment until someone enters it, and the
   * minutes cannot say those for it: approval waits until the risk register holds it.
   */
  private static void refuseUnenteredRisks(IsmsRepository repo, Review review, String minutes) {
    List<RiskMentions.Mention> unknown =
        RiskMentions.unknown(minutes, repo.risks().stream().map(Risk::id).toList());
    if (unknown.isEmpty()) {
      return;
    }
    throw IsmsException.input(
        "review "
            + review.id()
            + " cannot be approved: its minutes name "
            + unknown.stream()
                .map(m -> m.id() + " (line " + m.line() + ")")
                .collect(Collectors.joining(", "))
            + ", which the risk register does not hold; enter each risk the review identified"
            + " as risks/<ID>.yaml (owner, likelihood, impact, treatment), or correct the id in "
            + minutesFile(review)
            + "; nothing was changed");
  }

  /** Refuses while check finds an error in the review's own files (but for the approval itself). */
  private void refuseOnErrors(Path root, Review review, LocalDate on) {
    CheckReport report = new CheckService(loader).check(root, new CheckOptions(on));
    String folder = "reviews/" + review.id() + "/";
    List<Problem> errors =
        report.problems().stream()
            .filter(Problem::isError)
            .filter(p -> p.file().startsWith(folder))
            .filter(p -> !APPROVAL_RULES.contains(p.ruleId()))
            .toList();
    if (errors.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add(
        "review "
            + review.id()
            + " cannot be approved while `isms check` finds "
            + errors.size()
            + (errors.size() == 1 ? " error" : " errors")
            + " in its files; nothing was changed:");
    errors.forEach(
        p ->
            lines.add(
                p.file()
                    + (p.line() > 0 ? ":" + p.line() : "")
                    + ": ["
                    + p.ruleId()
                    + "] "
                    + p.message()));
    throw new IsmsException(ExitCodes.USAGE, lines);
  }

  /**
   * Turns each row of the actions table without an action file into actions/&lt;ID&gt;.yaml; a row
   * without an id gets the next id of the register's pattern, written back into the table.
   */
  private String enterActions(
      Path root,
      IsmsRepository repo,
      Review review,
      String minutes,
      LocalDate on,
      Map<Path, String> files,
      List<String> lines) {
    List<ActionsTable.Row> rows = ActionsTable.rows(Minutes.parse(minutes));
    List<String> text = new ArrayList<>(List.of(minutes.split("\n", -1)));
    Set<String> taken = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    repo.actions().forEach(a -> taken.add(a.id()));
    List<String> problems = new ArrayList<>();
    for (ActionsTable.Row row : rows) {
      if (row.isBlank() || (!row.hasNoId() && taken.contains(row.id()))) {
        continue;
      }
      String where = minutesFile(review) + ":" + row.line();
      if (row.owner().isBlank() || row.due().isBlank()) {
        problems.add(
            where
                + ": the action \""
                + row.title()
                + "\" has no "
                + (row.owner().isBlank() ? "owner" : "due date"));
        continue;
      }
      LocalDate due;
      try {
        due = LocalDate.parse(row.due());
      } catch (DateTimeParseException e) {
        problems.add(where + ": the due date `" + row.due() + "` is not a date (YYYY-MM-DD)");
        continue;
      }
      if (!row.priority().isBlank() && !PRIORITIES.contains(row.priority())) {
        problems.add(where + ": the priority `" + row.priority() + "` is not high, medium or low");
        continue;
      }
      // agreed at the meeting: raised on its day, numbered in its year, whenever approved
      String id = row.hasNoId() ? nextId(taken, review.date()) : row.id();
      if (!id.matches("^[A-Za-z0-9][A-Za-z0-9._-]*$")) {
        problems.add(where + ": `" + id + "` is no valid action id");
        continue;
      }
      taken.add(id);
      if (row.hasNoId()) {
        int i = row.line() - 1;
        text.set(
            i,
            text.get(i)
                .replaceFirst("^(\\s*\\|)[^|]*\\|", "$1 " + Matcher.quoteReplacement(id) + " |"));
      }
      files.put(
          root.resolve(IsmsRepository.pathOf(FileKind.ACTION, id)),
          actionYaml(id, row, review, review.date(), due));
      lines.add(
          "  + "
              + IsmsRepository.pathOf(FileKind.ACTION, id)
              + ": "
              + row.title()
              + " ("
              + row.owner()
              + ", due "
              + due
              + ")");
    }
    if (!problems.isEmpty()) {
      throw IsmsException.input(
          "the actions table of review "
              + review.id()
              + " needs an owner and a due date (YYYY-MM-DD) in every row before approval; nothing"
              + " was changed:\n  "
              + String.join("\n  ", problems));
    }
    return String.join("\n", text);
  }

  /** The next id in the register's own pattern (ACT-2026-031 after ACT-2026-030). */
  static String nextId(Set<String> taken, LocalDate on) {
    Map<String, Integer> prefixes = new TreeMap<>();
    int width = 3;
    int max = 0;
    for (String id : taken) {
      Matcher m = NUMBERED.matcher(id);
      if (m.matches()) {
        prefixes.merge(m.group(1), 1, Integer::sum);
      }
    }
    String prefix =
        prefixes.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse("ACT-");
    String year = String.valueOf(on.getYear());
    for (String id : taken) {
      Matcher m = NUMBERED.matcher(id);
      if (m.matches() && m.group(1).equals(prefix)) {
        width = Math.max(width, m.group(3).length());
        if (m.group(2).equals(year)) {
          max = Math.max(max, Integer.parseInt(m.group(3)));
        }
      }
    }
    String next;
    do {
      max++;
      next = prefix + year + "-" + String.format(Locale.ROOT, "%0" + width + "d", max);
    } while (taken.contains(next));
    return next;
  }

  private static final Set<String> PRIORITIES = Set.of("high", "medium", "low");

  private static String actionYaml(
      String id, ActionsTable.Row row, Review review, LocalDate on, LocalDate due) {
    StringBuilder y = new StringBuilder();
    y.append("id: ").append(id).append('\n');
    y.append("title: ")
        .append(
            quote(row.title().isBlank() ? "Action decided at review " + review.id() : row.title()))
        .append('\n');
    y.append("source: ").append(review.id()).append('\n');
    y.append("owner: ").append(quote(row.owner())).append('\n');
    y.append("raised: ").append(on).append('\n');
    y.append("due: ").append(due).append('\n');
    if (!row.priority().isBlank()) {
      y.append("priority: ").append(row.priority()).append('\n');
    }
    if (!row.successCriteria().isBlank()) {
      y.append("success_criteria: ").append(quote(row.successCriteria())).append('\n');
    }
    y.append("status: open\n");
    return y.toString();
  }

  private static String quote(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** SHA-256 of each file in the review's folder, as it will be after this write. */
  private static Map<String, String> hashes(Path root, Review review, Map<Path, String> files) {
    Map<String, String> hashes = new TreeMap<>();
    Path dir = root.resolve("reviews").resolve(review.id());
    try (Stream<Path> list = Files.list(dir)) {
      for (Path p :
          list.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
              .toList()) {
        Path abs = p.toAbsolutePath().normalize();
        String rel = "reviews/" + review.id() + "/" + p.getFileName();
        String pending =
            files.entrySet().stream()
                .filter(e -> e.getKey().toAbsolutePath().normalize().equals(abs))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        hashes.put(
            rel,
            pending != null
                ? Sha256.of(pending.getBytes(StandardCharsets.UTF_8))
                : Sha256.ofFile(p));
      }
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + dir + ": " + e.getMessage(), e);
    }
    return hashes;
  }

  /** The minutes with their attendance table rewritten from review.yaml's attendees. */
  static Optional<String> withAttendanceTable(String minutes, JsonNode reviewYaml) {
    Optional<Attendance> table = Attendance.of(Minutes.parse(minutes));
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<String> lines = new ArrayList<>(List.of(minutes.split("\n", -1)));
    int start = table.get().line() - 1;
    int end = start + 1;
    while (end + 1 < lines.size() && lines.get(end + 1).strip().startsWith("|")) {
      end++;
    }
    List<String> generated = new ArrayList<>();
    generated.add("| Name | Role | Present |");
    generated.add("| --- | --- | --- |");
    for (JsonNode a : reviewYaml.path("attendees")) {
      generated.add(
          "| "
              + cell(a.path("name").asText())
              + " | "
              + cell(a.path("role").asText())
              + " | "
              + cell(presentCell(a))
              + " |");
    }
    for (int i = end; i >= start; i--) {
      lines.remove(i);
    }
    lines.addAll(start, generated);
    return Optional.of(String.join("\n", lines));
  }

  private static String presentCell(JsonNode a) {
    JsonNode present = a.path("present");
    String note = a.path("note").isTextual() ? a.path("note").asText() : "";
    if (present.isBoolean() && present.asBoolean()) {
      return a.path("delegate_for").isTextual()
          ? "yes (delegate for " + a.path("delegate_for").asText() + ")"
          : "yes";
    }
    if (present.isBoolean()) {
      return note.toLowerCase(Locale.ROOT).startsWith("apolog")
          ? note
          : note.isEmpty() ? "no" : "no (" + note + ")";
    }
    return "";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static Review review(IsmsRepository repo, String id) {
    return repo.review(id)
        .orElseThrow(
            () ->
                IsmsException.input(
                    "no review "
                        + id
                        + " (reviews/"
                        + id
                        + "/review.yaml); reviews: "
                        + repo.reviews().stream()
                            .map(Review::id)
                            .collect(Collectors.joining(", "))));
  }

  private static String[] split(String nameValue) {
    int eq = nameValue.indexOf('=');
    if (eq < 0) {
      return new String[] {nameValue.strip(), null};
    }
    String v = nameValue.substring(eq + 1).strip();
    return new String[] {nameValue.substring(0, eq).strip(), v.isEmpty() ? null : v};
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  static String reviewFile(Review review) {
    return "reviews/" + review.id() + "/review.yaml";
  }

  static String minutesFile(Review review) {
    return "reviews/" + review.id() + "/minutes.md";
  }

  private static Optional<String> readIfExists(Path file) {
    return Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(read(file))
        : Optional.empty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
