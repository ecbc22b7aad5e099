package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every output format read back by a real parser: JSON and SARIF with Jackson, JUnit XML with the
 * JDK's DocumentBuilder, GitHub workflow commands by GitHub's own escaping rules. The repository
 * lies in a folder of a Git repository whose name holds `,` and `:`, and it has errors with and
 * without a column, a warning, a message with `%`, `:` and a line break, a rule disabled in
 * isms.yaml, and reviews held before the repository came into Git (a note).
 */
class CheckFormatsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String FOLDER = "isms, 2026: health";
  static final String ACTION = "actions/ACT-2026-014.yaml";
  static final String MINUTES = "reviews/2026-Q3/minutes.md";
  static final String SARIF_FOLDER = "isms,%202026%3A%20health/";

  @TempDir Path temp;
  CheckFixture repo;

  @BeforeEach
  void repository() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    Path top = temp.resolve("top");
    try (Git git = GitTestSupport.initWithIdentity(top)) {
      repo = CheckFixture.copy(top.resolve(FOLDER));
      repo.replace(ACTION, "due: 2026-12-31", "due: 2026-10-31")
          .replace(
              ACTION,
              "title: Enforce phishing-resistant MFA for all admins",
              "title: \"100% MFA: admins, then staff\\nphase 2\\e]0;owned\\a\"")
          .replace("kpis/KPI-TRAINING.yaml", "  - {period: 2026-Q3, value: 96.0}\n", "")
          .replaceRegex(MINUTES, "### 9\\.3\\.2 c\\).*?(?=### 9\\.3\\.2 d\\))", "")
          .replace(
              "isms.yaml",
              "policy:",
              "disabled_rules:\n  pack-late: \"We send packs by"
                  + " mail, not through Git\"\npolicy:");
      GitTestSupport.commitAll(git, "all");
    }
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  @Test
  void textHasOneLinePerProblemAndNoColourWhenNotATerminal() {
    CommandResult result = repo.check("--skip", "minutes-late");

    assertThat(result)
        .exitedWith(1)
        .outContains(
            ACTION
                + ":6:1: error [action-overdue] ACT-2026-014 \"100% MFA: admins, then"
                + " staff\\nphase 2\\x1b]0;owned\\x07\" was due 2026-10-31")
        .outContains("kpis/KPI-TRAINING.yaml:7:1: warning [kpi-stale]")
        .outContains("disabled [pack-late] in isms.yaml: We send packs by mail, not through Git")
        .outContains(
            "isms check: 2 errors, 1 warning; "
                + (RuleRegistry.builtIn().rules().stream()
                        .filter(r -> r.obligation().isEmpty())
                        .count()
                    - 2)
                + " rules run, 1 disabled in isms.yaml (pack-late); as of 2026-11-24");
    assertThat(result.out()).doesNotContain("\u001b", "\u0007");
    assertThat(repo.check("--color", "always").out()).contains("\u001b[1;31merror\u001b[0m");
  }

  @Test
  void jsonHoldsProblemsNotesDisabledRulesAndCounts() throws Exception {
    CommandResult result = repo.check("--format", "json", "--skip", "minutes-late");

    assertThat(result).exitedWith(1);
    SchemaValidation.checkReport(result.out());
    JsonNode json = JSON.readTree(result.out());
    assertThat(json.get("format_version").asText()).isEqualTo("1");
    assertThat(json.get("as_of").asText()).isEqualTo("2026-11-24");
    assertThat(json.get("git_prefix").asText()).isEqualTo(FOLDER + "/");
    assertThat(json.at("/summary/errors").asInt()).isEqualTo(2);
    assertThat(json.at("/summary/warnings").asInt()).isEqualTo(1);
    assertThat(json.at("/summary/failed").asBoolean()).isTrue();
    List<JsonNode> problems = new ArrayList<>();
    json.get("problems").forEach(problems::add);
    assertThat(problems)
        .extracting(
            p -> p.get("file").asText(),
            p -> p.get("line").asInt(),
            p -> p.get("rule").asText(),
            p -> p.get("severity").asText())
        .containsExactly(
            tuple(ACTION, 6, "action-overdue", "error"),
            tuple("kpis/KPI-TRAINING.yaml", 7, "kpi-stale", "warning"),
            tuple(MINUTES, repo.lineOf(MINUTES, "### 9.3.2 d)"), "review-inputs", "error"));
    assertThat(problems.get(2).get("column").isNull()).isTrue();
    assertThat(problems.get(0).get("message").asText())
        .contains("\"100% MFA: admins, then staff\nphase 2\u001b]0;owned\u0007\"");
    assertThat(json.at("/disabled_rules/0/rule").asText()).isEqualTo("pack-late");
    assertThat(json.at("/disabled_rules/0/reason").asText())
        .isEqualTo("We send packs by mail, not through Git");
    List<String> ran = new ArrayList<>();
    json.get("rules").forEach(r -> ran.add(r.asText()));
    assertThat(ran)
        .containsExactlyElementsOf(
            RuleRegistry.builtIn().rules().stream()
                .filter(r -> r.obligation().isEmpty()) // the fixture lists no obligations
                .map(Rule::id)
                .filter(id -> !id.equals("minutes-late") && !id.equals("pack-late"))
                .toList());
  }

  @Test
  void junitHasAFailedTestCasePerFindingAndAPassingOnePerCleanFileAndValidatesAgainstJunit10()
      throws Exception {
    repo.replace(ACTION, "owner: Priya Shah", "# no owner")
        .replace(ACTION, "success_criteria: 100% of admin accounts on FIDO2 keys", "# none");
    CommandResult result = repo.check("--format", "junit");

    assertThat(result).exitedWith(1);
    SchemaValidation.junit10(result.out());
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)));
    Element suites = xml.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.hasAttribute("skipped")).isFalse(); // junit-10.xsd has no such attribute
    NodeList cases = xml.getElementsByTagName("testcase");
    Map<String, Element> byName = new LinkedHashMap<>();
    for (int i = 0; i < cases.getLength(); i++) {
      Element tc = (Element) cases.item(i);
      assertThat(tc.hasAttribute("file")).isFalse();
      byName.put(tc.getAttribute("classname") + " " + tc.getAttribute("name"), tc);
    }
    assertThat(byName).hasSize(cases.getLength()); // names are unique within a suite
    assertThat(Integer.parseInt(suites.getAttribute("tests"))).isEqualTo(cases.getLength());
    assertThat(byName)
        .containsKeys(
            "action-overdue actions/ACT-2026-009.yaml",
            "action-overdue actions/ACT-2026-011.yaml",
            "validation isms.yaml",
            "review-inputs reviews/2026-annual/minutes.md");
    assertThat(byName)
        .as(byName.keySet().toString())
        .containsKey("action-overdue " + ACTION + ":6:1");
    Element overdue = byName.get("action-overdue " + ACTION + ":6:1");
    Element failure = (Element) overdue.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getTextContent())
        .contains(
            ACTION + ":6:1: error [action-overdue]",
            "\"100% MFA: admins, then staff\\nphase 2\\x1b]0;owned\\x07\"");
    assertThat(byName.keySet())
        .as("two findings of one rule in one file are two test cases")
        .filteredOn(name -> name.startsWith("action-fields " + ACTION))
        .hasSize(2);
    Element stale =
        (Element)
            byName
                .get("kpi-stale kpis/KPI-TRAINING.yaml:7:1")
                .getElementsByTagName("failure")
                .item(0);
    assertThat(stale.getAttribute("type")).isEqualTo("warning");
    Element disabled =
        (Element) byName.get("pack-late pack-late").getElementsByTagName("skipped").item(0);
    assertThat(disabled.getAttribute("message"))
        .isEqualTo("disabled in isms.yaml: We send packs" + " by mail, not through Git");
    assertThat(
            byName.get("review-inputs reviews/2026-annual/minutes.md").getChildNodes().getLength())
        .isZero(); // a test case that passed
    assertThat(suites.getAttribute("failures"))
        .isEqualTo(String.valueOf(xml.getElementsByTagName("failure").getLength()));
    Element minutesLate = suiteNamed(xml, "minutes-late");
    assertThat(minutesLate.getElementsByTagName("system-out").item(0).getTextContent())
        .startsWith("note: 3 reviews were not judged");
  }

  @Test
  void sarifHasTheFieldsCodeScanningRequires() throws Exception {
    CommandResult result = repo.check("--format", "sarif");

    assertThat(result).exitedWith(1);
    SchemaValidation.sarif(result.out());
    JsonNode sarif = JSON.readTree(result.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = sarif.get("runs").get(0);
    JsonNode driver = run.at("/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("isms");
    assertThat(driver.get("version").asText()).isNotBlank();
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    List<String> ruleIds = new ArrayList<>();
    for (JsonNode rule : driver.get("rules")) {
      ruleIds.add(rule.get("id").asText());
      assertThat(rule.at("/shortDescription/text").asText()).isNotBlank();
      assertThat(rule.at("/help/text").asText()).isNotBlank();
      assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning");
      assertThat(rule.get("helpUri").asText())
          .endsWith("/docs/rules.md#" + rule.get("id").asText());
    }
    assertThat(ruleIds)
        .contains("review-inputs", "action-overdue", "minutes-late")
        .doesNotContain("pack-late");
    List<JsonNode> results = new ArrayList<>();
    run.get("results").forEach(results::add);
    assertThat(results).hasSize(3);
    for (JsonNode r : results) {
      assertThat(r.get("ruleId").asText()).isEqualTo(ruleIds.get(r.get("ruleIndex").asInt()));
      assertThat(r.get("level").asText()).isIn("error", "warning");
      assertThat(r.at("/message/text").asText()).isNotBlank();
      JsonNode location = r.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asText())
          .startsWith("isms,%202026%3A%20health/");
      assertThat(location.at("/region/startLine").asInt()).isPositive();
      assertThat(r.at("/partialFingerprints/ismsFinding~1v1").asText()).hasSize(64);
    }
    assertThat(results)
        .extracting(
            r -> r.get("ruleId").asText(),
            r -> r.get("level").asText(),
            r -> r.at("/locations/0/physicalLocation/artifactLocation/uri").asText(),
            r -> r.at("/locations/0/physicalLocation/region/startLine").asInt())
        .contains(
            tuple("action-overdue", "error", SARIF_FOLDER + ACTION, 6),
            tuple(
                "review-inputs",
                "error",
                SARIF_FOLDER + MINUTES,
                repo.lineOf(MINUTES, "### 9.3.2 d)")));
    List<JsonNode> notifications = new ArrayList<>();
    run.at("/invocations/0/toolExecutionNotifications").forEach(notifications::add);
    assertThat(notifications)
        .extracting(
            n -> n.at("/descriptor/id").asText(),
            n -> n.get("level").asText(),
            n -> n.at("/message/text").asText().substring(0, 30))
        .containsExactly(
            tuple("minutes-late", "note", "3 reviews were not judged: the"),
            tuple("review-invitation", "note", "2 reviews were not judged: the"),
            tuple("pack-late", "note", "disabled in isms.yaml: We send"));
  }

  @Test
  void githubAnnotationsAreEscapedAsGithubReadsThem() {
    CommandResult result = repo.check("--format", "github");

    assertThat(result).exitedWith(1);
    Pattern command = Pattern.compile("^::(error|warning|notice) ([^:]*)::(.*)$");
    List<Map<String, String>> annotations = new ArrayList<>();
    for (String line : result.out().lines().toList()) {
      Matcher m = command.matcher(line);
      if (!m.matches()) {
        assertThat(line).startsWith("isms check: ");
        continue;
      }
      Map<String, String> a = new LinkedHashMap<>();
      a.put("command", m.group(1));
      for (String prop : m.group(2).split(",")) {
        String[] kv = prop.split("=", 2);
        a.put(kv[0], unescape(kv[1]));
      }
      a.put("message", unescape(m.group(3)));
      annotations.add(a);
    }
    assertThat(annotations)
        .extracting(
            a -> a.get("command"), a -> a.get("file"), a -> a.get("line"), a -> a.get("title"))
        .contains(
            tuple("error", FOLDER + "/" + ACTION, "6", "action-overdue"),
            tuple("warning", FOLDER + "/kpis/KPI-TRAINING.yaml", "7", "kpi-stale"),
            tuple(
                "error",
                FOLDER + "/" + MINUTES,
                String.valueOf(repo.lineOf(MINUTES, "### 9.3.2 d)")),
                "review-inputs"),
            tuple("notice", null, null, "minutes-late"),
            tuple("notice", null, null, "pack-late disabled"));
    assertThat(
            annotations.stream()
                .filter(a -> "minutes-late".equals(a.get("title")))
                .findFirst()
                .orElseThrow()
                .get("message"))
        .startsWith("3 reviews were not judged");
    assertThat(
            annotations.stream()
                .filter(a -> "action-overdue".equals(a.get("title")))
                .findFirst()
                .orElseThrow()
                .get("message"))
        .startsWith(
            "ACT-2026-014 \"100% MFA: admins, then staff\\nphase 2\\x1b]0;owned\\x07\" was due"
                + " 2026-10-31");
    assertThat(result.out()).doesNotContain("\u001b", "\u0007", "%0A");
    assertThat(result.out())
        .contains(
            "::error file=isms%2C 2026%3A health/actions/ACT-2026-014.yaml,"
                + "line=6,col=1,title=action-overdue::ACT-2026-014 \"100%25 MFA: admins, then"
                + " staff\\nphase 2");
  }

  @Test
  void sarifFingerprintsStayWhenAFindingMovesToAnotherLine() throws Exception {
    JsonNode before = overdueResult(repo.check("--format", "sarif", "--skip", "minutes-late"));
    repo.write(ACTION, "# moved down by a comment\n" + repo.read(ACTION));
    JsonNode after = overdueResult(repo.check("--format", "sarif", "--skip", "minutes-late"));

    assertThat(after.at("/locations/0/physicalLocation/region/startLine").asInt())
        .isEqualTo(before.at("/locations/0/physicalLocation/region/startLine").asInt() + 1);
    assertThat(after.get("partialFingerprints")).isEqualTo(before.get("partialFingerprints"));
  }

  @Test
  void quietPrintsTheSummaryLineAloneAndOnlyForText() {
    CommandResult quiet = repo.check("--quiet", "--skip", "minutes-late");
    List<String> full = repo.check("--skip", "minutes-late").out().lines().toList();

    assertThat(quiet).exitedWith(1);
    assertThat(full).hasSizeGreaterThan(1);
    assertThat(quiet.out().lines()).containsExactly(full.get(full.size() - 1));
    assertThat(quiet.out()).startsWith("isms check: 2 errors, 1 warning;");
    assertThat(repo.check("--quiet", "--format", "json"))
        .exitedWith(2)
        .errContains("--quiet applies to the text format");
  }

  @Test
  void theJsonSchemaIsPublished() throws Exception {
    CommandResult schema = dev.isms.testing.Cli.run("schema", "check-report");

    assertThat(schema).succeeded();
    assertThat(JSON.readTree(schema.out()).at("/properties/format_version/const").asText())
        .isEqualTo("1");
    assertThat(dev.isms.testing.Cli.run("schema").out()).contains("check-report");
  }

  private static JsonNode overdueResult(CommandResult result) throws Exception {
    for (JsonNode r : JSON.readTree(result.out()).at("/runs/0/results")) {
      if (r.get("ruleId").asText().equals("action-overdue")) {
        return r;
      }
    }
    throw new AssertionError("no action-overdue result in " + result.out());
  }

  private static Element suiteNamed(Document xml, String name) {
    NodeList suites = xml.getElementsByTagName("testsuite");
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      if (suite.getAttribute("name").equals(name)) {
        return suite;
      }
    }
    throw new AssertionError("no test suite " + name);
  }

  /** GitHub's toolkit unescaping of command values. */
  private static String unescape(String s) {
    return s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%");
  }
}
