package dev.isms.pack;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input of the organisation's own procedure that names a feed ({@code data:} in isms.yaml) lists
 * the incidents of the period the feed selects, as the standard's inputs list their registers; one
 * without a feed is still reported on in the meeting; the scaffolded minutes name the same
 * incidents in their prompt. The 2026-Q4 pack covers the period since the 2026-Q3 review
 * (2026-09-15).
 */
class ProcedureFeedPackTest {
  static final String VISIBLE =
      "### Customer-visible security events (the organisation's procedure)";
  static final String BREACHES = "### Breach notifications (the organisation's procedure)";
  static final String NEAR_MISSES = "### Near misses (the organisation's procedure)";

  @TempDir Path repo;

  @BeforeEach
  void create() throws Exception {
    PackRepo.create(repo);
    String config = Files.readString(repo.resolve("isms.yaml"));
    PackRepo.write(
        repo,
        "isms.yaml",
        config.replace(
            "policy:",
            """
            procedure:
              inputs:
                - id: customer-visible-events
                  title: Customer-visible security events
                  prompt: Record the status-page entries and breach notifications.
                  data: customer-visible-incidents
                - id: breaches
                  title: Breach notifications
                  prompt: Record each notification and what the authority asked.
                  data: breach-notifications
                - id: near-misses
                  title: Near misses
                  prompt: Record the near misses.
            policy:"""));
  }

  private void incident(String id, String opened, String resolved, String more) throws Exception {
    PackRepo.write(
        repo,
        "incidents/" + id + ".yaml",
        "id: "
            + id
            + "\ntitle: Incident "
            + id
            + "\nseverity: sev2\nopened: "
            + opened
            + "T08:00:00+02:00\n"
            + (resolved == null ? "" : "resolved: " + resolved + "T12:00:00+02:00\n")
            + more);
  }

  private String pack() throws Exception {
    CommandResult result =
        Cli.run("-C", repo.toString(), "pack", "2026-Q4", "--as-of", "2026-11-24", "--no-commit");
    assertThat(result).succeeded();
    return Files.readString(repo.resolve("reviews/2026-Q4/pack.md"));
  }

  /** The text under a heading, up to the next heading. */
  private static String section(String pack, String heading) {
    int start = pack.indexOf(heading);
    assertThat(start).as(heading).isNotNegative();
    int body = start + heading.length();
    int end = pack.indexOf("\n#", body);
    return pack.substring(body, end < 0 ? pack.length() : end).strip();
  }

  @Test
  void theProcedureInputListsTheCustomerVisibleAndNotifiedIncidentsOfThePeriod() throws Exception {
    // given: one incident of each kind in the period, one customer-visible one before it, one
    // opened before it and still unresolved, and a quiet one in it
    incident("INC-1", "2026-05-04", "2026-05-04", "customer_visible: true\n");
    incident("INC-2", "2026-08-01", null, "customer_visible: true\n");
    incident("INC-3", "2026-10-06", "2026-10-06", "customer_visible: true\n");
    incident(
        "INC-4",
        "2026-10-20",
        "2026-10-21",
        "customer_visible: false\npersonal_data: true\nbreach_notified: 2026-10-22\n");
    incident("INC-5", "2026-11-02", "2026-11-02", "customer_visible: false\n");

    // when
    String pack = pack();

    // then
    assertThat(section(pack, VISIBLE))
        .isEqualTo(
            """
            The organisation's own review procedure adds this input. For the minutes: Record \
            the status-page entries and breach notifications.

            3 incidents since review 2026-Q3 (2026-09-15) or still unresolved were \
            customer-visible or notified as a personal-data breach: 2 customer-visible, 1 \
            notified as a breach. Selected from the incidents under Further information: those \
            with `customer_visible: true` or a `breach_notified` date.

            | ID | Incident | Severity | Opened | Resolved | Customer-visible | Breach notified |
            |---|---|---|---|---|---|---|
            | INC-2 | Incident INC-2 | sev2 | 2026-08-01 | unresolved | yes | — |
            | INC-3 | Incident INC-3 | sev2 | 2026-10-06 | 2026-10-06 | yes | — |
            | INC-4 | Incident INC-4 | sev2 | 2026-10-20 | 2026-10-21 | no | 2026-10-22 |\
            """);
    assertThat(section(pack, BREACHES))
        .contains(
            "1 incident since review 2026-Q3 (2026-09-15) or still unresolved was notified to an"
                + " authority as a personal-data breach. Selected from the incidents under Further"
                + " information: those with a `breach_notified` date.",
            "| INC-4 | Incident INC-4 | sev2 | 2026-10-20 | 2026-10-21 | no | 2026-10-22 |")
        .doesNotContain("INC-2", "INC-3");
    assertThat(section(pack, NEAR_MISSES))
        .isEqualTo(
            "The organisation's own review procedure adds this input; no register feeds it, so it"
                + " is reported on in the meeting. For the minutes: Record the near misses.");
    assertThat(pack).containsOnlyOnce("no register feeds it");
  }

  @Test
  void theScaffoldedMinutesRemindOfTheIncidentsThePackLists() throws Exception {
    incident("INC-1", "2026-05-04", "2026-05-04", "customer_visible: true\n");
    incident("INC-2", "2026-08-01", null, "customer_visible: true\n");
    incident(
        "INC-4",
        "2026-10-20",
        "2026-10-21",
        "customer_visible: false\npersonal_data: true\nbreach_notified: 2026-10-22\n");
    FileTrees.delete(repo.resolve("reviews/2026-Q4"));

    String[] scaffold = {
      "review", "new", "--type", "quarterly", "--date", "2026-12-15", "--no-commit"
    };
    assertThat(Cli.inRepo(repo, scaffold)).succeeded();
    String minutes = Files.readString(repo.resolve("reviews/2026-Q4/minutes.md"));
    String pack = pack();

    assertThat(section(minutes, VISIBLE))
        .isEqualTo(
            "<!-- Record the status-page entries and breach notifications. Incidents the pack"
                + " lists under this input as of 2026-11-24: INC-2, INC-4 (notified 2026-10-22)."
                + " -->");
    assertThat(section(pack, VISIBLE)).contains("| INC-2 |", "| INC-4 |").doesNotContain("INC-1");
    assertThat(section(minutes, BREACHES))
        .contains("Incidents the pack lists under this input as of 2026-11-24: INC-4 (notified");
    assertThat(section(minutes, NEAR_MISSES)).isEqualTo("<!-- Record the near misses. -->");
  }

  @Test
  void withNoneInThePeriodItSaysSoInsteadOfThatNoRegisterFeedsIt() throws Exception {
    incident("INC-1", "2026-05-04", "2026-05-04", "customer_visible: true\n");
    incident("INC-5", "2026-11-02", "2026-11-02", "customer_visible: false\n");

    String visible = section(pack(), VISIBLE);

    assertThat(visible)
        .contains(
            "None in the period: no incident since review 2026-Q3 (2026-09-15) or still"
                + " unresolved was customer-visible or notified as a personal-data breach.")
        .doesNotContain("no register feeds it", "| ID |");
  }

  @Test
  void anUnknownFeedIsAOneLineErrorNamingIsmsYamlAndTheFeedsThereAre() throws Exception {
    String config =
        Files.readString(repo.resolve("isms.yaml"))
            .replace("data: breach-notifications", "data: notified-breaches");
    PackRepo.write(repo, "isms.yaml", config);
    int line = config.substring(0, config.indexOf("data: notified-breaches")).split("\n").length;

    CommandResult result =
        Cli.run("-C", repo.toString(), "pack", "2026-Q4", "--as-of", "2026-11-24", "--no-commit");

    assertThat(result)
        .exitedWith(2)
        .hasNoStackTrace()
        .errContains(
            "isms.yaml:" + line + ":",
            "`procedure.inputs.1.data` is `notified-breaches`; it must be one of"
                + " customer-visible-incidents, breach-notifications.");
    assertThat(repo.resolve("reviews/2026-Q4/pack.md")).doesNotExist();
  }
}
