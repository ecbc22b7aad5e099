package dev.isms.check.rules;

import dev.isms.framework.Feed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "No change since review 2026-Q2": what the minutes may record for an input whose registers hold
 * no new data since an earlier held review. {@code review-inputs} verifies it against the Git
 * history (no commit under the input's register folders after that review's day, up to the day of
 * the review whose minutes say it) instead of asking for prose.
 */
record NoChangeClaim(String reviewId) {
  private static final Pattern CLAIM =
      Pattern.compile(
          "^[\\s*_]*no (?:changes?|new data)(?: to report)? since (?:the )?(?:previous |last )?"
              + "(?:management )?review ([A-Za-z0-9][A-Za-z0-9._-]*?)[*_]*(?=[.;:,)]|\\s|$)",
          Pattern.CASE_INSENSITIVE);

  /**
   * The register folders (relative to the ISMS root) whose commits count as new data for an input
   * fed by each register; an input no register feeds cannot be proved unchanged.
   */
  static final Map<Feed, List<String>> REGISTERS =
      Map.of(
          Feed.ACTIONS, List.of("actions"),
          Feed.CONTEXT_CHANGES, List.of("changes", "suppliers"),
          Feed.PARTY_NEEDS, List.of("changes"),
          Feed.PARTY_FEEDBACK, List.of("changes"),
          Feed.NONCONFORMITIES, List.of("findings", "actions"),
          Feed.KPIS, List.of("kpis", "incidents"),
          Feed.AUDITS, List.of("findings", "audits"),
          Feed.OBJECTIVES, List.of("objectives", "kpis"),
          Feed.RISKS, List.of("risks"),
          Feed.IMPROVEMENTS, List.of("changes", "findings"));

  /** The claim a section's text opens with, if it opens with one. */
  static Optional<NoChangeClaim> parse(String text) {
    Matcher m = CLAIM.matcher(text.strip());
    return m.find() ? Optional.of(new NoChangeClaim(m.group(1))) : Optional.empty();
  }
}
