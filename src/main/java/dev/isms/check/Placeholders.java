package dev.isms.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text that stands in for text not written yet: TBD, TODO, n/a, "-", "...", "to be done", the same
 * word typed over and over. Evidence, reasons and minutes that say only this say nothing.
 */
public final class Placeholders {
  /** A whole text that is a placeholder phrase (after case, spacing and edge punctuation). */
  private static final Pattern PHRASE =
      Pattern.compile(
          "^(?:(?:to do|to be (?:done|added|completed|written|confirmed|decided|defined"
              + "|provided)|fill in|not yet)(?: later| soon)?|later|coming soon)$");

  /** Words that are placeholders on their own: "TBD", "TODO", "n/a", "xxx". */
  private static final Pattern WORD =
      Pattern.compile("^(?:tbd|tba|tbc|todo|to-do|fixme|n/a|na|x{3,})$");

  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\s\\p{Punct}\u2013\u2014\u2026]+|[\\s\\p{Punct}\u2013\u2014\u2026]+$");
  private static final Pattern EMPHASIS = Pattern.compile("[*_`]");

  private Placeholders() {}

  /**
   * Whether the text says nothing: null, blank, punctuation alone ("-", "...", "?"), a placeholder
   * word or phrase, placeholder words only ("TBD TBD TBD", "TODO: TBD") or one word repeated.
   */
  public static boolean isPlaceholder(String text) {
    if (text == null) {
      return true;
    }
    String phrase = phrase(text);
    if (phrase.isEmpty() || PHRASE.matcher(phrase).matches()) {
      return true;
    }
    List<String> words =
        Arrays.stream(phrase.split(" "))
            .map(Placeholders::phrase)
            .filter(w -> !w.isEmpty())
            .toList();
    if (words.stream().allMatch(w -> WORD.matcher(w).matches())) {
      return true;
    }
    return words.size() > 1 && words.stream().distinct().count() == 1;
  }

  /** Lower case, single spaces, no emphasis marks, no punctuation at either end. */
  private static String phrase(String text) {
    String t = EMPHASIS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    return EDGE_PUNCTUATION.matcher(t.replaceAll("\\s+", " ")).replaceAll("");
  }
}
