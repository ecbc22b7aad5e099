package dev.isms.review;

import java.util.regex.Pattern;

/**
 * A review's status read from a version of review.yaml's text, for questions about history (when
 * was it first committed held, or approved) where the file is not loaded as an item.
 */
public final class StatusText {
  private static final Pattern STATUS =
      Pattern.compile("(?m)^status:\\s*[\"']?([a-z]+)[\"']?\\s*(#.*)?$");

  private StatusText() {}

  public static boolean isApproved(String reviewYaml) {
    return is(reviewYaml, "approved");
  }

  /** Held or approved: the meeting took place. */
  public static boolean isHeld(String reviewYaml) {
    return is(reviewYaml, "held") || is(reviewYaml, "approved");
  }

  private static boolean is(String text, String status) {
    var m = STATUS.matcher(text);
    return m.find() && m.group(1).equals(status);
  }
}
