package dev.isms.check.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.isms.IsmsException;
import dev.isms.check.CheckReport;
import dev.isms.check.Rule;
import dev.isms.problem.Problem;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/** For scripts: one JSON object with the problems, notes, disabled rules and the counts. */
public final class JsonReporter implements Reporter {
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String version;

  public JsonReporter(String version) {
    this.version = version;
  }

  @Override
  public void write(CheckReport report, PrintWriter out) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("tool", "isms");
    root.put("version", version);
    root.put("as_of", report.asOf().toString());
    root.put("git_prefix", report.gitPrefix());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    summary.put("strict", report.strict());
    summary.put("failed", report.failed());
    summary.put("text", Summary.of(report));
    root.put("summary", summary);
    root.put("problems", report.problems().stream().map(JsonReporter::problem).toList());
    root.put("notes", report.notes().stream().map(JsonReporter::note).toList());
    root.put(
        "disabled_rules",
        report.disabled().stream()
            .map(d -> pair("rule", d.ruleId(), "reason", d.reason()))
            .toList());
    root.put("rules", report.rules().stream().map(Rule::id).toList());
    out.println(write(root));
    out.flush();
  }

  static String write(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IsmsException(1, "cannot write the report as JSON: " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> problem(Problem p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", p.file());
    m.put("line", p.line() > 0 ? p.line() : null);
    m.put("column", p.column() > 0 ? p.column() : null);
    m.put("rule", p.ruleId());
    m.put("severity", p.severity().label());
    m.put("message", p.message());
    return m;
  }

  private static Map<String, Object> note(dev.isms.check.Note n) {
    Map<String, Object> m = pair("rule", n.ruleId(), "message", n.message());
    m.put("skipped", n.skipped());
    return m;
  }

  private static Map<String, Object> pair(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    return m;
  }
}
