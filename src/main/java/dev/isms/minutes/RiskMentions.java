package dev.isms.minutes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Risk ids the minutes name that the risk register does not hold: a risk management identified in
 * the meeting and that nobody entered. Ids are recognised by the shape of the register's own ids
 * (R-001 gives {@code R-\d+}), or {@code R-\d+} while the register is empty; text inside HTML
 * comments (the template's prompts) does not count.
 */
public final class RiskMentions {
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

  private RiskMentions() {}

  /** An id the minutes name, at the 1-based line of its first mention. */
  public record Mention(String id, int line) {}

  public static List<Mention> unknown(String markdown, Collection<String> registerIds) {
    Set<String> known =
        registerIds.stream().map(id -> id.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    Pattern ids = shapes(registerIds);
    String text = blankComments(markdown);
    List<Mention> found = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = ids.matcher(lines[i]);
      while (m.find()) {
        String id = m.group();
        String key = id.toLowerCase(Locale.ROOT);
        if (!known.contains(key) && seen.add(key)) {
          found.add(new Mention(id, i + 1));
        }
      }
    }
    return found;
  }

  private static Pattern shapes(Collection<String> registerIds) {
    Set<String> shapes = new LinkedHashSet<>();
    for (String id : registerIds) {
      Matcher m = DIGITS.matcher(id);
      StringBuilder shape = new StringBuilder();
      int last = 0;
      while (m.find()) {
        shape.append(Pattern.quote(id.substring(last, m.start()))).append("\\d+");
        last = m.end();
      }
      if (last > 0) {
        shapes.add(shape.append(Pattern.quote(id.substring(last))).toString());
      }
    }
    if (shapes.isEmpty()) {
      shapes.add(Pattern.quote("R-") + "\\d+");
    }
    return Pattern.compile(
        "(?<![A-Za-z0-9_-])(?:" + String.join("|", shapes) + ")(?![A-Za-z0-9_]|-[A-Za-z0-9])");
  }

  /** The text with every HTML comment replaced by as many newlines as it spans (lines stay). */
  private static String blankComments(String markdown) {
    Matcher m = COMMENT.matcher(markdown);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String newlines = m.group().replaceAll("[^\n]", "");
      m.appendReplacement(out, Matcher.quoteReplacement(newlines));
    }
    m.appendTail(out);
    return out.toString();
  }
}
