package dev.isms.review;

import dev.isms.IsmsException;
import java.util.ArrayList;
import java.util.List;

/**
 * Shares a meeting's minutes among its agenda items so that they add up to the duration exactly.
 *
 * <p>Opening and close take 5 minutes each (less in a meeting shorter than an hour); results and
 * decisions (9.3.3) take 15% of the meeting, rounded to 5 minutes, at least 5: that is where an
 * auditor looks first, so it is never squeezed out. The rest goes to the items by weight, each at
 * least one minute, by the largest-remainder method (ties to the earlier item).
 */
public final class AgendaPlanner {
  private AgendaPlanner() {}

  /** Minutes for opening, for each item (in order), for results and decisions, and for close. */
  public record Allotment(int opening, List<Integer> items, int results, int close) {
    public Allotment {
      items = List.copyOf(items);
    }

    public int total() {
      return opening + results + close + items.stream().mapToInt(Integer::intValue).sum();
    }
  }

  public static Allotment allot(int duration, List<Integer> weights) {
    int framing = framing(duration);
    int results = results(duration);
    int rest = duration - 2 * framing - results;
    if (rest < weights.size()) {
      throw IsmsException.input(
          "a "
              + duration
              + "-minute review cannot give each of its "
              + weights.size()
              + " agenda items a minute after opening, results and close; make the review type's"
              + " `duration` in isms.yaml at least "
              + minimumDuration(weights.size())
              + "m");
    }
    return new Allotment(framing, share(rest, weights), results, framing);
  }

  static int framing(int duration) {
    return duration >= 60 ? 5 : Math.max(1, duration / 12);
  }

  static int results(int duration) {
    return Math.max(5, 5 * (int) Math.round(duration * 0.15 / 5));
  }

  static int minimumDuration(int items) {
    int d = items;
    while (d - 2 * framing(d) - results(d) < items) {
      d++;
    }
    return d;
  }

  /**
   * Minutes in proportion to weight (largest remainders get the odd minutes), at least one each: an
   * item weighted like all the others together gets as much time as they do.
   */
  static List<Integer> share(int minutes, List<Integer> weights) {
    int n = weights.size();
    List<Integer> shares = new ArrayList<>();
    if (n == 0) {
      return shares;
    }
    long totalWeight = weights.stream().mapToLong(Integer::longValue).sum();
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long exact = (long) minutes * weights.get(i);
      int whole = (int) Math.max(1, exact / totalWeight);
      remainders[i] = exact / totalWeight >= 1 ? exact % totalWeight : -1;
      shares.add(whole);
      given += whole;
    }
    for (int left = minutes - given; left > 0; left--) {
      int best = largest(remainders);
      shares.set(best, shares.get(best) + 1);
      remainders[best] = -1;
    }
    // the one-minute floors may overshoot: take back from the largest shares
    for (int over = given - minutes; over > 0; over--) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (shares.get(i) > shares.get(best)) {
          best = i;
        }
      }
      shares.set(best, shares.get(best) - 1);
    }
    return shares;
  }

  private static int largest(long[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
