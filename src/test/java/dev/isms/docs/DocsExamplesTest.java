package dev.isms.docs;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.isms.docs.Transcripts.Step;
import dev.isms.docs.Transcripts.Transcript;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DemoRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The documentation's examples, run through the real command line so that they stay true.
 *
 * <ul>
 *   <li>Every {@code ```console} block of README.md and docs/*.md (see {@link Transcripts}) runs on
 *       a fresh copy of the demo repository, which the transcripts call {@code /tmp/denialbase}
 *       ({@code $ isms demo /tmp/denialbase && cd /tmp/denialbase} names it), on the example's day
 *       (2026-11-24, the tests' clock). Each command must exit as shown and print what is shown;
 *       commit ids may differ.
 *   <li>Every example of README.md's Commands table runs, in the table's order, on one copy of the
 *       demo ({@code isms demo} itself in a new folder): {@code isms check} exits 1 there (the
 *       example holds problems on purpose), every other example 0, and each prints something (or
 *       writes the file it is redirected to).
 * </ul>
 */
class DocsExamplesTest {
  static final String DEMO = "/tmp/denialbase";
  static final Path README = Path.of("README.md");
  static final Path DOCS = Path.of("docs");

  /**
   * A commit id: hex with a letter, or after "committed" (a 12-digit id is all digits about once in
   * 280).
   */
  private static final Pattern COMMIT_ID =
      Pattern.compile(
          "\\b(?:(?=[0-9a-f]{0,39}[a-f])[0-9a-f]{7,40}|(?<=[Cc]ommitted |[Cc]ommitted as | files as )[0-9]{7,40})\\b");

  private static final Pattern TABLE_EXAMPLE = Pattern.compile("^\\| `isms[^|]*\\| `([^`]+)` \\|");

  @TempDir static Path temp;
  private static final AtomicInteger COPIES = new AtomicInteger();

  static Stream<Transcript> transcripts() throws IOException {
    List<Transcript> all = new ArrayList<>(Transcripts.in(README));
    try (Stream<Path> docs = Files.list(DOCS)) {
      for (Path doc : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        all.addAll(Transcripts.in(doc));
      }
    }
    return all.stream();
  }

  @Test
  void theUserGuideHasTranscriptsToRun() throws IOException {
    assertThat(Transcripts.in(DOCS.resolve("commands.md"))).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transcripts")
  void everyTranscriptPrintsWhatTheCommandsPrint(Transcript transcript) {
    Path repo = freshDemo();
    for (Step step : transcript.steps()) {
      Run run = run(repo, step.command());

      List<String> actual = normalise(run.printed(), repo);
      List<String> expected = normalise(String.join("\n", step.output()), repo);
      assertThat(run.exitCode())
          .as("exit code of `%s` (%s); it printed:%n%s", step.command(), transcript, run.printed())
          .isEqualTo(step.exitCode());
      if (!Transcripts.matches(expected, actual)) {
        fail(
            "`%s` (%s) printed%n%s%n%nbut the transcript shows%n%s",
            step.command(), transcript, String.join("\n", actual), String.join("\n", expected));
      }
    }
  }

  @Test
  void everyExampleOfTheReadmesCommandsTableRuns() throws IOException {
    List<String> examples = new ArrayList<>();
    for (String line : Files.readAllLines(README)) {
      Matcher m = TABLE_EXAMPLE.matcher(line);
      if (m.find()) {
        examples.add(m.group(1));
      }
    }
    assertThat(examples).as("examples in README.md's Commands table").isNotEmpty();
    Path repo = freshDemo();

    for (String example : examples) {
      Run run =
          example.startsWith("isms demo ")
              ? demo(example.substring("isms demo ".length()))
              : run(repo, example);

      int expected = example.startsWith("isms check") ? 1 : 0;
      assertThat(run.exitCode())
          .as("exit code of `%s`; it printed:%n%s", example, run.printed())
          .isEqualTo(expected);
      if (run.redirectedTo() != null) {
        assertThat(run.redirectedTo()).as(example).isNotEmptyFile();
      } else {
        assertThat(run.printed()).as(example).isNotBlank();
      }
    }
  }

  /** What a command line printed (standard output, then error), how it exited, what it wrote. */
  record Run(int exitCode, String printed, Path redirectedTo) {}

  /** {@code isms demo DIR} for real, in a new folder where the example names DIR. */
  private static Run demo(String folder) {
    assertThat(folder).isEqualTo(DEMO);
    CommandResult result = Cli.run("demo", temp.resolve("demo-built").toString());
    assertThat(result).hasNoStackTrace();
    return new Run(result.exitCode(), result.out() + result.err(), null);
  }

  private static Path freshDemo() {
    return DemoRepository.copy(
        temp.resolve("denialbase-" + COPIES.incrementAndGet()), "--as-of", "2026-11-24");
  }

  /**
   * Runs a command line as a shell in the demo repository would: {@code a && b} runs b only when a
   * exits 0, {@code > FILE} writes standard output to FILE, {@code source <(isms ...)} runs the
   * inner command; {@code isms demo /tmp/denialbase} and {@code cd /tmp/denialbase} name the copy.
   */
  static Run run(Path repo, String commandLine) {
    List<String> words = Transcripts.words(commandLine);
    StringBuilder printed = new StringBuilder();
    Path redirected = null;
    int exit = 0;
    for (List<String> command : split(words)) {
      if (command.get(0).equals("source") && command.get(1).equals("<(")) {
        command = command.subList(2, command.indexOf(")"));
      }
      if (command.get(0).equals("cd") || command.subList(0, 2).equals(List.of("isms", "demo"))) {
        assertThat(command.get(command.size() - 1))
            .as("`%s`: the transcripts' demo repository", commandLine)
            .isEqualTo(DEMO);
        continue;
      }
      assertThat(command.get(0)).as("a documented command: %s", commandLine).isEqualTo("isms");
      List<String> args = new ArrayList<>();
      for (String word : command.subList(1, command.size())) {
        args.add(word.replace(DEMO, repo.toString()));
      }
      int redirect = args.indexOf(">");
      if (redirect >= 0) {
        redirected = repo.resolve(args.get(redirect + 1));
        args = args.subList(0, redirect);
      }
      if (!args.contains("-C")) {
        args.addAll(0, List.of("-C", repo.toString()));
      }

      CommandResult result = Cli.run(args.toArray(String[]::new));

      assertThat(result).hasNoStackTrace();
      if (redirected != null) {
        writeString(redirected, result.out());
        printed.append(result.err());
      } else {
        printed.append(result.out()).append(result.err());
      }
      exit = result.exitCode();
      if (exit != 0) {
        break;
      }
    }
    return new Run(exit, printed.toString(), redirected);
  }

  private static List<List<String>> split(List<String> words) {
    List<List<String>> commands = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String word : words) {
      if (word.equals("&&")) {
        commands.add(current);
        current = new ArrayList<>();
      } else {
        current.add(word);
      }
    }
    commands.add(current);
    return commands;
  }

  /** Lines as the reader compares them: the copy named as the docs name it, any commit id alike. */
  private static List<String> normalise(String text, Path repo) {
    List<String> lines = new ArrayList<>();
    for (String line : text.replace(repo.toString(), DEMO).split("\n", -1)) {
      lines.add(COMMIT_ID.matcher(line.stripTrailing()).replaceAll("<commit>"));
    }
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  private static void writeString(Path file, String text) {
    try {
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
