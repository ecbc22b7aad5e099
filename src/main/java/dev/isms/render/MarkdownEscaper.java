package dev.isms.render;

/** Escaping of repository values for Markdown text and table cells. */
public final class MarkdownEscaper {
  private MarkdownEscaper() {}

  /**
   * One line of inline text that is safe in a paragraph and in a table cell, and reads as it was
   * typed: line breaks become spaces, {@code |} and {@code \} are escaped, {@code <} so that HTML
   * in a value is shown as text, {@code [ ]} so that no value becomes a link or an image, {@code &}
   * where an entity could start so that {@code &lt;} stays as typed, and the emphasis and code
   * marks {@code * _ ~ `}.
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
        case '`', '[', ']', '*', '_', '~' -> out.append('\\').append(c);
        case '&' -> {
          // only where an entity could start (&lt; &#60;); "admins & on-call" stays as it is
          boolean entity =
              i + 1 < value.length()
                  && (Character.isLetterOrDigit(value.charAt(i + 1)) || value.charAt(i + 1) == '#');
          out.append(entity ? "\\&" : "&");
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
