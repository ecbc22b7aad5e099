package dev.isms.check.report;

import dev.isms.IsmsVersion;
import dev.isms.check.Accepted;
import dev.isms.check.AcceptedFindings;
import dev.isms.check.CheckReport;
import dev.isms.check.ItemIds;
import dev.isms.check.Rule;
import dev.isms.problem.Problem;
import dev.isms.problem.Severity;
import dev.isms.validation.ProblemId;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, which GitHub code scanning (and other security dashboards) reads: the rules in
 * tool.driver.rules, one result per problem with its file (relative to the Git repository's top)
 * and line, a partialFingerprint that follows it across runs, and each rule a helpUri into
 * docs/rules.md. Accepted findings are results with a suppression that gives the reason. Skipped
 * and disabled rules become notifications of the invocation.
 */
public final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The key of isms's own fingerprint in partialFingerprints (versioned, as SARIF advises). */
  static final String FINGERPRINT = "ismsFinding/v1";

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
    List<Problem> all = new ArrayList<>(report.problems());
    report.accepted().forEach(a -> all.add(a.problem()));
    for (Problem p : all) {
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
    Fingerprints fingerprints = new Fingerprints();
    for (Problem p : report.problems()) {
      results.add(result(report, p, index, fingerprints));
    }
    for (Accepted a : report.accepted()) {
      Map<String, Object> result = result(report, a.problem(), index, fingerprints);
      result.put(
          "suppressions",
          List.of(
              map(
                  "kind",
                  "external",
                  "status",
                  "accepted",
                  "justification",
                  a.describe(),
                  "location",
                  map(
                      "physicalLocation",
                      map(
                          "artifactLocation",
                          map("uri", uri(report.gitPath(AcceptedFindings.FILE))),
                          "region",
                          map("startLine", Math.max(1, a.acceptance().line())))))));
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
    driver.put("informationUri", IsmsVersion.home());
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
    d.put("helpUri", IsmsVersion.ruleHelp(id));
    d.put("defaultConfiguration", map("level", level(severity)));
    return d;
  }

  private static Map<String, Object> result(
      CheckReport report, Problem p, Map<String, Integer> index, Fingerprints fingerprints) {
    Map<String, Object> region = map("startLine", Math.max(1, p.line()));
    if (p.line() > 0 && p.column() > 0) {
      region.put("startColumn", p.column());
    }
    Map<String, Object> location =
        map(
            "physicalLocation",
            map("artifactLocation", map("uri", uri(report.gitPath(p.file()))), "region", region));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", p.ruleId());
    result.put("ruleIndex", index.get(p.ruleId()));
    result.put("level", level(p.severity()));
    result.put("message", map("text", p.message()));
    result.put("locations", List.of(location));
    result.put(
        "partialFingerprints", map(FINGERPRINT, fingerprints.of(report.gitPath(p.file()), p)));
    return result;
  }

  /**
   * A relative path as the URI reference SARIF requires: each byte outside RFC 3986's unreserved
   * and sub-delimiter characters percent-encoded, ':' too (a first segment may not hold one).
   */
  static String uri(String path) {
    StringBuilder b = new StringBuilder();
    for (byte raw : path.getBytes(StandardCharsets.UTF_8)) {
      int c = raw & 0xFF;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=@/".indexOf(c) >= 0) {
        b.append((char) c);
      } else {
        b.append('%').append(String.format("%02X", c));
      }
    }
    return b.toString();
  }

  /**
   * Fingerprints that code scanning uses to follow a finding from run to run: the rule, the item
   * (its id, not its line, so edits above it change nothing; with the ISMS's folder in the Git
   * repository) and, for a second finding of one rule on one item, its rank among them.
   */
  static final class Fingerprints {
    private final Map<String, Integer> seen = new HashMap<>();

    String of(String gitPath, Problem p) {
      String folder = gitPath.substring(0, gitPath.length() - p.file().length());
      String key = p.ruleId() + "\u0000" + folder + ItemIds.of(p.file());
      int rank = seen.merge(key, 1, Integer::sum);
      return sha256(key + "\u0000" + rank);
    }

    private static String sha256(String text) {
      try {
        byte[] hash =
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }
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
