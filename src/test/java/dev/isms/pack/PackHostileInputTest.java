package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Values from the repository are data, never markup: a title with a pipe or a line break keeps its
 * table row intact in Markdown, and no YAML value can put script or active markup into the HTML
 * page or break out of a Mermaid block.
 */
class PackHostileInputTest {
  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  static final String LINK = "[click](javascript:alert(1))";

  @TempDir Path repo;
  String md;
  String html;

  @BeforeEach
  void generate() throws Exception {
    PackRepo.create(repo);
    String evil =
        "\"Evil "
            + SCRIPT.replace("\"", "\\\"")
            + " | pipe\\nsecond line "
            + IMG
            + " "
            + LINK
            + " \\\\ back`tick &lt;b&gt;\"";
    PackRepo.write(
        repo,
        "risks/R-1.yaml",
        "id: R-1\ntitle: "
            + evil
            + "\nowner: "
            + evil
            + "\nlikelihood: 4\nimpact: 5\ntreatment: modify\nstatus: open\ntreatment_due: 2026-10-01\n");
    PackRepo.write(
        repo,
        "actions/ACT-1.yaml",
        "id: ACT-1\ntitle: "
            + evil
            + "\nsource: 2026-Q3\n"
            + "owner: "
            + evil
            + "\ndue: 2026-10-01\nstatus: escalated\nescalated_to: "
            + evil
            + "\n");
    PackRepo.write(
        repo,
        "changes/CHG-1.yaml",
        "id: CHG-1\ndate: 2026-10-02\nkind: external-issue\n"
            + "title: "
            + evil
            + "\nparty: "
            + evil
            + "\ndescription: "
            + evil
            + "\nimpact: "
            + evil
            + "\n");
    PackRepo.write(
        repo,
        "incidents/INC-1.yaml",
        "id: INC-1\ntitle: "
            + evil
            + "\nseverity: sev1\n"
            + "opened: 2026-10-06T07:55:00+02:00\nresolved: 2026-10-06T11:25:00+02:00\n");
    PackRepo.write(
        repo,
        "findings/F-1.yaml",
        "id: F-1\ntitle: "
            + evil
            + "\naudit: "
            + evil
            + "\nkind: major-nc\nraised: 2026-05-01\nstatus: open\n");
    PackRepo.write(
        repo,
        "kpis/KPI-EVIL.yaml",
        "id: KPI-EVIL\nname: \"Evil ``` %%{init: {'theme':"
            + "'dark'}}%% #60; "
            + SCRIPT
            + " \\\"q\\\" | x\\ny\"\ntarget: {op: \">=\", value: 1,"
            + " unit: \""
            + SCRIPT
            + "\"}\nmeasurements: [{period: 2026-Q3, value: 0}]\n");

    assertThat(Cli.run("-C", repo.toString(), "pack", "--html", "--as-of", "2026-11-24"))
        .succeeded()
        .hasNoStackTrace();
    md = Files.readString(repo.resolve("reviews/2026-Q4/pack.md"));
    html = Files.readString(repo.resolve("reviews/2026-Q4/pack.html"));
  }

  /** Pipes that separate cells: not escaped with a backslash (which may itself be escaped). */
  static int cellSeparators(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        count++;
      }
    }
    return count;
  }

  @Test
  void everyMarkdownTableRowHasAsManyCellsAsItsHeader() {
    List<List<String>> tables = new ArrayList<>();
    List<String> current = null;
    for (String line : md.split("\n", -1)) {
      if (line.startsWith("|")) {
        if (current == null) {
          current = new ArrayList<>();
          tables.add(current);
        }
        current.add(line);
      } else {
        current = null;
      }
    }
    assertThat(tables).hasSizeGreaterThan(10);
    for (List<String> table : tables) {
      int header = cellSeparators(table.get(0));
      for (String row : table) {
        assertThat(cellSeparators(row))
            .as("cells of%n%s%nin the table%n%s", row, String.join("\n", table))
            .isEqualTo(header);
      }
    }
    String escaped = "Evil \\<script>alert(1)\\</script> \\| pipe second line";
    assertThat(md)
        .contains("| R-1 | " + escaped)
        .contains("| ACT-1 | " + escaped)
        .contains("| INC-1 | " + escaped)
        .doesNotContain(SCRIPT);
  }

  @Test
  void theMermaidBlocksHoldNothingButTheChart() {
    int start = md.indexOf("```mermaid\n");
    int end = md.indexOf("\n```\n", start);
    String block = md.substring(start + "```mermaid\n".length(), end);

    assertThat(block)
        .doesNotContain("```", "<", "%%", "#", ";", "\\")
        .contains("    y-axis \"script alert(1) /script\" 0 --> 1");
    assertThat(block.lines()).allMatch(l -> l.equals("xychart-beta") || l.startsWith("    "));
  }

  @Test
  void theHtmlPageHoldsTheValuesAsTextAndNoActiveMarkup() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setExpandEntityReferences(false);
    String page = html.substring(html.indexOf('\n') + 1); // the marker comment
    Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(page)));

    List<String> offences = new ArrayList<>();
    visit(doc.getDocumentElement(), offences);

    assertThat(offences).isEmpty();
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text)
        .contains(
            "Evil "
                + SCRIPT
                + " | pipe second line "
                + IMG
                + " "
                + LINK
                + " \\ back`tick &lt;b&gt;");
    assertThat(html)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src"
                + " 'none'; style-src 'unsafe-inline'; img-src data:\" />");
  }

  private static final Set<String> ACTIVE =
      Set.of("script", "iframe", "object", "embed", "base", "form", "img", "a", "foreignobject");

  private static void visit(Element element, List<String> offences) {
    String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    if (ACTIVE.contains(name.toLowerCase(Locale.ROOT))) {
      offences.add("element <" + name + ">");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      String attr = a.getNodeName().toLowerCase(Locale.ROOT);
      String value = a.getNodeValue().strip().toLowerCase(Locale.ROOT);
      if (attr.startsWith("on") || value.startsWith("javascript:") || attr.endsWith("href")) {
        offences.add(name + " has " + attr + "=\"" + a.getNodeValue() + "\"");
      }
    }
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element child) {
        visit(child, offences);
      }
    }
  }
}
