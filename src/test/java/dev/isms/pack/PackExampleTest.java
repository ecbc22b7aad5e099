package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.GitTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack of the bundled example against what the agenda and `isms check` say of the same data. */
class PackExampleTest {
  @TempDir Path temp;
  Path repo;

  @BeforeEach
  void setUp() throws Exception {
    GitTestSupport.isolateUserConfig(temp, true);
    repo = temp.resolve("denialbase");
    assertThat(Cli.run("demo", repo.toString(), "--as-of", "2026-11-24")).succeeded();
  }

  @AfterEach
  void restore() {
    GitTestSupport.restoreUserConfig();
  }

  /** The text from the line starting with {@code from} up to the next line starting with {@code to}. */
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
    CommandResult check = Cli.run("-C", repo.toString(), "check", "--as-of", "2026-11-24");

    Matcher listed = Pattern.compile("^\\| (ACT-[0-9-]+) \\|", Pattern.MULTILINE).matcher(agendaActions);
    int count = 0;
    while (listed.find()) {
      count++;
      assertThat(packActions).as("the pack's 9.3.2 a)").contains("| " + listed.group(1) + " |");
    }
    assertThat(count).as("actions the agenda lists").isEqualTo(9);
    assertThat(packActions).contains("**Other actions open at the previous review (from findings,"
        + " incidents, risks)**");

    Map<String, String> flagged = new LinkedHashMap<>();
    Matcher warned = Pattern.compile(
        "\\[(action-overdue|action-carried-over)\\] (ACT-[0-9-]+) ")
        .matcher(check.out());
    Matcher carried = Pattern.compile(
        "\\[action-carried-over\\] (ACT-[0-9-]+) .*? has stayed open through (\\d+) held reviews")
        .matcher(check.out());
    while (warned.find()) {
      flagged.putIfAbsent(warned.group(2), "");
    }
    while (carried.find()) {
      flagged.put(carried.group(1), carried.group(2));
    }
    assertThat(flagged).containsKeys("ACT-2025-031", "ACT-2026-004", "ACT-2026-014", "ACT-2026-024");
    for (Map.Entry<String, String> action : flagged.entrySet()) {
      Matcher asked = Pattern.compile("^\\d+\\. " + action.getKey() + " .*$", Pattern.MULTILINE)
          .matcher(decisions);
      assertThat(asked.find()).as(action.getKey() + " among the decisions").isTrue();
      if (!action.getValue().isEmpty()) {
        assertThat(asked.group()).contains("open through " + action.getValue() + " held reviews");
      }
    }
    assertThat(decisions).contains("ACT-2026-004 (Automate base-image and dependency updates for"
        + " all 14 services) is 116 days overdue, open through 5 held reviews");
  }
}
