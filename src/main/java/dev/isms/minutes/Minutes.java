package dev.isms.minutes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * A review's minutes.md read through the CommonMark AST: its headings and, under each, the text a
 * reader sees and the tables. Sections are cut at headings, never by splitting strings, so code
 * blocks, tables and comments that contain {@code #} are no trouble.
 */
public final class Minutes {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private final List<Node> blocks;
  private final List<Heading> headings;
  private final String markdown;

  private Minutes(List<Node> blocks, List<Heading> headings, String markdown) {
    this.blocks = blocks;
    this.headings = headings;
    this.markdown = markdown;
  }

  /** The Markdown the minutes were parsed from. */
  public String markdown() {
    return markdown;
  }

  public static Minutes parse(String markdown) {
    Node document = PARSER.parse(markdown);
    List<Node> blocks = new ArrayList<>();
    List<Heading> headings = new ArrayList<>();
    for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
      blocks.add(n);
      if (n instanceof org.commonmark.node.Heading h) {
        headings.add(
            new Heading(h.getLevel(), VisibleText.normalize(VisibleText.of(h, true)), lineOf(n)));
      }
    }
    return new Minutes(blocks, headings, markdown);
  }

  /** The top-level headings in document order. */
  public List<Heading> headings() {
    return headings;
  }

  /** The first heading that matches, if any. */
  public Optional<Heading> find(Predicate<Heading> matches) {
    return headings.stream().filter(matches).findFirst();
  }

  /**
   * The section under {@code heading}: the blocks up to the next heading at the same or a higher
   * level, or up to one for which {@code alsoEndsAt} holds (another input's heading nested lower).
   */
  public Section section(Heading heading, Predicate<Heading> alsoEndsAt) {
    int start = headings.indexOf(heading);
    if (start < 0) {
      throw new IllegalArgumentException("not a heading of these minutes: " + heading);
    }
    StringBuilder text = new StringBuilder();
    List<Table> tables = new ArrayList<>();
    int headingIndex = -1;
    boolean inside = false;
    for (Node block : blocks) {
      if (block instanceof org.commonmark.node.Heading) {
        headingIndex++;
        if (headingIndex == start) {
          inside = true;
          continue;
        }
        if (inside) {
          Heading h = headings.get(headingIndex);
          if (h.level() <= heading.level() || alsoEndsAt.test(h)) {
            break;
          }
          continue; // a sub-heading's title is structure, not content
        }
      }
      if (!inside) {
        continue;
      }
      text.append(' ').append(VisibleText.of(block, false));
      if (block instanceof TableBlock table) {
        tables.add(table(table));
      }
    }
    return new Section(heading, VisibleText.normalize(text.toString()), tables);
  }

  /** Everything a reader sees in the minutes (comments left out), for "is X mentioned" checks. */
  public String visibleText() {
    StringBuilder text = new StringBuilder();
    for (Node block : blocks) {
      text.append(' ').append(VisibleText.of(block, true));
    }
    return VisibleText.normalize(text.toString());
  }

  /** Whether an id such as {@code R-007} appears as a word of the visible text. */
  public boolean mentions(String id) {
    return Pattern.compile(
            "(?<![A-Za-z0-9_-])" + Pattern.quote(id) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE)
        .matcher(visibleText())
        .find();
  }

  /**
   * The ids among {@code ids} that appear as words of the visible text, as {@link #mentions} finds
   * them, with the text read once: for a register of thousands of items.
   */
  public Set<String> mentioned(Collection<String> ids) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(visibleText());
    while (m.find()) {
      String word = m.group().toLowerCase(Locale.ROOT);
      words.add(word);
      // "ACT-2026-024." at the end of a sentence names ACT-2026-024
      while (word.endsWith(".") || word.endsWith("-")) {
        word = word.substring(0, word.length() - 1);
        words.add(word);
      }
    }
    return ids.stream()
        .filter(id -> words.contains(id.toLowerCase(Locale.ROOT)))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static final Pattern WORD =
      Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9][A-Za-z0-9._-]*");

  private static Table table(TableBlock block) {
    List<String> header = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell instanceof TableCell) {
            cells.add(VisibleText.normalize(VisibleText.of(cell, true)));
          }
        }
        if (part instanceof TableHead) {
          header.addAll(cells);
        } else if (part instanceof TableBody) {
          rows.add(new Table.Row(cells, lineOf(row)));
        }
      }
    }
    return new Table(header, rows, lineOf(block));
  }

  static int lineOf(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
  }
}
