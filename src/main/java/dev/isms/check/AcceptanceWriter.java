package dev.isms.check;

import dev.isms.IsmsException;
import dev.isms.git.GitFacade;
import dev.isms.git.RepositoryWriter;
import dev.isms.git.Written;
import dev.isms.store.YamlEditor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records an accepted finding in {@code .isms/accepted.yaml} (its comments and layout kept) and
 * commits that file alone, so that the acceptance is reviewed like any other change.
 */
public final class AcceptanceWriter {
  private static final String HEADER =
      "# Findings of `isms check` that management accepted for a while: each is reported as"
          + " accepted,\n# not as a failure, until its `until` date (docs/rules.md#accepted-findings)."
          + "\naccepted:\n";

  /** What was written: the entry, and the commit (none outside Git). */
  public record Result(Acceptance entry, Path file, Optional<String> commit) {}

  private final Set<String> rules;
  private final Clock clock;

  public AcceptanceWriter(Set<String> rules, Clock clock) {
    this.rules = Set.copyOf(rules);
    this.clock = clock;
  }

  public Result accept(Path root, AcceptOptions options) {
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, true)) {
      Acceptance entry = validate(root, writer, options);
      Path file = root.resolve(AcceptedFindings.FILE);
      Written written =
          writer.write(
              Map.of(file, updated(file, entry)),
              "accept " + entry.target() + " until " + entry.until() + ": " + entry.reason());
      return new Result(entry, file, written.commitName());
    }
  }

  private Acceptance validate(Path root, RepositoryWriter writer, AcceptOptions options) {
    String target = options.target() == null ? "" : options.target().strip();
    int colon = target.indexOf(':');
    if (colon <= 0 || colon == target.length() - 1) {
      throw IsmsException.input(
          "--accept takes RULE:ITEM, such as top-management:2025-annual/review.yaml or"
              + " action-overdue:ACT-2026-014; got `"
              + target
              + "`");
    }
    String rule = target.substring(0, colon);
    String item = target.substring(colon + 1);
    if (!rules.contains(rule)) {
      throw IsmsException.input(
          "--accept names `" + rule + "`, which is no rule of isms check (see --list-rules)");
    }
    String reason = options.reason() == null ? "" : options.reason().strip();
    if (reason.length() < AcceptedFindings.MIN_REASON_LENGTH
        || Placeholders.isPlaceholder(reason)) {
      throw IsmsException.input(
          "--reason must say why the finding is accepted, in words an auditor can accept (at"
              + " least "
              + AcceptedFindings.MIN_REASON_LENGTH
              + " characters, no placeholder such as TBD)");
    }
    if (options.until() == null || !options.until().isAfter(options.asOf())) {
      throw IsmsException.input(
          "--until must be a date after "
              + options.asOf()
              + " (YYYY-MM-DD): an acceptance holds until it is reviewed again");
    }
    String by = options.by() != null ? options.by().strip() : gitUser(writer);
    if (by.isEmpty() || Placeholders.isPlaceholder(by)) {
      throw IsmsException.input("--by must name who accepted the finding");
    }
    boolean isFile = Files.exists(root.resolve(item), LinkOption.NOFOLLOW_LINKS);
    return new Acceptance(
        rule, isFile ? null : item, isFile ? item : null, reason, by, options.until(), 0);
  }

  private static String gitUser(RepositoryWriter writer) {
    return writer
        .git()
        .map(GitFacade::userName)
        .orElseThrow(
            () ->
                IsmsException.input(
                    "name who accepts the finding with --by NAME (there is no Git user to take it"
                        + " from)"));
  }

  /** The file's text with the entry appended; the user's comments and entries stay as they are. */
  private static String updated(Path file, Acceptance entry) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("rule", entry.rule());
    if (entry.item() != null) {
      values.put("item", entry.item());
    } else {
      values.put("file", entry.file());
    }
    values.put("reason", entry.reason());
    values.put("accepted_by", entry.acceptedBy());
    values.put("until", entry.until());
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return YamlEditor.of(HEADER).append("/accepted", values).text();
    }
    try {
      return YamlEditor.of(Files.readString(file)).append("/accepted", values).text();
    } catch (IOException e) {
      throw IsmsException.input(
          AcceptedFindings.FILE + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }
}
