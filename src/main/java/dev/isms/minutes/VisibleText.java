package dev.isms.minutes;

import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
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
 */
final class VisibleText extends AbstractVisitor {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final StringBuilder out = new StringBuilder();
  private final boolean withHeadings;

  private VisibleText(boolean withHeadings) {
    this.withHeadings = withHeadings;
  }

  /** The visible text of a node; {@code withHeadings} keeps titles and table headers too. */
  static String of(Node node, boolean withHeadings) {
    VisibleText visitor = new VisibleText(withHeadings);
    node.accept(visitor);
    return visitor.out.toString();
  }

  static String normalize(String text) {
    return SPACE.matcher(text).replaceAll(" ").trim();
  }

  @Override
  public void visit(Text text) {
    out.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.append(code.getLiteral());
  }

  @Override
  public void visit(HtmlInline html) {
    // tags and comments inside a paragraph carry no content of their own
  }

  @Override
  public void visit(HtmlBlock html) {
    String withoutComments = COMMENT.matcher(html.getLiteral()).replaceAll(" ");
    out.append(' ').append(TAG.matcher(withoutComments).replaceAll(" ")).append(' ');
  }

  @Override
  public void visit(FencedCodeBlock code) {
    out.append(' ').append(code.getLiteral()).append(' ');
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    out.append(' ').append(code.getLiteral()).append(' ');
  }

  @Override
  public void visit(SoftLineBreak br) {
    out.append(' ');
  }

  @Override
  public void visit(HardLineBreak br) {
    out.append(' ');
  }

  @Override
  public void visit(Paragraph paragraph) {
    visitChildren(paragraph);
    out.append(' ');
  }

  @Override
  public void visit(Heading heading) {
    if (withHeadings) {
      visitChildren(heading);
      out.append(' ');
    }
  }

  @Override
  public void visit(CustomBlock block) {
    visitChildren(block);
    out.append(' ');
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof TableHead && !withHeadings) {
      return;
    }
    visitChildren(node);
    if (node instanceof TableCell) {
      out.append(' ');
    }
  }
}
