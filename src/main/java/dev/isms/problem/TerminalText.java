package dev.isms.problem;

/**
 * The one escaper for text that reaches a terminal or a CI log: every printed message and the text
 * and github reports pass user data (YAML titles, file names, arguments) through it. Control
 * characters could otherwise retitle or repaint a terminal (ESC, BEL), forge log lines (CR, LF) or
 * reorder what a reader sees (Unicode bidirectional overrides); each becomes a visible escape
 * ({@code \n}, {@code \t}, {@code \x1b}, {@code \u202e}) so that one message stays one line.
 */
public final class TerminalText {
  private TerminalText() {}

  /** {@code text} with every control and bidi-override character written as a visible escape. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    if (text.codePoints().noneMatch(TerminalText::unsafe)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              if (!unsafe(c)) {
                b.appendCodePoint(c);
              } else if (c == '\n') {
                b.append("\\n");
              } else if (c == '\r') {
                b.append("\\r");
              } else if (c == '\t') {
                b.append("\\t");
              } else if (c <= 0xFF) {
                b.append(String.format("\\x%02x", c));
              } else {
                b.append(String.format("\\u%04x", c));
              }
            });
    return b.toString();
  }

  /**
   * C0 and C1 control characters and DEL, the line and paragraph separators, and the Unicode
   * bidirectional embeddings, overrides and isolates.
   */
  static boolean unsafe(int c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x2028
        || c == 0x2029
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
