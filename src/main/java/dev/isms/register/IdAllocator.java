package dev.isms.register;

import dev.isms.store.ItemIds;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Next ids in a register's own pattern. The ids already there decide it: {@code ACT-2026-014}
 * continues as {@code ACT-2026-015} (and starts again at {@code ACT-2027-001} in a new year),
 * {@code R-007} as {@code R-008}, {@code OBJ-5} as {@code OBJ-6}; the pattern most ids follow wins.
 * An empty register starts from the default pattern given, e.g. {@code ACT-{year}-001}.
 */
public final class IdAllocator {
  private static final Pattern WITH_YEAR =
      Pattern.compile("^(?<a>.*?)(?<y>(?:19|20)\\d{2})(?<b>[^0-9]+)(?<n>\\d+)$");
  private static final Pattern NUMBERED = Pattern.compile("^(?<a>.*?[^0-9])(?<n>\\d+)$");

  private final String before;
  private final boolean yearly;
  private final String between;
  private final int width;
  private final int next;
  private final int year;

  private IdAllocator(
      String before, boolean yearly, String between, int width, int next, int year) {
    this.before = before;
    this.yearly = yearly;
    this.between = between;
    this.width = width;
    this.next = next;
    this.year = year;
  }

  /**
   * @param defaultPattern for an empty register: a prefix, optionally {@code {year}} and a
   *     separator, then zeros giving the width: {@code ACT-{year}-000}, {@code R-000}, {@code
   *     OBJ-0}
   */
  public static IdAllocator of(Collection<String> ids, String defaultPattern, LocalDate today) {
    int year = today.getYear();
    Map<String, List<Matcher>> shapes = new LinkedHashMap<>();
    for (String id : ids.stream().sorted().toList()) {
      Matcher m = WITH_YEAR.matcher(id);
      if (m.matches()) {
        shapes
            .computeIfAbsent(
                "Y" + m.group("a") + "\0" + m.group("b"), k -> new java.util.ArrayList<>())
            .add(m);
        continue;
      }
      m = NUMBERED.matcher(id);
      if (m.matches()) {
        shapes.computeIfAbsent("N" + m.group("a"), k -> new java.util.ArrayList<>()).add(m);
      }
    }
    if (shapes.isEmpty()) {
      return fromDefault(defaultPattern, year);
    }
    List<Matcher> shape =
        shapes.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
    Matcher first = shape.get(0);
    int width = shape.stream().mapToInt(m -> m.group("n").length()).max().orElse(1);
    boolean yearly = first.pattern() == WITH_YEAR;
    int max =
        shape.stream()
            .filter(m -> !yearly || Integer.parseInt(m.group("y")) == year)
            .mapToInt(m -> Integer.parseInt(m.group("n")))
            .max()
            .orElse(0);
    return new IdAllocator(
        first.group("a"), yearly, yearly ? first.group("b") : "", width, max + 1, year);
  }

  private static IdAllocator fromDefault(String pattern, int year) {
    int zeros = pattern.length() - pattern.replaceAll("0+$", "").length();
    String head = pattern.substring(0, pattern.length() - zeros);
    int at = head.indexOf("{year}");
    if (at < 0) {
      return new IdAllocator(head, false, "", zeros, 1, year);
    }
    return new IdAllocator(
        head.substring(0, at), true, head.substring(at + "{year}".length()), zeros, 1, year);
  }

  /** The first id after those in the register. */
  public String next() {
    return format(next);
  }

  /** The id after one this allocator gave (taken meanwhile by another run). */
  public String after(String id) {
    Matcher m = NUMBERED.matcher(id);
    int n = m.matches() ? Integer.parseInt(m.group("n")) : next;
    return format(n + 1);
  }

  /** The id numbered {@code n}, or the next one that can name a file on Windows too (not COM1). */
  private String format(int n) {
    for (int i = n; ; i++) {
      String number = String.format("%0" + width + "d", i);
      String id = yearly ? before + year + between + number : before + number;
      if (ItemIds.windowsProblem(id).isEmpty()) {
        return id;
      }
    }
  }
}
