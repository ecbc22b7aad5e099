package dev.isms.review;

import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annotated tag {@code review/<ID>} that `isms review approve` creates: its message names the
 * approver, the chair and the SHA-256 of each of the review's files, one {@code sha256sum} line
 * each (path relative to the ISMS root), so anyone can re-check them.
 */
public final class ApprovalTag {
  public static final String PREFIX = "review/";
  private static final Pattern HASH_LINE = Pattern.compile("(?m)^([0-9a-f]{64})  (\\S.*?)\\s*$");

  private ApprovalTag() {}

  public static String name(String reviewId) {
    return PREFIX + reviewId;
  }

  public static String message(
      Review review, String approver, LocalDate approvedOn, Map<String, String> sha256ByPath) {
    StringBuilder m = new StringBuilder();
    m.append("Management review ")
        .append(review.id())
        .append(" approved by ")
        .append(approver)
        .append(" on ")
        .append(approvedOn)
        .append("\n\n");
    m.append("Review: ").append(review.id()).append(" (").append(review.type()).append(")\n");
    m.append("Meeting: ").append(review.date()).append('\n');
    m.append("Chair: ").append(review.chair() == null ? "(none)" : review.chair()).append('\n');
    m.append("Approved by: ").append(approver).append('\n');
    m.append("Approved on: ").append(approvedOn).append("\n\n");
    m.append("SHA-256 of the review's files (sha256sum -c checks them from the ISMS root):\n");
    new TreeMap<>(sha256ByPath)
        .forEach((path, hash) -> m.append(hash).append("  ").append(path).append('\n'));
    return m.toString();
  }

  /** The SHA-256 per path that a tag message records. */
  public static Map<String, String> hashes(String message) {
    Map<String, String> hashes = new TreeMap<>();
    Matcher m = HASH_LINE.matcher(message == null ? "" : message);
    while (m.find()) {
      hashes.put(m.group(2), m.group(1));
    }
    return hashes;
  }
}
