package dev.isms.check.report;

import java.util.Map;

/** Whether the text report is coloured: on a terminal, unless NO_COLOR is set or TERM is dumb. */
public enum Colour {
  AUTO,
  ALWAYS,
  NEVER;

  /**
   * The decision, from what the process sees. {@code terminal} is whether standard output is a
   * console (piped output and tests are not); NO_COLOR is https://no-color.org.
   */
  public boolean enabled(boolean terminal, Map<String, String> env) {
    return switch (this) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO ->
          terminal
              && (env.get("NO_COLOR") == null || env.get("NO_COLOR").isEmpty())
              && !"dumb".equals(env.get("TERM"));
    };
  }
}
