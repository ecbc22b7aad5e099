package dev.isms.validation;

import dev.isms.problem.Problem;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problems found before any rule of {@code isms check} runs: a file that cannot be read, is not
 * YAML, does not match its schema, or refers to something that does not exist. Each has a stable id
 * that reports print and a summary for formats that describe every id they use (SARIF).
 */
public enum ProblemId {
  YAML_SYNTAX("yaml-syntax", "A file is not valid YAML"),
  YAML_ALIAS("yaml-alias", "A file uses YAML anchors or aliases, which isms does not read"),
  YAML_DUPLICATE_KEY("yaml-duplicate-key", "A YAML mapping has the same key twice"),
  EMPTY_FILE("empty-file", "A file holds no YAML document"),
  ENCODING("encoding", "A file is not UTF-8"),
  FILE_TOO_LARGE("file-too-large", "A file is larger than isms reads"),
  UNREADABLE("unreadable", "A file or folder cannot be read"),
  NOT_A_FILE("not-a-file", "A path where isms expects a file is a folder, a FIFO or a device"),
  NOT_A_FOLDER("not-a-folder", "A path where isms expects a register folder is a file"),
  SYMLINK_OUTSIDE("symlink-outside", "A link leads outside the ISMS repository"),
  FILE_NAME("file-name", "A file's name keeps isms from reading it"),
  MISSING_FILE("missing-file", "A review folder has no review.yaml"),
  INVALID_ID("invalid-id", "A file name is not a valid id"),
  DUPLICATE_ID("duplicate-id", "Two items share an id"),
  ID_MISMATCH("id-mismatch", "An item's id field differs from its file name"),
  MISSING_FIELD("missing-field", "A required field is missing"),
  UNKNOWN_FIELD("unknown-field", "A field is not part of the format"),
  WRONG_TYPE("wrong-type", "A field has the wrong type"),
  INVALID_DATE("invalid-date", "A date or timestamp is not ISO 8601"),
  INVALID_VALUE("invalid-value", "A field has a value its schema does not allow"),
  UNKNOWN_REFERENCE("unknown-reference", "A reference names an item that does not exist"),
  UNKNOWN_REVIEW_TYPE(
      "unknown-review-type",
      "A review's type, or a type a review type counts as, is not defined in isms.yaml"),
  UNKNOWN_FRAMEWORK("unknown-framework", "The framework is not one isms knows"),
  UNKNOWN_OBLIGATION("unknown-obligation", "An obligation in isms.yaml is not one isms knows"),
  UNKNOWN_RULE("unknown-rule", "isms.yaml disables a rule that does not exist"),
  ACCEPTED_FINDING(
      "accepted-finding", ".isms/accepted.yaml has an entry that is not complete and clear"),
  DISABLED_RULE_REASON(
      "disabled-rule-reason", "isms.yaml disables a rule without a reason an auditor can accept");

  /** The group these problems belong to in reports that group by rule (JUnit). */
  public static final String GROUP = "validation";

  private static final Map<String, ProblemId> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(p -> p.id, Function.identity()));

  private final String id;
  private final String summary;

  ProblemId(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  /** The stable id reports print, such as {@code unknown-reference}. */
  public String id() {
    return id;
  }

  /** One sentence: what the problem is. */
  public String summary() {
    return summary;
  }

  /** What to do about it, for SARIF's help. */
  public String help() {
    return helpFor(id);
  }

  /** The summary of a problem id carried as text; a general one for an id not listed here. */
  public static String summaryFor(String id) {
    return of(id).map(ProblemId::summary).orElse("A file of the ISMS repository is invalid");
  }

  /** What to do about a problem with this id. */
  public static String helpFor(String id) {
    return "Fix the file as the message says; `isms schema <kind>` shows each field of the"
        + " format ("
        + id
        + ").";
  }

  /** An error of this kind at {@code file:line:column} (0 where unknown). */
  public Problem error(String file, int line, int column, String message) {
    return Problem.error(file, line, column, id, message);
  }

  /** Every problem id, as reports print them. */
  public static java.util.Set<String> ids() {
    return BY_ID.keySet();
  }

  /** The problem id that a report carries as text. */
  public static Optional<ProblemId> of(String id) {
    return Optional.ofNullable(BY_ID.get(id));
  }
}
