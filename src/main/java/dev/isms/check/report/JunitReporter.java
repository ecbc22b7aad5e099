package dev.isms.check.report;

import dev.isms.IsmsException;
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
 * JUnit XML, which GitLab, Jenkins and most CI systems show as test results: one test suite per
 * rule, one test case per rule and item (file) it examined. Errors and warnings are failures
 * (type="error" or "warning": Jenkins marks a build with failures unstable), skipped and disabled
 * rules are skipped test cases that carry the reason.
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
    int skipped = 0;

    Set<String> ruleIds = report.rules().stream().map(Rule::id).collect(Collectors.toSet());
    Map<String, List<Problem>> byGroup = new TreeMap<>();
    for (Problem p : report.problems()) {
      String group = ruleIds.contains(p.ruleId()) ? p.ruleId() : ProblemId.GROUP;
      byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
    }

    Map<String, Element> suiteOf = new LinkedHashMap<>();
    List<String> groups = new ArrayList<>();
    groups.add(ProblemId.GROUP);
    report.rules().forEach(r -> groups.add(r.id()));
    for (String group : groups) {
      Element suite = suite(doc, suites, group);
      suiteOf.put(group, suite);
      List<Problem> problems = byGroup.getOrDefault(group, List.of());
      SortedSet<String> files =
          new TreeSet<>(report.checked().getOrDefault(group, new TreeSet<>()));
      problems.forEach(p -> files.add(p.file()));
      if (files.isEmpty()) {
        Element tc = testCase(doc, suite, group, "(no items to check)", null);
        tc.setAttribute("time", "0");
        tests++;
        count(suite, 1, 0, 0);
        continue;
      }
      int suiteFailures = 0;
      for (String file : files) {
        List<Problem> here = problems.stream().filter(p -> p.file().equals(file)).toList();
        Element tc = testCase(doc, suite, group, file, report.gitPath(file));
        if (!here.isEmpty()) {
          Element failure = doc.createElement("failure");
          boolean error = here.stream().anyMatch(Problem::isError);
          failure.setAttribute("type", error ? "error" : "warning");
          failure.setAttribute("message", TerminalText.escape(here.get(0).toString()));
          failure.setTextContent(
              clean(
                  here.stream()
                      .map(
                          p ->
                              p.location()
                                  + ": "
                                  + p.severity().label()
                                  + " ["
                                  + p.ruleId()
                                  + "] "
                                  + TerminalText.escape(p.message()))
                      .collect(Collectors.joining("\n"))));
          tc.appendChild(failure);
          suiteFailures++;
        }
      }
      tests += files.size();
      failures += suiteFailures;
      count(suite, files.size(), suiteFailures, 0);
    }
    for (Note note : report.notes()) {
      Element ran = suiteOf.get(note.ruleId());
      if (!note.skipped() && ran != null) {
        Element said = doc.createElement("system-out");
        said.setTextContent(clean("note: " + note.message()));
        ran.appendChild(said);
        continue;
      }
      skipped++;
      tests++;
      Element suite = suite(doc, suites, note.ruleId());
      Element tc = testCase(doc, suite, note.ruleId(), note.ruleId(), null);
      skip(doc, tc, note.message());
      count(suite, 1, 0, 1);
    }
    for (DisabledRule d : report.disabled()) {
      skipped++;
      tests++;
      Element suite = suite(doc, suites, d.ruleId());
      Element tc = testCase(doc, suite, d.ruleId(), d.ruleId(), null);
      skip(doc, tc, "disabled in isms.yaml: " + d.reason());
      count(suite, 1, 0, 1);
    }
    suites.setAttribute("tests", String.valueOf(tests));
    suites.setAttribute("failures", String.valueOf(failures));
    suites.setAttribute("errors", "0");
    suites.setAttribute("skipped", String.valueOf(skipped));
    out.println(serialize(doc));
    out.flush();
  }

  private static Element suite(Document doc, Element suites, String name) {
    Element suite = doc.createElement("testsuite");
    suite.setAttribute("name", name);
    suites.appendChild(suite);
    return suite;
  }

  private static Element testCase(
      Document doc, Element suite, String classname, String name, String file) {
    Element tc = doc.createElement("testcase");
    tc.setAttribute("classname", classname);
    tc.setAttribute("name", clean(name));
    if (file != null) {
      tc.setAttribute("file", clean(file));
    }
    tc.setAttribute("time", "0");
    suite.appendChild(tc);
    return tc;
  }

  private static void skip(Document doc, Element tc, String message) {
    Element s = doc.createElement("skipped");
    s.setAttribute("message", clean(message));
    tc.appendChild(s);
  }

  private static void count(Element suite, int tests, int failures, int skipped) {
    suite.setAttribute("tests", String.valueOf(tests));
    suite.setAttribute("failures", String.valueOf(failures));
    suite.setAttribute("errors", "0");
    suite.setAttribute("skipped", String.valueOf(skipped));
  }

  /** Drops characters XML 1.0 cannot carry at all (control characters from user data). */
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
