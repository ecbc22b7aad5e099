package dev.isms.check.report;

import dev.isms.check.CheckReport;
import dev.isms.check.Rule;
import dev.isms.problem.Problem;
import dev.isms.problem.Severity;
import dev.isms.validation.ProblemId;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, which GitHub code scanning (and other security dashboards) reads: the rules in
 * tool.driver.rules, one result per problem with its file (relative to the Git repository's top)
 * and line. Skipped and disabled rules become notifications of the invocation.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String version;

  public SarifReporter(String version) {
    this.version = version;
  }

  @Override
  public void write(CheckReport report, PrintWriter out) {
    List<Map<String, Object>> rules = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Rule rule : report.rules()) {
      index.put(rule.id(), rules.size());
      rules.add(descriptor(rule.id(), rule.summary(), rule.help(), rule.severity()));
    }
    for (Problem p : report.problems()) {
      if (!index.containsKey(p.ruleId())) {
        index.put(p.ruleId(), rules.size());
        rules.add(
            descriptor(
                p.ruleId(),
                ProblemId.summaryFor(p.ruleId()),
                ProblemId.helpFor(p.ruleId()),
                Severity.ERROR));
      }
    }

    List<Map<String, Object>> results = new ArrayList<>();
    for (Problem p : report.problems()) {
      Map<String, Object> region = map("startLine", Math.max(1, p.line()));
      if (p.line() > 0 && p.column() > 0) {
        region.put("startColumn", p.column());
      }
      Map<String, Object> location =
          map(
              "physicalLocation",
              map("artifactLocation", map("uri", report.gitPath(p.file())), "region", region));
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", p.ruleId());
      result.put("ruleIndex", index.get(p.ruleId()));
      result.put("level", level(p.severity()));
      result.put("message", map("text", p.message()));
      result.put("locations", List.of(location));
      results.add(result);
    }

    List<Map<String, Object>> notifications = new ArrayList<>();
    report.notes().forEach(n -> notifications.add(notification(n.ruleId(), n.message())));
    report
        .disabled()
        .forEach(
            d ->
                notifications.add(
                    notification(d.ruleId(), "disabled in isms.yaml: " + d.reason())));

    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "isms");
    driver.put("version", version);
    driver.put("semanticVersion", version.replace("-SNAPSHOT", ""));
    driver.put("rules", rules);
    Map<String, Object> invocation = new LinkedHashMap<>();
    invocation.put("executionSuccessful", true);
    invocation.put("toolExecutionNotifications", notifications);
    invocation.put(
        "properties", map("asOf", report.asOf().toString(), "summary", Summary.of(report)));
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", map("driver", driver));
    run.put("invocations", List.of(invocation));
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    out.println(JsonReporter.write(log));
    out.flush();
  }

  private static Map<String, Object> descriptor(
      String id, String summary, String help, Severity severity) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("id", id);
    d.put("name", camel(id));
    d.put("shortDescription", map("text", summary));
    d.put("fullDescription", map("text", summary + ". " + help));
    d.put("help", map("text", help));
    d.put("defaultConfiguration", map("level", level(severity)));
    return d;
  }

  private static Map<String, Object> notification(String ruleId, String message) {
    return map("level", "note", "message", map("text", message), "descriptor", map("id", ruleId));
  }

  private static String level(Severity s) {
    return s == Severity.ERROR ? "error" : "warning";
  }

  /** SARIF's rule names are PascalCase: review-inputs becomes ReviewInputs. */
  static String camel(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return b.toString();
  }

  private static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }
}
