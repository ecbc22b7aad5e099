package dev.isms.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for field names, ids and review types: the closest candidate, if close. */
public final class Suggestions {
  private Suggestions() {}

  public static Optional<String> closest(String given, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String g = given.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, given.length() / 3);
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - given.length()) > allowed) {
        continue; // cannot be close enough; keeps large registers cheap
      }
      int d = distance(g, candidate.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** " Did you mean `x`?" or the empty string. */
  public static String didYouMean(String given, Collection<String> candidates) {
    return closest(given, candidates).map(s -> " Did you mean `" + s + "`?").orElse("");
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
