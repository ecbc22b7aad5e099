package dev.isms.minutes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "No change since review 2026-Q2": what the minutes may record for an input whose registers (its
 * {@link dev.isms.framework.Feed#folders() feed's folders}) hold no new data since an earlier held
 * review. {@code review new} offers the sentence where the history shows it, and {@code
 * review-inputs} verifies it against the Git history instead of asking for prose.
 */
public record NoChangeClaim(String reviewId) {
  private static final Pattern CLAIM =
      Pattern.compile(
          "^[\\s*_]*no (?:changes?|new data)(?: to report)? since (?:the )?(?:previous |last )?"
              + "(?:management )?review ([A-Za-z0-9][A-Za-z0-9._-]*?)[*_]*(?=[.;:,)]|\\s|$)",
          Pattern.CASE_INSENSITIVE);

  /** The claim a section's text opens with, if it opens with one. */
  public static Optional<NoChangeClaim> parse(String text) {
    Matcher m = CLAIM.matcher(text.strip());
    return m.find() ? Optional.of(new NoChangeClaim(m.group(1))) : Optional.empty();
  }

  /** The claim as the minutes write it: "No change since review 2026-Q2." */
  public String sentence() {
    return "No change since review " + reviewId + ".";
  }
}
