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

/**
 * For scripts: one JSON object with the problems, notes, disabled rules, accepted findings and the
 * counts, described by the JSON Schema {@code isms schema check-report} prints. {@code
 * format_version} changes only when a field changes meaning or goes away (new fields may appear).
 */
public final class JsonReporter implements Reporter {
  /** The version of the report's shape, which the schema's {@code format_version} pins. */
  public static final String FORMAT_VERSION = "1";

  /** The report's JSON Schema, in the jar. */
  public static final String SCHEMA_RESOURCE = "/report/check-report.schema.json";

  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String version;

  public JsonReporter(String version) {
    this.version = version;
  }

  @Override
  public void write(CheckReport report, PrintWriter out) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format_version", FORMAT_VERSION);
    root.put("tool", "isms");
    root.put("version", version);
    root.put("as_of", report.asOf().toString());
    root.put("git_prefix", report.gitPrefix());
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("errors", report.errors());
    summary.put("warnings", report.warnings());
    summary.put("accepted", report.accepted().size());
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
    root.put(
        "accepted",
        report.accepted().stream()
            .map(
                a -> {
                  Map<String, Object> m = problem(a.problem());
                  m.put("reason", a.acceptance().reason());
                  m.put("accepted_by", a.acceptance().acceptedBy());
                  m.put("until", a.acceptance().until().toString());
                  return m;
                })
            .toList());
    root.put("rules", report.rules().stream().map(Rule::id).toList());
    out.println(write(root));
    out.flush();
  }

  /** The report's JSON Schema, as `isms schema check-report` prints it. */
  public static String schema() {
    try (java.io.InputStream in = JsonReporter.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IsmsException(2, "the jar lacks " + SCHEMA_RESOURCE + "; rebuild it");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new IsmsException(2, "cannot read " + SCHEMA_RESOURCE + ": " + e.getMessage(), e);
    }
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
