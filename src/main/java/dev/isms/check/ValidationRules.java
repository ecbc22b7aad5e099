package dev.isms.check;

import java.util.Map;

/**
 * Descriptions of the problems the loader finds before any rule runs (a file that does not match
 * its schema, a reference to nothing), for formats that describe every rule id they use.
 */
public final class ValidationRules {
  /** The group these problems belong to in reports that group by rule (JUnit). */
  public static final String GROUP = "validation";

  private static final Map<String, String> SUMMARIES =
      Map.ofEntries(
          Map.entry("yaml-syntax", "A file is not valid YAML"),
          Map.entry("yaml-alias", "A file uses YAML anchors or aliases, which isms does not read"),
          Map.entry("yaml-duplicate-key", "A YAML mapping has the same key twice"),
          Map.entry("empty-file", "A file holds no YAML document"),
          Map.entry("encoding", "A file is not UTF-8"),
          Map.entry("file-too-large", "A file is larger than isms reads"),
          Map.entry("unreadable", "A file or folder cannot be read"),
          Map.entry("symlink-outside", "A link leads outside the ISMS repository"),
          Map.entry("file-name", "A file's name keeps isms from reading it"),
          Map.entry("missing-file", "A review folder has no review.yaml"),
          Map.entry("invalid-id", "A file name is not a valid id"),
          Map.entry("duplicate-id", "Two items share an id"),
          Map.entry("id-mismatch", "An item's id field differs from its file name"),
          Map.entry("missing-field", "A required field is missing"),
          Map.entry("unknown-field", "A field is not part of the format"),
          Map.entry("wrong-type", "A field has the wrong type"),
          Map.entry("invalid-date", "A date or timestamp is not ISO 8601"),
          Map.entry("invalid-value", "A field has a value its schema does not allow"),
          Map.entry("unknown-reference", "A reference names an item that does not exist"),
          Map.entry("unknown-review-type", "A review's type is not defined in isms.yaml"),
          Map.entry("unknown-framework", "The framework is not one isms knows"),
          Map.entry(CheckService.UNKNOWN_RULE, "isms.yaml disables a rule that does not exist"),
          Map.entry(
              AcceptedFindings.RULE,
              ".isms/accepted.yaml has an entry that is not complete and clear"),
          Map.entry(
              CheckService.DISABLED_RULE_REASON,
              "isms.yaml disables a rule without a reason an auditor can accept"));

  private ValidationRules() {}

  /** Every problem id the loader and isms.yaml's disabled_rules use. */
  public static java.util.Set<String> ids() {
    return SUMMARIES.keySet();
  }

  public static String summary(String ruleId) {
    return SUMMARIES.getOrDefault(ruleId, "A file of the ISMS repository is invalid");
  }

  public static String help(String ruleId) {
    return "Fix the file as the message says; `isms schema <kind>` shows each field of the"
        + " format ("
        + ruleId
        + ").";
  }
}
