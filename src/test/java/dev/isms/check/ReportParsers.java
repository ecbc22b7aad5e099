package dev.isms.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.check.report.ReportFormat;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads the problems back out of each output format with a real parser (Jackson, the JDK's XML
 * parser, GitHub's escaping), so that tests can compare what every format says.
 */
final class ReportParsers {
  /** One problem as a format tells it; line 0 when the format gives none. */
  record Reported(String rule, String severity, String file, int line, String message) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The one-line form of text and of JUnit failure bodies. */
  private static final Pattern LINE =
      Pattern.compile("^(.+?)(?::(\\d+)(?::(\\d+))?)?: (error|warning) \\[([a-z0-9-]+)\\] (.*)$");

  private static final Pattern GITHUB = Pattern.compile("^::(error|warning) ([^:]*)::(.*)$");

  private ReportParsers() {}

  static List<Reported> parse(ReportFormat format, String output) throws Exception {
    return switch (format) {
      case TEXT -> text(output);
      case JSON -> json(output);
      case JUNIT -> junit(output);
      case SARIF -> sarif(output);
      case GITHUB -> github(output);
    };
  }

  static List<Reported> text(String output) {
    List<Reported> found = new ArrayList<>();
    for (String line : output.lines().toList()) {
      Matcher m = LINE.matcher(line);
      if (m.matches()) {
        found.add(
            new Reported(
                m.group(5),
                m.group(4),
                m.group(1),
                m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                m.group(6)));
      }
    }
    return found;
  }

  static List<Reported> json(String output) throws Exception {
    List<Reported> found = new ArrayList<>();
    for (JsonNode p : JSON.readTree(output).get("problems")) {
      found.add(
          new Reported(
              p.get("rule").asText(),
              p.get("severity").asText(),
              p.get("file").asText(),
              p.get("line").isNull() ? 0 : p.get("line").asInt(),
              p.get("message").asText()));
    }
    return found;
  }

  static List<Reported> junit(String output) throws Exception {
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
    List<Reported> found = new ArrayList<>();
    NodeList failures = xml.getElementsByTagName("failure");
    for (int i = 0; i < failures.getLength(); i++) {
      Element failure = (Element) failures.item(i);
      found.addAll(text(failure.getTextContent()));
    }
    return found;
  }

  static List<Reported> sarif(String output) throws Exception {
    List<Reported> found = new ArrayList<>();
    for (JsonNode r : JSON.readTree(output).at("/runs/0/results")) {
      JsonNode location = r.at("/locations/0/physicalLocation");
      found.add(
          new Reported(
              r.get("ruleId").asText(),
              r.get("level").asText(),
              java.net.URI.create(location.at("/artifactLocation/uri").asText()).getPath(),
              location.at("/region/startLine").asInt(),
              r.at("/message/text").asText()));
    }
    return found;
  }

  static List<Reported> github(String output) {
    List<Reported> found = new ArrayList<>();
    for (String line : output.lines().toList()) {
      Matcher m = GITHUB.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String file = null;
      String rule = null;
      int lineNumber = 0;
      for (String prop : m.group(2).split(",")) {
        String[] kv = prop.split("=", 2);
        switch (kv[0]) {
          case "file" -> file = unescape(kv[1]);
          case "line" -> lineNumber = Integer.parseInt(kv[1]);
          case "title" -> rule = unescape(kv[1]);
          default -> {}
        }
      }
      found.add(new Reported(rule, m.group(1), file, lineNumber, unescape(m.group(3))));
    }
    return found;
  }

  /** GitHub's toolkit unescaping of command values. */
  static String unescape(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
