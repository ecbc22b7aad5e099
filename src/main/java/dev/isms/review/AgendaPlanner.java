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
          "a " + duration + "-minute review cannot give each of its " + weights.size()
              + " agenda items a minute after opening, results and close; make the review type's"
              + " `duration` in isms.yaml at least " + minimumDuration(weights.size()) + "m");
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

  /** One minute each, then the remaining minutes by weight with the largest remainders. */
  static List<Integer> share(int minutes, List<Integer> weights) {
    int n = weights.size();
    List<Integer> shares = new ArrayList<>();
    if (n == 0) {
      return shares;
    }
    int spare = minutes - n;
    long totalWeight = weights.stream().mapToLong(Integer::longValue).sum();
    long[] remainders = new long[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      long exact = (long) spare * weights.get(i);
      int whole = (int) (exact / totalWeight);
      remainders[i] = exact % totalWeight;
      shares.add(1 + whole);
      given += whole;
    }
    for (int left = spare - given; left > 0; left--) {
      int best = 0;
      for (int i = 1; i < n; i++) {
        if (remainders[i] > remainders[best]) {
          best = i;
        }
      }
      shares.set(best, shares.get(best) + 1);
      remainders[best] = -1;
    }
    return shares;
  }
}
