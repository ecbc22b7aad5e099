package dev.isms.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.isms.problem.Problem;
import dev.isms.store.SafeFileReader;
import dev.isms.store.YamlParsing;
import dev.isms.validation.YamlDocument;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code .isms/accepted.yaml}: findings that management accepted for a while, each with the rule,
 * the item (or file), a reason an auditor can read, who accepted it and until when. Like a code
 * scanning dismissal, but in Git: the entry is reviewed and committed like any other change.
 *
 * <pre>
 * accepted:
 *   - rule: top-management
 *     item: 2025-annual/review.yaml
 *     reason: The 2025 review was held before the CEO joined; the board chair attended instead
 *     accepted_by: Dana Ruiz
 *     until: 2027-03-31
 * </pre>
 */
public final class AcceptedFindings {
  /** Where the entries live, relative to the ISMS root. */
  public static final String FILE = ".isms/accepted.yaml";

  /** The rule id of problems in the file itself (a blank reason, an unknown rule, a bad date). */
  public static final String RULE = dev.isms.validation.ProblemId.ACCEPTED_FINDING.id();

  /** The shortest reason an acceptance may give, as for disabled_rules. */
  static final int MIN_REASON_LENGTH = CheckService.MIN_REASON_LENGTH;

  private final List<Acceptance> entries;

  private AcceptedFindings(List<Acceptance> entries) {
    this.entries = List.copyOf(entries);
  }

  public static AcceptedFindings none() {
    return new AcceptedFindings(List.of());
  }

  public List<Acceptance> entries() {
    return entries;
  }

  /**
   * Reads the file under {@code root}, if there is one; an entry that is not complete and clear is
   * a problem and accepts nothing. {@code rules} are the ids an entry may name.
   */
  public static AcceptedFindings read(Path root, Set<String> rules, Consumer<Problem> problems) {
    Path file = root.resolve(FILE);
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return none();
    }
    Optional<YamlDocument> doc =
        new SafeFileReader(root)
            .read(file, problems)
            .flatMap(text -> new YamlParsing().parse(text, problems));
    if (doc.isEmpty()) {
      return none();
    }
    JsonNode list = doc.get().root().get("accepted");
    if (list == null || !list.isArray()) {
      problems.accept(
          Problem.error(
              FILE,
              1,
              1,
              RULE,
              "holds no `accepted:` list: write `accepted:` followed by entries with rule, item"
                  + " (or file), reason, accepted_by and until, or use `isms check --accept`"));
      return none();
    }
    List<Acceptance> entries = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      entry(doc.get(), "/accepted/" + i, list.get(i), rules, problems).ifPresent(entries::add);
    }
    return new AcceptedFindings(entries);
  }

  private static Optional<Acceptance> entry(
      YamlDocument doc, String pointer, JsonNode node, Set<String> rules, Consumer<Problem> out) {
    int line = doc.positionOf(pointer).line();
    List<String> wrong = new ArrayList<>();
    String rule = text(node, "rule");
    String item = text(node, "item");
    String file = text(node, "file");
    String reason = text(node, "reason");
    String by = text(node, "accepted_by");
    LocalDate until = null;
    if (rule == null) {
      wrong.add("names no `rule`");
    } else if (!rules.contains(rule)) {
      wrong.add("names `" + rule + "`, which is no rule of isms check");
    }
    if ((item == null) == (file == null)) {
      wrong.add("needs exactly one of `item` (such as ACT-2026-014) or `file`");
    }
    if (reason == null
        || reason.strip().length() < MIN_REASON_LENGTH
        || Placeholders.isPlaceholder(reason)) {
      wrong.add(
          "gives "
              + (reason == null || reason.isBlank() ? "no reason" : "the reason `" + reason + "`")
              + ", which says nothing an auditor can accept (at least "
              + MIN_REASON_LENGTH
              + " characters, no placeholder such as TBD)");
    }
    if (by == null || Placeholders.isPlaceholder(by)) {
      wrong.add("names no `accepted_by` (who accepted the finding)");
    }
    String untilText = text(node, "until");
    try {
      until = untilText == null ? null : LocalDate.parse(untilText);
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (until == null) {
      wrong.add("needs `until` as a date (YYYY-MM-DD): acceptances are reviewed, not forever");
    }
    if (!wrong.isEmpty()) {
      out.accept(
          Problem.error(
              FILE,
              line,
              0,
              RULE,
              "the acceptance "
                  + String.join("; it ", wrong)
                  + ", so it accepts nothing: complete it, or remove it"));
      return Optional.empty();
    }
    return Optional.of(new Acceptance(rule, item, file, reason.strip(), by, until, line));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull() || !value.isValueNode()) {
      return null;
    }
    String s = value.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** What the entries make of a run's problems. */
  public record Outcome(List<Problem> problems, List<Accepted> accepted, List<Note> notes) {}

  /**
   * Splits the problems into those still reported and those accepted as of {@code asOf}; a finding
   * whose acceptance has expired is reported again and says so; an entry that accepts no finding
   * any more gets a note.
   */
  public Outcome apply(List<Problem> problems, LocalDate asOf) {
    List<Problem> reported = new ArrayList<>();
    List<Accepted> accepted = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    List<Acceptance> used = new ArrayList<>();
    for (Problem p : problems) {
      Optional<Acceptance> valid =
          entries.stream().filter(a -> a.covers(p) && a.holdsOn(asOf)).findFirst();
      Optional<Acceptance> expired =
          entries.stream().filter(a -> a.covers(p) && !a.holdsOn(asOf)).findFirst();
      if (valid.isPresent()) {
        accepted.add(new Accepted(p, valid.get()));
        used.add(valid.get());
      } else if (expired.isPresent()) {
        used.add(expired.get());
        reported.add(
            new Problem(
                p.file(),
                p.line(),
                p.column(),
                p.ruleId(),
                p.severity(),
                p.message()
                    + " (its acceptance in "
                    + FILE
                    + ":"
                    + expired.get().line()
                    + " ended "
                    + expired.get().until()
                    + ": fix it, or renew the acceptance with a new `until`)"));
      } else {
        reported.add(p);
      }
    }
    for (Acceptance a : entries) {
      if (!used.contains(a)) {
        notes.add(
            Note.partial(
                RULE,
                FILE
                    + ":"
                    + a.line()
                    + " accepts "
                    + a.target()
                    + ", which has no finding any more: remove the entry"));
      }
    }
    return new Outcome(reported, accepted, notes);
  }
}
