package dev.isms.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.FileTrees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A copy of a small ISMS repository that passes every rule as of 2026-11-24
 * (src/test/resources/check/base), for tests that break one thing and run the real check.
 */
final class CheckFixture {
  static final Path BASE = Path.of("src/test/resources/check/base");
  static final String AS_OF = "2026-11-24";
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path root;

  private CheckFixture(Path root) {
    this.root = root;
  }

  static CheckFixture copy(Path dir) {
    return copy(BASE, dir);
  }

  static CheckFixture copy(Path from, Path dir) {
    FileTrees.copy(from, dir);
    return new CheckFixture(dir);
  }

  /** Replaces text that must be there (so a typo in a test cannot pass silently). */
  CheckFixture replace(String file, String old, String replacement) {
    String text = read(file);
    assertThat(text).as("%s holds the text to replace", file).contains(old);
    return write(file, text.replace(old, replacement));
  }

  /** Replaces a regular expression that must match (DOTALL: `.` spans lines). */
  CheckFixture replaceRegex(String file, String regex, String replacement) {
    String text = read(file);
    java.util.regex.Pattern p =
        java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.DOTALL);
    assertThat(p.matcher(text).find()).as("%s matches %s", file, regex).isTrue();
    return write(file, p.matcher(text).replaceAll(replacement));
  }

  CheckFixture write(String file, String text) {
    try {
      Path path = root.resolve(file);
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  CheckFixture delete(String file) {
    try {
      Files.delete(root.resolve(file));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String read(String file) {
    try {
      return Files.readString(root.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The line (1-based) of the first line of a file that contains the text. */
  int lineOf(String file, String text) {
    List<String> lines = read(file).lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(file + " has no line with " + text);
  }

  /** Runs `isms check` as of the fixture's date, with more arguments. */
  CommandResult check(String... args) {
    return checkAsOf(AS_OF, args);
  }

  /** Runs `isms check` as of another day, with more arguments. */
  CommandResult checkAsOf(String asOf, String... args) {
    List<String> all = new ArrayList<>(List.of("-C", root.toString(), "check", "--as-of", asOf));
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  /** The problems of a JSON report. */
  static List<Found> problems(CommandResult result) {
    try {
      JsonNode root = JSON.readTree(result.out());
      List<Found> found = new ArrayList<>();
      for (JsonNode p : root.get("problems")) {
        found.add(
            new Found(
                p.get("rule").asText(),
                p.get("severity").asText(),
                p.get("file").asText(),
                p.get("line").isNull() ? 0 : p.get("line").asInt(),
                p.get("message").asText()));
      }
      return found;
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + result.out() + result.err(), e);
    }
  }

  /**
   * The problems a rule found, run alone, through the JSON report; asserts the exit code that goes
   * with them: 1 when there is an error, 0 when there are only warnings.
   */
  List<Found> problemsOf(String rule) {
    CommandResult result = check("--rule", rule, "--format", "json");
    List<Found> found = problems(result);
    boolean error = found.stream().anyMatch(f -> f.severity().equals("error"));
    assertThat(result.exitCode()).as("exit code with %s", found).isEqualTo(error ? 1 : 0);
    assertThat(result.err()).isEmpty();
    return found;
  }

  /** One problem as the JSON report gives it. */
  record Found(String rule, String severity, String file, int line, String message) {}
}
