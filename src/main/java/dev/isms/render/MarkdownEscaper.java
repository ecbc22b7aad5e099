package dev.isms.render;

/** Escaping of repository values for Markdown text and table cells. */
public final class MarkdownEscaper {
  private MarkdownEscaper() {}

  /**
   * One line of inline text that is safe in a paragraph and in a table cell, and reads as it was
   * typed: line breaks become spaces, {@code |} and {@code \} are escaped, {@code <} so that HTML
   * in a value is shown as text, {@code [ ]} so that no value becomes a link or an image, {@code &}
   * so that entities stay as typed, and the emphasis and code marks {@code * _ ~ `}.
   */
  public static String inline(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\r' -> {
          if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
            i++;
          }
          out.append(' ');
        }
        case '\n' -> out.append(' ');
        case '|' -> out.append("\\|");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\<");
        case '`', '[', ']', '*', '_', '~', '&' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
