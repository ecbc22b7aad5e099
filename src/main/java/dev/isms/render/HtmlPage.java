package dev.isms.render;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * One self-contained HTML page from a Markdown document: GFM tables, print-friendly CSS inline, and
 * the Mermaid charts the document holds drawn as inline SVG. Raw HTML in the Markdown is shown as
 * text (HTML comments are dropped), URLs are sanitised, and a Content-Security-Policy forbids
 * scripts and remote content, so nothing from the repository can run in the reader's browser.
 */
public final class HtmlPage {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  /** A chart the page draws as SVG where the Markdown has its Mermaid block. */
  public record Chart(ChartData data, List<Boolean> met) {}

  private HtmlPage() {}

  /**
   * @param charts Mermaid block bodies (as {@link MermaidChart#body}) to the chart they draw; other
   *     code blocks stay code
   */
  public static String render(
      String title, String markdown, Map<String, Chart> charts, String css) {
    Node document = Parser.builder().extensions(EXTENSIONS).build().parse(markdown);
    String body =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(context -> new SafeBlocks(context, charts))
            .attributeProviderFactory(context -> new ColouredCells())
            .build()
            .render(document);
    return "<!DOCTYPE html>\n"
        + "<html lang=\"en\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\" />\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
        + " style-src 'unsafe-inline'; img-src data:\" />\n"
        + "<meta name=\"generator\" content=\"isms\" />\n"
        + "<title>"
        + Xml.escape(title)
        + "</title>\n"
        + "<style>\n"
        + css.replace("</", "<\\/")
        + "</style>\n"
        + "</head>\n"
        + "<body>\n"
        + "<main>\n"
        + body
        + "</main>\n"
        + "</body>\n"
        + "</html>\n";
  }

  /**
   * A table cell that starts with a coloured square (the Markdown way to colour a heat map) gets
   * that colour as its background, which prints where emoji fonts do not.
   */
  private static final class ColouredCells implements AttributeProvider {
    private static final Map<String, String> SQUARES =
        Map.of(
            "🟥", "square-red", "🟧", "square-orange", "🟨", "square-yellow", "🟩", "square-green");

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof TableCell && node.getFirstChild() instanceof Text text) {
        String literal = text.getLiteral().strip();
        SQUARES.forEach(
            (square, cls) -> {
              if (literal.startsWith(square)) {
                attributes.put("class", cls);
              }
            });
      }
    }
  }

  /** Code blocks (charts become SVG) and raw HTML (shown as text, comments dropped). */
  private static final class SafeBlocks implements NodeRenderer {
    private final HtmlWriter html;
    private final Map<String, Chart> charts;

    SafeBlocks(HtmlNodeRendererContext context, Map<String, Chart> charts) {
      this.html = context.getWriter();
      this.charts = charts;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(FencedCodeBlock.class, HtmlBlock.class, HtmlInline.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof FencedCodeBlock code) {
        Chart chart = "mermaid".equals(info(code)) ? charts.get(code.getLiteral()) : null;
        html.line();
        if (chart != null) {
          html.tag("figure", Map.of("class", "chart"));
          html.raw(SvgChart.render(chart.data(), chart.met()));
          html.tag("/figure");
        } else {
          html.tag("pre");
          String language = info(code);
          html.tag("code", language.isEmpty() ? Map.of() : Map.of("class", "language-" + language));
          html.text(code.getLiteral());
          html.tag("/code");
          html.tag("/pre");
        }
        html.line();
      } else if (node instanceof HtmlBlock block) {
        if (!isComment(block.getLiteral())) {
          html.line();
          html.tag("p");
          html.text(block.getLiteral());
          html.tag("/p");
          html.line();
        }
      } else if (node instanceof HtmlInline inline && !isComment(inline.getLiteral())) {
        html.text(inline.getLiteral());
      }
    }

    private static String info(FencedCodeBlock code) {
      String info = code.getInfo() == null ? "" : code.getInfo().strip();
      int space = info.indexOf(' ');
      return space < 0 ? info : info.substring(0, space);
    }

    private static boolean isComment(String literal) {
      String t = literal.strip();
      return t.startsWith("<!--") && t.endsWith("-->");
    }
  }
}
