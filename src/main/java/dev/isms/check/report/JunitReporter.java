package dev.isms.check.report;

import dev.isms.IsmsException;
import dev.isms.check.Accepted;
import dev.isms.check.CheckReport;
import dev.isms.check.DisabledRule;
import dev.isms.check.Note;
import dev.isms.check.Rule;
import dev.isms.problem.Problem;
import dev.isms.problem.TerminalText;
import dev.isms.validation.ProblemId;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML, which GitLab, Jenkins (its xUnit plugin enforces junit-10.xsd) and most CI systems
 * show as test results: one test suite per rule, one failed test case per finding (type="error" or
 * "warning": Jenkins marks a build with failures unstable), a passing test case per file a rule
 * examined and found nothing in, and skipped test cases that carry the reason for skipped and
 * disabled rules and for accepted findings.
 */
public final class JunitReporter implements Reporter {
  @Override
  public void write(CheckReport report, PrintWriter out) {
    Document doc = newDocument();
    Element suites = doc.createElement("testsuites");
    suites.setAttribute("name", "isms check");
    doc.appendChild(suites);
    int tests = 0;
    int failures = 0;

    Set<String> ruleIds = report.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Map<String, List<Problem>> byGroup = new TreeMap<>();
    for (Problem p : report.problems()) {
      byGroup.computeIfAbsent(group(p.ruleId(), ruleIds), g -> new ArrayList<>()).add(p);
    }
    Map<String, List<Accepted>> acceptedByGroup = new TreeMap<>();
    for (Accepted a : report.accepted()) {
      acceptedByGroup
          .computeIfAbsent(group(a.problem().ruleId(), ruleIds), g -> new ArrayList<>())
          .add(a);
    }

    Map<String, Element> suiteOf = new LinkedHashMap<>();
    List<String> groups = new ArrayList<>();
    groups.add(ProblemId.GROUP);
    report.rules().forEach(r -> groups.add(r.id()));
    for (String group : groups) {
      Element suite = suite(doc, suites, group);
      suiteOf.put(group, suite);
      List<Problem> problems = byGroup.getOrDefault(group, List.of());
      List<Accepted> accepted = acceptedByGroup.getOrDefault(group, List.of());
      SortedSet<String> clean =
          new TreeSet<>(report.checked().getOrDefault(group, new TreeSet<>()));
      problems.forEach(p -> clean.remove(p.file()));
      accepted.forEach(a -> clean.remove(a.problem().file()));
      Names names = new Names();
      for (String file : clean) {
        testCase(doc, suite, group, names.unique(file));
      }
      for (Problem p : problems) {
        Element tc = testCase(doc, suite, group, names.unique(p.location()));
        Element failure = doc.createElement("failure");
        failure.setAttribute("type", p.severity().label());
        failure.setAttribute("message", text(p.message()));
        failure.setTextContent(text(line(p)));
        tc.appendChild(failure);
      }
      for (Accepted a : accepted) {
        Element tc = testCase(doc, suite, group, names.unique(a.problem().location()));
        skip(doc, tc, line(a.problem()) + " (accepted: " + a.describe() + ")");
      }
      if (clean.isEmpty() && problems.isEmpty() && accepted.isEmpty()) {
        testCase(doc, suite, group, "(no items to check)");
      }
      int count = clean.size() + problems.size() + accepted.size();
      count = count == 0 ? 1 : count;
      tests += count;
      failures += problems.size();
      count(suite, count, problems.size(), accepted.size());
    }
    for (Note note : report.notes()) {
      Element ran = suiteOf.get(note.ruleId());
      if (!note.skipped() && ran != null) {
        Element said = doc.createElement("system-out");
        said.setTextContent(text("note: " + note.message()));
        ran.appendChild(said);
        continue;
      }
      tests++;
      Element suite = suite(doc, suites, note.ruleId());
      Element tc = testCase(doc, suite, note.ruleId(), note.ruleId());
      skip(doc, tc, note.message());
      count(suite, 1, 0, 1);
    }
    for (DisabledRule d : report.disabled()) {
      tests++;
      Element suite = suite(doc, suites, d.ruleId());
      Element tc = testCase(doc, suite, d.ruleId(), d.ruleId());
      skip(doc, tc, "disabled in isms.yaml: " + d.reason());
      count(suite, 1, 0, 1);
    }
    // junit-10.xsd allows no `skipped` on testsuites (each testsuite carries its own)
    suites.setAttribute("tests", String.valueOf(tests));
    suites.setAttribute("failures", String.valueOf(failures));
    suites.setAttribute("errors", "0");
    out.println(serialize(doc));
    out.flush();
  }

  /** The suite of a problem: its rule, or validation for the loader's problems. */
  private static String group(String ruleId, Set<String> ruleIds) {
    return ruleIds.contains(ruleId) ? ruleId : ProblemId.GROUP;
  }

  /** The one-line form of a problem, escaped for the log a CI system shows it in. */
  private static String line(Problem p) {
    return p.location()
        + ": "
        + p.severity().label()
        + " ["
        + p.ruleId()
        + "] "
        + TerminalText.escape(p.message());
  }

  /** Test case names unique within a suite: a second finding on one line gets " (2)". */
  private static final class Names {
    private final Map<String, Integer> seen = new HashMap<>();

    String unique(String name) {
      int n = seen.merge(name, 1, Integer::sum);
      return n == 1 ? name : name + " (" + n + ")";
    }
  }

  private static Element suite(Document doc, Element suites, String name) {
    Element suite = doc.createElement("testsuite");
    suite.setAttribute("name", name);
    suites.appendChild(suite);
    return suite;
  }

  private static Element testCase(Document doc, Element suite, String classname, String name) {
    Element tc = doc.createElement("testcase");
    tc.setAttribute("classname", classname);
    tc.setAttribute("name", text(name));
    tc.setAttribute("time", "0");
    suite.appendChild(tc);
    return tc;
  }

  private static void skip(Document doc, Element tc, String message) {
    Element s = doc.createElement("skipped");
    s.setAttribute("message", text(message));
    tc.appendChild(s);
  }

  private static void count(Element suite, int tests, int failures, int skipped) {
    suite.setAttribute("tests", String.valueOf(tests));
    suite.setAttribute("failures", String.valueOf(failures));
    suite.setAttribute("errors", "0");
    suite.setAttribute("skipped", String.valueOf(skipped));
  }

  /** User text made visible as the terminal escaper does, then fit for XML 1.0. */
  private static String text(String s) {
    return clean(TerminalText.escape(s));
  }

  /** Drops characters XML 1.0 cannot carry at all (lone surrogates, U+FFFE, U+FFFF). */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(
            c ->
                c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  private static Document newDocument() {
    try {
      return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IsmsException(1, "cannot build the JUnit report: " + e.getMessage(), e);
    }
  }

  private static String serialize(Document doc) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      Transformer t = factory.newTransformer();
      t.setOutputProperty(OutputKeys.INDENT, "yes");
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      // written by hand below: the JDK puts the root element on the declaration's line
      t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
      t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
      StringWriter w = new StringWriter();
      t.transform(new DOMSource(doc), new StreamResult(w));
      return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + w.toString().strip();
    } catch (TransformerException e) {
      throw new IsmsException(1, "cannot write the JUnit report: " + e.getMessage(), e);
    }
  }
}
