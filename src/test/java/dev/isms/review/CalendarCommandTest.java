package dev.isms.review;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.IsolatedGitConfig;
import dev.isms.testing.MinimalRepo;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CalendarCommandTest {
  private static final String AS_OF = "2026-02-02";

  @TempDir Path repo;

  @RegisterExtension final IsolatedGitConfig gitConfig = IsolatedGitConfig.withoutIdentity();

  /** A quarterly review held on 31 January: its cadence runs through month ends. */
  @BeforeEach
  void repository() throws Exception {
    isms("");
    MinimalRepo.write(
        repo,
        "reviews/2026-Q1/review.yaml",
        """
        id: 2026-Q1
        type: quarterly
        date: 2026-01-31
        status: held
        chair: Marco Diaz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: true}
          - {name: Marco Diaz, role: CTO, present: true}
        """);
    MinimalRepo.write(
        repo,
        "actions/ACT-1.yaml",
        """
        id: ACT-1
        title: Enforce phishing-resistant MFA for all admins
        source: 2026-Q1
        owner: Dana Ruiz
        due: 2026-06-30
        priority: high
        success_criteria: 100% of admin accounts on FIDO2 keys
        status: in-progress
        """);
  }

  private void isms(String policyExtra) throws Exception {
    MinimalRepo.write(
        repo,
        "isms.yaml",
        """
        organization: Testco
        framework: iso27001-2022
        top_management: [CEO]
        people:
          CEO: {name: Dana Ruiz, email: dana@testco.example}
          CTO: Marco Diaz
        review_types:
          quarterly: {every: P3M, duration: 90m, attendees: [CEO, CTO], chair: CTO}
          ad-hoc: {after_incidents: [sev1], within: P14D, attendees: [CEO, CTO]}
        policy:
          pack_lead_business_days: 5
          invitation_lead_days: 14
        """
            + policyExtra);
  }

  private void withPreAuditType() throws Exception {
    MinimalRepo.write(
        repo,
        "isms.yaml",
        Files.readString(repo.resolve("isms.yaml"))
            .replace(
                "  ad-hoc:",
                "  pre-audit: {duration: 2h, attendees: [CTO], before_audit: true}\n  ad-hoc:"));
  }

  private CommandResult calendar(String... args) {
    List<String> all = new ArrayList<>(List.of("-C", repo.toString(), "--as-of", AS_OF));
    all.add("calendar");
    all.addAll(List.of(args));
    return Cli.run(all.toArray(String[]::new));
  }

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static String value(net.fortuna.ical4j.model.Component c, String property) {
    return c.getProperty(property).map(Property::getValue).orElseThrow();
  }

  @Test
  void theIcsParsesBackWithMonthEndCadenceDatesAndStableUids() throws Exception {
    // when
    CommandResult result = calendar("--format", "ics", "--to", "2027-02-28");

    // then: 31 Jan + 3 months is 30 Apr; + 6 is 31 Jul (not 30 Jul); 31 Oct and 31 Jan 2027 are
    // a Saturday and a Sunday, so the Fridays before
    assertThat(result).succeeded();
    Calendar ics = parse(result.out());
    List<VEvent> events = ics.getComponents("VEVENT");
    assertThat(events)
        .extracting(e -> value(e, "DTSTART"))
        .containsExactly("20260430", "20260731", "20261030", "20270129");
    assertThat(events)
        .extracting(e -> value(e, "UID"))
        .containsExactly(
            "2026-Q2.quarterly@testco.isms",
            "2026-Q3.quarterly@testco.isms",
            "2026-Q4.quarterly@testco.isms",
            "2027-Q1.quarterly@testco.isms");
    VEvent first = events.get(0);
    assertThat(value(first, "DTSTAMP")).isEqualTo("20260202T000000Z");
    List<Property> attendees = first.getProperties("ATTENDEE");
    assertThat(attendees.stream().map(Property::getValue))
        .containsExactly("mailto:dana@testco.example", "urn:isms:role:cto");
    assertThat(attendees.get(1).getParameter("ROLE").orElseThrow().getValue()).isEqualTo("CHAIR");
    assertThat(value(first, "DESCRIPTION"))
        .contains("Invitation by 2026-04-16", "briefing pack to attendees by 2026-04-23");
    List<VToDo> todos = ics.getComponents("VTODO");
    assertThat(todos)
        .extracting(t -> value(t, "DUE"))
        .containsExactly("20260423", "20260724", "20261023", "20270122");
    assertThat(todos.get(0).getProperty("RELATED-TO").orElseThrow().getValue())
        .isEqualTo("2026-Q2.quarterly@testco.isms");
  }

  @Test
  void runningAgainGivesTheSameFileAndALaterAsOfAHigherSequence() throws Exception {
    // when
    String once = calendar("--format", "ics").out();
    String twice = calendar("--format", "ics").out();
    CommandResult later =
        Cli.run("-C", repo.toString(), "--as-of", "2026-02-03", "calendar", "--format", "ics");

    // then
    assertThat(twice).isEqualTo(once);
    VEvent before = parse(once).<VEvent>getComponents("VEVENT").get(0);
    VEvent after = parse(later.out()).<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(after, "UID")).isEqualTo(value(before, "UID"));
    assertThat(Integer.parseInt(value(after, "SEQUENCE")))
        .isGreaterThan(Integer.parseInt(value(before, "SEQUENCE")));
  }

  @Test
  void outWritesTheFileAndReplacesOnlyItsOwn() throws Exception {
    // given
    Path file = repo.resolve("out/reviews.ics");

    // when
    CommandResult first = calendar("--format", "ics", "--out", file.toString());
    CommandResult again = calendar("--format", "ics", "--out", file.toString());

    // then
    assertThat(first).succeeded().outContains("wrote ");
    assertThat(again).succeeded();
    assertThat(Files.readString(file)).isEqualTo(calendar("--format", "ics").out());
    assertThat(Files.list(file.getParent())).containsExactly(file);
  }

  @Test
  void outRefusesAFileIsmsDidNotWriteUnlessForced() throws Exception {
    // given
    Path file = repo.resolve("notes.ics");
    Files.writeString(file, "my own calendar\n");

    // when
    CommandResult refused = calendar("--format", "ics", "--out", file.toString());

    // then
    assertThat(refused).exitedWith(2).errContains("notes.ics exists", "--force").hasNoStackTrace();
    assertThat(Files.readString(file)).isEqualTo("my own calendar\n");

    // when
    CommandResult forced = calendar("--format", "ics", "--out", file.toString(), "--force");

    // then
    assertThat(forced).succeeded();
    assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void publicHolidaysMoveThePreReadDateAndACadenceDate() throws Exception {
    // given: Friday 24 April and Friday 31 July are holidays
    isms("  holidays: [2026-04-24, 2026-07-31]\n");

    // when
    JsonNode json = new ObjectMapper().readTree(calendar("--format", "json").out());

    // then: five business days before Thursday 30 April, skipping the Friday, is 22 April
    JsonNode reviews = json.get("reviews");
    assertThat(reviews.get(0).get("date").asText()).isEqualTo("2026-04-30");
    assertThat(reviews.get(0).get("pre_read").asText()).isEqualTo("2026-04-22");
    // 31 July is off: the review moves to Thursday 30 July, and says why
    assertThat(reviews.get(1).get("date").asText()).isEqualTo("2026-07-30");
    assertThat(reviews.get(1).get("why").asText())
        .contains("on the last business day before 2026-07-31");
  }

  @Test
  void aCountrysHolidayCalendarMovesThePreReadDateAndItsOwnDatesACadenceDate() throws Exception {
    // given: the Netherlands' public holidays (King's Day, Monday 27 April 2026), and Friday
    // 31 July as a day of the organisation's own
    isms("  holidays: {country: nl, dates: [2026-07-31]}\n");

    // when
    CommandResult result = calendar("--format", "json");
    JsonNode reviews = new ObjectMapper().readTree(result.out()).get("reviews");

    // then: five business days before Thursday 30 April skip King's Day: 22 April, not 23
    assertThat(result).succeeded();
    assertThat(reviews.get(0).get("pre_read").asText()).isEqualTo("2026-04-22");
    assertThat(reviews.get(1).get("date").asText()).isEqualTo("2026-07-30");
  }

  @Test
  void aCountryWithoutAHolidayCalendarIsOneClearLine() throws Exception {
    isms("  holidays: {country: zz}\n");

    assertThat(calendar())
        .exitedWith(2)
        .errContains("policy.holidays: country `zz` has no holiday calendar", "Or list the dates")
        .hasNoStackTrace();
  }

  @Test
  void withoutHolidaysThePreReadDateIsFiveWeekdaysBefore() throws Exception {
    // when
    JsonNode json = new ObjectMapper().readTree(calendar("--format", "json").out());

    // then
    assertThat(json.get("reviews").get(0).get("pre_read").asText()).isEqualTo("2026-04-23");
    assertThat(json.get("reviews").get(0).get("invitation").asText()).isEqualTo("2026-04-16");
  }

  @Test
  void textListsTheActionsFallingDueAndTheAdHocReviewOwedAfterAnIncident() throws Exception {
    // given: a Sev-1 the day after the last review
    MinimalRepo.write(
        repo,
        "incidents/INC-1.yaml",
        """
        id: INC-1
        title: Portal outage
        severity: sev1
        opened: 2026-02-01T09:12:00+01:00
        resolved: 2026-02-01T14:02:00+01:00
        customer_visible: true
        """);

    // when
    CommandResult result = calendar();

    // then: 14 days after 1 February is a Sunday, so by Friday 13 February
    assertThat(result)
        .succeeded()
        .outContains(
            "Review calendar of Testco, 2026-02-02 to 2027-02-02: 5 reviews",
            "2026-02-09 Monday  ad-hoc review 2026-02-09-adhoc (trigger)",
            "held by 2026-02-13",
            "2026-04-30 Thursday  quarterly review 2026-Q2 (cadence)",
            "invite by 2026-04-16, pre-read by 2026-04-23",
            "attendees: Dana Ruiz (CEO), Marco Diaz (CTO)",
            "2026-06-30 ACT-1 Enforce phishing-resistant MFA for all admins (Dana Ruiz,"
                + " in-progress)");
    // ACT-1 (due 30 June) falls due between the April and the July review: listed under July's
    int july = result.out().indexOf("2026-07-31 Friday");
    int action = result.out().indexOf("ACT-1");
    int october = result.out().indexOf("2026-10-30 Friday");
    assertThat(july).isPositive().isLessThan(action);
    assertThat(action).isLessThan(october);
  }

  @Test
  void theLeadTimesSayWhetherIsmsYamlSetsThemOrTheIsmsDefaultApplies() throws Exception {
    // given: isms.yaml sets the pack's lead time but not the invitation's
    MinimalRepo.write(
        repo,
        "isms.yaml",
        Files.readString(repo.resolve("isms.yaml")).replace("  invitation_lead_days: 14\n", ""));

    // then
    assertThat(calendar())
        .succeeded()
        .outContains(
            "Review calendar of Testco, 2026-02-02 to 2027-02-02: 4 reviews.\n"
                + "Invitations go out 14 days ahead (the isms default; set"
                + " policy.invitation_lead_days in isms.yaml), the briefing pack 5 business days"
                + " ahead (policy.pack_lead_business_days in isms.yaml).\n");
  }

  @Test
  void badDatesAreRefusedWithOneClearLine() {
    // when
    CommandResult notADate = calendar("--from", "2026-02-30");
    CommandResult backwards = calendar("--from", "2026-06-01", "--to", "2026-05-01");

    // then
    assertThat(notADate).exitedWith(2).errContains("'2026-02-30' is not a date").hasNoStackTrace();
    assertThat(backwards)
        .exitedWith(2)
        .errContains("--to 2026-05-01 is before --from 2026-06-01")
        .hasNoStackTrace();
  }

  @Test
  void aPreAuditReviewIsPlannedBeforeEachBookedExternalAudit() throws Exception {
    // given: an external audit from Monday 14 September, an internal one in October
    withPreAuditType();
    MinimalRepo.write(
        repo,
        "audits/AUD-2026-01.yaml",
        """
        id: AUD-2026-01
        title: Surveillance audit 2026
        kind: external
        starts: 2026-09-14
        ends: 2026-09-16
        body: Nordzert GmbH
        """);
    MinimalRepo.write(
        repo,
        "audits/AUD-2026-02.yaml",
        """
        id: AUD-2026-02
        title: Internal audit 2026
        kind: internal
        starts: 2026-10-12
        """);

    // when
    JsonNode json = new ObjectMapper().readTree(calendar("--format", "json").out());

    // then: ten business days before the audit, as `isms review new` dates it
    List<JsonNode> preAudit = new ArrayList<>();
    json.get("reviews").forEach(r -> preAudit.add(r));
    preAudit.removeIf(r -> !r.get("kind").asText().equals("pre-audit"));
    assertThat(preAudit).hasSize(1);
    assertThat(preAudit.get(0).get("date").asText()).isEqualTo("2026-08-31");
    assertThat(preAudit.get(0).get("id").asText()).isEqualTo("2026-08-31-pre-audit");
    assertThat(preAudit.get(0).get("trigger").asText()).isEqualTo("AUD-2026-01");
    assertThat(preAudit.get(0).get("why").asText())
        .contains(
            "10 business days before the external audit AUD-2026-01 (Nordzert GmbH, 2026-09-14 to"
                + " 2026-09-16), two weeks to act on what the review finds");
    assertThat(json.get("notes")).isEmpty();
  }

  @Test
  void withoutBookedAuditsTheCalendarSaysNoPreAuditReviewIsPlanned() throws Exception {
    // given
    withPreAuditType();

    // when
    CommandResult result = calendar();

    // then
    assertThat(result)
        .succeeded()
        .outContains(
            "Note: pre-audit reviews are held before an external audit, and audits/ books none"
                + " after 2026-02-02");
  }

  @Test
  void reviewNewCommitsAnInviteWithTheCalendarsUid() throws Exception {
    // given
    try (org.eclipse.jgit.api.Git git = GitTestSupport.initWithIdentity(repo)) {
      DatedCommits.commitAll(git, "isms: records", LocalDate.of(2026, 2, 1));
    }

    // when
    CommandResult scaffold =
        Cli.run("-C", repo.toString(), "--as-of", AS_OF, "review", "new", "--type", "quarterly");

    // then: committed with the review, and the same event as in the calendar
    assertThat(scaffold)
        .succeeded()
        .outContains("wrote reviews/2026-Q2/invite.ics", "Committed 4 files");
    try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.open(repo.toFile())) {
      assertThat(git.status().call().isClean()).isTrue();
    }
    VEvent invite =
        parse(Files.readString(repo.resolve("reviews/2026-Q2/invite.ics")))
            .<VEvent>getComponents("VEVENT")
            .get(0);
    VEvent listed = parse(calendar("--format", "ics").out()).<VEvent>getComponents("VEVENT").get(0);
    assertThat(value(invite, "UID")).isEqualTo("2026-Q2.quarterly@testco.isms");
    assertThat(value(listed, "UID")).isEqualTo(value(invite, "UID"));
    assertThat(value(invite, "DTSTART")).isEqualTo(value(listed, "DTSTART")).isEqualTo("20260430");
  }
}
