package dev.isms.minutes;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The text a reader of rendered Markdown sees in a node. HTML comments (where templates put their
 * prompts) and tags are left out; so are table headers, which a template may leave without rows.
 *
 * <p>The tree is walked with a stack of its own, not by recursion: hostile minutes (50,000 nested
 * block quotes) are as deep as they are long, and must not overflow the thread's stack.
 */
final class VisibleText {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** Marks, on the stack, the end of a node whose text is followed by a space. */
  private static final Object SPACE_AFTER = new Object();

  private VisibleText() {}

  /** The visible text of a node; {@code withHeadings} keeps titles and table headers too. */
  static String of(Node node, boolean withHeadings) {
    StringBuilder out = new StringBuilder();
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(node);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next == SPACE_AFTER) {
        out.append(' ');
      } else {
        visit((Node) next, withHeadings, out, todo);
      }
    }
    return out.toString();
  }

  static String normalize(String text) {
    return SPACE.matcher(text).replaceAll(" ").trim();
  }

  /** Appends a leaf's text, or schedules a container's children (and the space after it). */
  private static void visit(Node n, boolean withHeadings, StringBuilder out, Deque<Object> todo) {
    if (n instanceof Text text) {
      out.append(text.getLiteral());
    } else if (n instanceof Code code) {
      out.append(code.getLiteral());
    } else if (n instanceof HtmlInline) {
      // tags and comments inside a paragraph carry no content of their own
    } else if (n instanceof HtmlBlock html) {
      String withoutComments = COMMENT.matcher(html.getLiteral()).replaceAll(" ");
      out.append(' ').append(TAG.matcher(withoutComments).replaceAll(" ")).append(' ');
    } else if (n instanceof FencedCodeBlock code) {
      out.append(' ').append(code.getLiteral()).append(' ');
    } else if (n instanceof IndentedCodeBlock code) {
      out.append(' ').append(code.getLiteral()).append(' ');
    } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
      out.append(' ');
    } else if (n instanceof Heading && !withHeadings) {
      // a title is structure, not content
    } else if (n instanceof TableHead && !withHeadings) {
      // a template's table header without rows says nothing
    } else {
      boolean spaceAfter =
          n instanceof Paragraph
              || n instanceof Heading
              || n instanceof CustomBlock
              || n instanceof TableCell;
      if (spaceAfter) {
        todo.push(SPACE_AFTER);
      }
      pushChildren(n, todo);
    }
  }

  /** The children, last first, so that they come off the stack in document order. */
  private static void pushChildren(Node parent, Deque<Object> todo) {
    for (Node child = parent.getLastChild(); child != null; child = child.getPrevious()) {
      todo.push(child);
    }
  }
}
