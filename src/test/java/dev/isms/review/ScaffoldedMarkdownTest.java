package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Feed;
import dev.isms.framework.ResultKind;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.Cli;
import dev.isms.testing.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scaffolded Markdown read the way `isms check` reads it, with commonmark: every input under
 * its clause reference holding only its prompt, the results, and agenda tables that add up.
 */
class ScaffoldedMarkdownTest {
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  @TempDir Path temp;

  static Stream<Arguments> reviews() {
    Path nw = ReviewFixtures.NORTHWIND;
    Path fjord = Path.of("src/test/resources/fixtures/review-fjord-2013");
    Path example = Path.of("examples/denialbase");
    return Stream.of(
        Arguments.of(example, "2026-annual", List.of()),
        Arguments.of(example, "2026-Q4", List.of("--type", "quarterly")),
        Arguments.of(nw, "2026-Q4", List.of("--type", "quarterly")),
        Arguments.of(nw, "2026-annual", List.of("--type", "annual")),
        Arguments.of(nw, "2026-12-01-adhoc", List.of("--trigger", "INC-2026-031")),
        Arguments.of(
            nw, "2027-01-20-pre-audit", List.of("--type", "pre-audit", "--date", "2027-01-20")),
        Arguments.of(fjord, "2027-Q1", List.of("--type", "quarterly")));
  }

  private IsmsRepository scaffold(Path fixture, List<String> args) {
    Path repo = FileTrees.copy(fixture, temp.resolve("repo"));
    List<String> all =
        new ArrayList<>(
            List.of(
                "-C", repo.toString(), "--as-of", "2026-11-24", "review", "new", "--no-commit"));
    all.addAll(args);
    assertThat(Cli.run(all.toArray(String[]::new))).succeeded();
    return new RepositoryLoader().loadValid(repo);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reviews")
  void minutesHoldOneSectionPerInputWithOnlyItsPromptThenTheResults(
      Path fixture, String id, List<String> args) throws Exception {
    IsmsRepository repo = scaffold(fixture, args);
    ClauseSet framework = repo.framework();
    Node minutes = PARSER.parse(Files.readString(repo.reviewDir(id).resolve("minutes.md")));

    List<String> headings = headings(minutes);
    List<String> expected = new ArrayList<>();
    for (Clause leaf : framework.mandatoryInputs()) {
      expected.add(leaf.heading());
      assertThat(section(minutes, leaf.heading()))
          .as("section %s", leaf.heading())
          .singleElement()
          .isInstanceOfSatisfying(
              HtmlBlock.class,
              c ->
                  assertThat(c.getLiteral().strip())
                      .startsWith("<!-- " + leaf.prompt())
                      .endsWith("-->"));
    }
    assertThat(headings).containsSubsequence(expected);
    List<String> results = framework.results().stream().map(Clause::resultHeading).toList();
    assertThat(headings).containsSubsequence(results);
    assertThat(headings.indexOf(results.get(0)))
        .isGreaterThan(headings.indexOf(expected.get(expected.size() - 1)));
    String actionsHeading =
        framework.result(ResultKind.ACTIONS).map(Clause::resultHeading).orElseThrow();
    TableBlock actions = (TableBlock) section(minutes, actionsHeading).get(1);
    assertThat(cells(actions.getFirstChild().getFirstChild()))
        .containsExactly("ID", "Action", "Owner", "Due", "Success criteria");
    Review review = repo.review(id).orElseThrow();
    TableBlock attendance = (TableBlock) section(minutes, "Attendance").get(0);
    List<List<String>> rows = bodyRows(attendance);
    assertThat(rows).hasSize(review.attendees().size());
    for (int i = 0; i < rows.size(); i++) {
      assertThat(rows.get(i))
          .containsExactly(review.attendees().get(i).name(), review.attendees().get(i).role(), "");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("reviews")
  void theAgendaListsEveryInputInOrderAndItsMinutesAddUpToTheDuration(
      Path fixture, String id, List<String> args) throws Exception {
    IsmsRepository repo = scaffold(fixture, args);
    Review review = repo.review(id).orElseThrow();
    int duration = repo.config().reviewType(review.type()).orElseThrow().durationMinutes(60);
    Node agenda = PARSER.parse(Files.readString(repo.reviewDir(id).resolve("agenda.md")));

    TableBlock table = first(agenda, TableBlock.class);
    List<List<String>> rows = bodyRows(table);
    List<List<String>> items = rows.subList(0, rows.size() - 1);
    assertThat(items).allSatisfy(r -> assertThat(r).hasSize(4));
    assertThat(items.stream().map(r -> r.get(1)).toList())
        .containsSubsequence(
            repo.framework().mandatoryInputs().stream().map(Clause::heading).toList());
    assertThat(items.stream().mapToInt(r -> Integer.parseInt(r.get(3))).sum()).isEqualTo(duration);
    assertThat(items).allSatisfy(r -> assertThat(Integer.parseInt(r.get(3))).isPositive());
    assertThat(rows.get(rows.size() - 1))
        .containsExactly("", "Total", "", String.valueOf(duration));
    Clause actionsInput = repo.framework().inputFedBy(Feed.ACTIONS).orElseThrow();
    // the day input a) compares with: the previous held review's, or for a review covering a
    // year (2026-annual) that of the last held before the year began
    LocalDate previous = Coverage.of(repo, review).comparedOn().orElseThrow();
    List<Node> underA =
        all(agenda, Heading.class).stream()
            .filter(h -> text(h).endsWith(actionsInput.heading()))
            .findFirst()
            .map(h -> section(agenda, text(h)))
            .orElseThrow();
    List<String> listed =
        underA.stream()
            .filter(TableBlock.class::isInstance)
            .flatMap(t -> bodyRows((TableBlock) t).stream())
            .map(r -> r.get(0))
            .toList();
    assertThat(listed)
        .as("actions open on %s, the day the review is compared with, are listed", previous)
        .containsAll(
            repo.actions().stream().filter(a -> a.wasOpenOn(previous)).map(a -> a.id()).toList())
        .isNotEmpty();
  }

  @Test
  void aPipeANewlineOrHtmlInATitleCannotBreakTheAgendaTables() throws Exception {
    IsmsRepository repo = scaffold(ReviewFixtures.NORTHWIND, List.of("--type", "quarterly"));
    Node agenda = PARSER.parse(Files.readString(repo.reviewDir("2026-Q4").resolve("agenda.md")));

    List<Node> actionsSection =
        section(agenda, "2. 9.3.2 a) Status of actions from previous management reviews");
    List<List<String>> actions =
        actionsSection.stream()
            .filter(TableBlock.class::isInstance)
            .flatMap(t -> bodyRows((TableBlock) t).stream())
            .toList();
    assertThat(actions)
        .extracting(r -> r.get(0))
        .as("decided by earlier reviews first, then the others, as the pack groups them")
        .containsExactly("ACT-2026-014", "ACT-2026-015", "ACT-2026-016");
    assertThat(actions).allSatisfy(r -> assertThat(r).hasSize(6));
    assertThat(actions.get(0).get(1))
        .isEqualTo("Enforce phishing-resistant MFA | admins & on-call");
    assertThat(actions.get(1).get(1)).isEqualTo("Review vendor access for all subprocessors");
    List<Node> risksSection =
        section(
            agenda, "10. 9.3.2 f) Results of risk assessment and status of risk treatment plan");
    List<List<String>> risks =
        risksSection.stream()
            .filter(TableBlock.class::isInstance)
            .flatMap(t -> bodyRows((TableBlock) t).stream())
            .toList();
    assertThat(risks).extracting(r -> r.get(0)).containsExactly("R-003", "R-007", "R-015");
    assertThat(risks.get(2).get(1)).isEqualTo("Insider misuse of <admin> access");
    assertThat(all(agenda, HtmlInline.class)).isEmpty();
  }

  // --- reading Markdown the way the check does: headings and the blocks under them

  private static List<String> headings(Node doc) {
    return all(doc, Heading.class).stream().map(ScaffoldedMarkdownTest::text).toList();
  }

  /** The blocks after the heading with this text, up to the next heading. */
  private static List<Node> section(Node doc, String heading) {
    List<Node> blocks = new ArrayList<>();
    Node start =
        all(doc, Heading.class).stream()
            .filter(h -> text(h).equals(heading))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no heading " + heading));
    for (Node n = start.getNext(); n != null && !(n instanceof Heading); n = n.getNext()) {
      blocks.add(n);
    }
    return blocks;
  }

  private static List<List<String>> bodyRows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableBody) {
        for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
          rows.add(cells(row));
        }
      }
    }
    return rows;
  }

  private static List<String> cells(Node row) {
    List<String> cells = new ArrayList<>();
    assertThat(row).isInstanceOf(TableRow.class);
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      assertThat(cell).isInstanceOf(TableCell.class);
      cells.add(text(cell));
    }
    return cells;
  }

  private static String text(Node node) {
    StringBuilder out = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            out.append(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            out.append(code.getLiteral());
          }
        });
    return out.toString();
  }

  private static <T extends Node> T first(Node doc, Class<T> type) {
    return all(doc, type).get(0);
  }

  private static <T extends Node> List<T> all(Node doc, Class<T> type) {
    List<T> found = new ArrayList<>();
    collect(doc, type, found);
    return found;
  }

  private static <T extends Node> void collect(Node node, Class<T> type, List<T> into) {
    if (type.isInstance(node)) {
      into.add(type.cast(node));
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, type, into);
    }
  }
}
