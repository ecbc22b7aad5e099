package dev.isms.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The item a file holds, as findings are tracked and accepted by it: a register file's id (its name
 * without {@code .yaml}, {@code actions/ACT-2026-014.yaml} is {@code ACT-2026-014}), a review's id
 * with the file's name ({@code 2026-Q3/minutes.md}), otherwise the path. Unlike a line number it
 * stays the same when the file is edited, so SARIF fingerprints and accepted findings survive
 * edits.
 */
public final class ItemIds {
  private static final Pattern REGISTER = Pattern.compile("^[a-z_-]+/([^/]+)\\.ya?ml$");
  private static final Pattern REVIEW = Pattern.compile("^reviews/([^/]+/[^/]+)$");

  private ItemIds() {}

  public static String of(String file) {
    Matcher register = REGISTER.matcher(file);
    if (register.matches() && !file.startsWith("reviews/")) {
      return register.group(1);
    }
    Matcher review = REVIEW.matcher(file);
    return review.matches() ? review.group(1) : file;
  }
}
