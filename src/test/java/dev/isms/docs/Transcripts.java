package dev.isms.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The examples of the documentation, read as the test runs them.
 *
 * <p>A {@code ```console} block is a transcript: a line {@code $ isms ...} is a command (a trailing
 * {@code \} continues it on the next line), the lines under it up to the next {@code $} line are
 * what it prints, a line {@code ...} stands for any number of lines ({@code ...} within a line, for
 * any text), and {@code $ echo $?} followed by a number gives the exit code of the command before
 * it (0 when not given).
 */
final class Transcripts {
  private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");

  private Transcripts() {}

  /** One command of a transcript: what to run, what it prints, how it exits. */
  record Step(String command, List<String> output, int exitCode) {}

  /** One console block: where it is (for the test's name) and its commands. */
  record Transcript(String where, List<Step> steps) {
    @Override
    public String toString() {
      return where;
    }
  }

  /** Every console block of a Markdown file. */
  static List<Transcript> in(Path markdown) throws IOException {
    List<String> lines = Files.readAllLines(markdown);
    List<Transcript> found = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      var open = FENCE.matcher(lines.get(i));
      if (!open.matches() || open.group(1).isEmpty()) {
        continue;
      }
      int start = i;
      List<String> body = new ArrayList<>();
      for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
        body.add(lines.get(i));
      }
      if (open.group(1).equals("console")) {
        found.add(new Transcript(markdown + ":" + (start + 1), steps(body)));
      }
    }
    return found;
  }

  /** The commands of a transcript's lines. */
  static List<Step> steps(List<String> body) {
    List<Step> steps = new ArrayList<>();
    String command = null;
    List<String> output = new ArrayList<>();
    int exitCode = 0;
    for (int i = 0; i < body.size(); i++) {
      String line = body.get(i);
      if (!line.startsWith("$ ")) {
        if (command == null) {
          throw new IllegalArgumentException("a transcript starts with `$ `: " + line);
        }
        output.add(line);
        continue;
      }
      StringBuilder text = new StringBuilder(line.substring(2).strip());
      while (text.toString().endsWith("\\") && i + 1 < body.size()) {
        text.setLength(text.length() - 1);
        text.append(' ').append(body.get(++i).strip());
      }
      if (text.toString().equals("echo $?")) {
        if (command == null) {
          throw new IllegalArgumentException("`$ echo $?` follows no command");
        }
        exitCode = Integer.parseInt(body.get(++i).strip());
        continue;
      }
      if (command != null) {
        steps.add(new Step(command, List.copyOf(output), exitCode));
      }
      command = text.toString();
      output.clear();
      exitCode = 0;
    }
    if (command != null) {
      steps.add(new Step(command, List.copyOf(output), exitCode));
    }
    return steps;
  }

  /**
   * A command line split into words as a POSIX shell splits it: single and double quotes, a
   * backslash before a character in double quotes or outside quotes; {@code &&}, {@code >} and
   * {@code <(}/{@code )} stay words of their own.
   */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        word = (word == null ? new StringBuilder() : word).append(line, i + 1, end);
        i = end;
      } else if (c == '"') {
        word = word == null ? new StringBuilder() : word;
        for (i++; line.charAt(i) != '"'; i++) {
          if (line.charAt(i) == '\\' && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
            i++;
          }
          word.append(line.charAt(i));
        }
      } else if (c == '\\' && i + 1 < line.length()) {
        word = (word == null ? new StringBuilder() : word).append(line.charAt(++i));
      } else if (word == null && (line.startsWith("&&", i) || line.startsWith("<(", i))) {
        words.add(line.substring(i, i + 2));
        i++;
      } else if (c == '>' || c == ')') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        words.add(String.valueOf(c));
      } else {
        word = (word == null ? new StringBuilder() : word).append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }

  /** Whether the lines match the expected ones, where a line {@code ...} matches any lines. */
  static boolean matches(List<String> expected, List<String> actual) {
    return matches(expected, 0, actual, 0);
  }

  private static boolean matches(List<String> expected, int i, List<String> actual, int j) {
    if (i == expected.size()) {
      return j == actual.size();
    }
    if (expected.get(i).equals("...")) {
      for (int k = j; k <= actual.size(); k++) {
        if (matches(expected, i + 1, actual, k)) {
          return true;
        }
      }
      return false;
    }
    return j < actual.size()
        && lineMatches(expected.get(i), actual.get(j))
        && matches(expected, i + 1, actual, j + 1);
  }

  /** A line as shown, where {@code ...} within it stands for any text. */
  static boolean lineMatches(String expected, String actual) {
    if (!expected.contains("...")) {
      return expected.equals(actual);
    }
    StringBuilder regex = new StringBuilder();
    for (String part : expected.split("\\.\\.\\.", -1)) {
      regex.append(regex.length() == 0 ? "" : ".*").append(Pattern.quote(part));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual).matches();
  }
}
