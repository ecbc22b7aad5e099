package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DemoRepository;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pack of the bundled example against what the agenda and `isms check` say of the same data.
 */
class PackExampleTest {
  @TempDir Path temp;
  Path repo;

  @BeforeEach
  void setUp() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    repo = temp.resolve("denialbase");
    DemoRepository.copy(repo, "--as-of", "2026-11-24");
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  /**
   * The text from the line starting with {@code from} up to the next line starting with {@code to}.
   */
  static String section(String text, String from, String to) {
    int start = text.indexOf("\n" + from);
    assertThat(start).as("a line starting with " + from).isNotNegative();
    int end = text.indexOf("\n" + to, start + 1);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  @Test
  void actionsCoverWhatTheAgendaListsAndEveryActionTheCheckFlagsIsAskedAbout() throws Exception {
    String agenda = Files.readString(repo.resolve("reviews/2026-annual/agenda.md"));
    String pack = Files.readString(repo.resolve("reviews/2026-annual/pack.md"));
    String agendaActions = section(agenda, "## 2. 9.3.2 a)", "## 3.");
    String packActions = section(pack, "### 9.3.2 a)", "### 9.3.2 b)");
    String decisions = section(pack, "## Decisions asked of management", "## Inputs");
    assertThat(pack.indexOf("## Decisions asked of management"))
        .as("the pack leads with the decisions")
        .isLessThan(pack.indexOf("## Inputs"))
        .isLessThan(pack.indexOf("## Legend"));
    assertThat(pack.indexOf("- **Data commit:**"))
        .as("provenance in the footer")
        .isGreaterThan(pack.indexOf("## Provenance"))
        .isGreaterThan(pack.indexOf("## Further information"));
    CommandResult check = Cli.run("-C", repo.toString(), "check", "--as-of", "2026-11-24");

    Matcher listed =
        Pattern.compile("^\\| (ACT-[0-9-]+) \\|", Pattern.MULTILINE).matcher(agendaActions);
    int count = 0;
    while (listed.find()) {
      count++;
      assertThat(packActions).as("the pack's 9.3.2 a)").contains("| " + listed.group(1) + " |");
    }
    assertThat(count).as("actions the agenda lists").isEqualTo(listedInPack(packActions));
    assertThat(packActions)
        .contains(
            "**Other actions (from findings, incidents, risks)**, open at review 2025-annual"
                + " (2025-12-02), the last held before 2026,");

    Map<String, String> flagged = new LinkedHashMap<>();
    Matcher warned =
        Pattern.compile("\\[(action-overdue|action-carried-over)\\] (ACT-[0-9-]+) ")
            .matcher(check.out());
    Matcher carried =
        Pattern.compile(
                "\\[action-carried-over\\] (ACT-[0-9-]+) .*? is carried over: (.*?); have the next")
            .matcher(check.out());
    while (warned.find()) {
      flagged.putIfAbsent(warned.group(2), "");
    }
    while (carried.find()) {
      flagged.put(carried.group(1), carried.group(2));
    }
    assertThat(flagged)
        .containsKeys("ACT-2025-031", "ACT-2026-004", "ACT-2026-014", "ACT-2026-024");
    for (Map.Entry<String, String> action : flagged.entrySet()) {
      Matcher asked =
          Pattern.compile("^\\d+\\. " + action.getKey() + " .*$", Pattern.MULTILINE)
              .matcher(decisions);
      assertThat(asked.find()).as(action.getKey() + " among the decisions").isTrue();
      if (!action.getValue().isEmpty()) {
        assertThat(asked.group()).contains("carried over (" + action.getValue() + ";");
      }
    }
    assertThat(decisions)
        .contains(
            "ACT-2026-004 (Automate base-image and dependency updates for"
                + " all 14 services) is 116 days overdue, carried over (past due at held reviews"
                + " 2026-08-12-adhoc, 2026-Q3;");
  }

  private static int listedInPack(String packActions) {
    return ids(packActions).size();
  }

  /** The action ids leading the rows of the tables in a piece of Markdown, in order. */
  static List<String> ids(String markdown) {
    Matcher m = Pattern.compile("^\\| (ACT-[0-9-]+) \\|", Pattern.MULTILINE).matcher(markdown);
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void agendaAndPackListTheSameActionsInTheSameGroups() throws Exception {
    // given the agenda and the pack of the demo's next review
    String agenda =
        section(
            Files.readString(repo.resolve("reviews/2026-annual/agenda.md")),
            "## 2. 9.3.2 a)",
            "## 3.");
    String pack =
        section(
            Files.readString(repo.resolve("reviews/2026-annual/pack.md")),
            "### 9.3.2 a)",
            "### 9.3.2 b)");

    // when each is split where its second group starts
    int agendaSplit = agenda.indexOf("\nOther actions");
    int packSplit = pack.indexOf("\n**Other actions");

    // then both list the same actions, in the same order, in the same group
    assertThat(agendaSplit).isPositive();
    assertThat(packSplit).isPositive();
    List<String> decided = ids(pack.substring(0, packSplit));
    List<String> others = ids(pack.substring(packSplit));
    assertThat(decided).isNotEmpty();
    assertThat(others).contains("ACT-2026-004");
    assertThat(ids(agenda.substring(0, agendaSplit))).isEqualTo(decided);
    assertThat(ids(agenda.substring(agendaSplit))).isEqualTo(others);
  }

  @Test
  void theDemosKpiFiguresKeepTheirUnitAndAQuarterEndedWithoutAValueIsNotMeasured()
      throws Exception {
    String pack = Files.readString(repo.resolve("reviews/2026-annual/pack.md"));

    // one unit style per KPI: the last four periods as the target and the current value
    assertThat(pack)
        .contains(
            "| ≤ 4 h | 2025-Q4: 2.8 h · 2026-Q1: none · 2026-Q2: none · 2026-Q3: 5 h | ▁█ ↑"
                + " worsening | 5 h (2026-Q3;",
            "| ≥ 95% | 2025-Q4: 97.2% · 2026-Q1: 96.4% · 2026-Q2: 91.5% · 2026-Q3: 96% |",
            "| 2025-Q4: 0 risks · 2026-Q1: 0 risks · 2026-Q2: 0 risks · 2026-Q3: 1 risk |");
    // the backup KPI has no 2026-Q3 value: flagged in that quarter, not a blank
    assertThat(section(pack, "KPIs by quarter", "Objectives by quarter"))
        .contains(
            "| KPI-BACKUP-VERIFY | ≥ 100% | 100% met | 100% met | **not measured** | – |",
            "| KPI-SEV1-MTTR | ≤ 4 h | none | none | 5 h **missed** | – |");
    // an objective at risk still names the KPIs not measured, and in 2026-Q4 those not yet
    assertThat(section(pack, "Objectives by quarter", "## Inputs"))
        .contains(
            "| **at risk: KPI-SEV1-MTTR missed; not measured: KPI-BACKUP-VERIFY** |",
            "| **at risk: KPI-CRITICAL-RISKS, KPI-NC-AGED missed; not measured yet:"
                + " KPI-VULN-MTTR** |");
  }

  @Test
  void anAdHocPackOpensWithTheIncidentThatCalledTheReviewAndCountsIt() throws Exception {
    assertThat(
            Cli.run(
                "-C",
                repo.toString(),
                "review",
                "new",
                "--trigger",
                "INC-2026-007",
                "--as-of",
                "2026-11-24"))
        .succeeded();

    CommandResult result =
        Cli.run("-C", repo.toString(), "pack", "2026-12-01-adhoc", "--as-of", "2026-11-24");

    assertThat(result).succeeded();
    String pack = Files.readString(repo.resolve("reviews/2026-12-01-adhoc/pack.md"));
    String trigger =
        section(pack, "## Trigger: incident INC-2026-007, Patient portal down", "## Inputs");
    // what management decides leads; then why the meeting takes place
    assertThat(pack.indexOf("## Trigger:"))
        .isGreaterThan(pack.indexOf("## Decisions asked"))
        .isGreaterThan(pack.indexOf("- **Pack due to attendees:**"));
    assertThat(trigger)
        .contains(
            "| **Severity** | sev1 |",
            "| **Opened** | 2026-08-04 07:58 +02:00 |",
            "| **Resolved** | 2026-08-04 12:58 +02:00 |",
            "| **Time to resolve** | 5 h |",
            "| **Customer-visible** | yes |",
            "| **Personal data** | no |",
            "| **Summary** | At 07:58 the certificate of portal.denialbase.de expired",
            "| **Root cause** | ACME renewal had failed silently",
            // decided by review 2026-08-12-adhoc, which the same incident called
            "| ACT-2026-020 | Monitor expiry and renewal of all public TLS certificates | Tobias Brandt"
                + " | 2026-08-31 | closed 2026-08-27 |",
            "| ACT-2026-021 |");
    String incidents = section(pack, "### Incidents", "### Training completion");
    assertThat(incidents)
        .contains(
            "1 incident since review 2026-Q3 (2026-09-15), still"
                + " unresolved, or the trigger of this review (INC-2026-007)")
        .contains("| INC-2026-007 | Patient portal down")
        .doesNotContain("No incident was opened");
  }

  @Test
  void aPreAuditPackOpensWithTheOpenFindingsNonconformitiesFirstAsTheAgendaDoes() throws Exception {
    assertThat(
            Cli.run(
                "-C",
                repo.toString(),
                "review",
                "new",
                "--type",
                "pre-audit",
                "--date",
                "2027-01-20",
                "--as-of",
                "2026-11-24"))
        .succeeded();

    assertThat(
            Cli.run("-C", repo.toString(), "pack", "2027-01-20-pre-audit", "--as-of", "2026-11-24"))
        .succeeded();

    String pack = Files.readString(repo.resolve("reviews/2027-01-20-pre-audit/pack.md"));
    String agenda = Files.readString(repo.resolve("reviews/2027-01-20-pre-audit/agenda.md"));
    String readiness = section(pack, "## Audit readiness: open audit findings", "## Inputs");
    assertThat(readiness)
        .contains("5 audit findings are open on 2026-11-24, 3 nonconformities" + " among them.");
    Matcher inPack =
        Pattern.compile("^\\| (F-[0-9A-Z-]+) \\|", Pattern.MULTILINE).matcher(readiness);
    Matcher inAgenda =
        Pattern.compile("^\\| (F-[0-9A-Z-]+) \\|", Pattern.MULTILINE)
            .matcher(section(agenda, "## 2. Audit readiness", "## 3."));
    java.util.List<String> packOrder = new java.util.ArrayList<>();
    java.util.List<String> agendaOrder = new java.util.ArrayList<>();
    while (inPack.find()) {
      packOrder.add(inPack.group(1));
    }
    while (inAgenda.find()) {
      agendaOrder.add(inAgenda.group(1));
    }
    assertThat(packOrder)
        .containsExactly("F-2026-E02", "F-2026-I01", "F-2026-I06", "F-2026-I07", "F-2026-I04")
        .isEqualTo(agendaOrder);
    assertThat(pack).doesNotContain("## Trigger:");
  }
}
