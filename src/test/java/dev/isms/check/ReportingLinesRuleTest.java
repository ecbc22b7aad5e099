package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;

import dev.isms.testing.CommittedRepo;
import dev.isms.testing.MinimalRepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReportingLinesRuleTest {
  /** Lines 9 and 10 are the Security Officer's manager and department, 13 the head. */
  static final String CONFIG =
      """
      organization: Testco
      framework: iso27001-2022
      top_management: [CEO]
      people:
        CEO: Dana Ruiz
        CTO: Marco Diaz
        Security Officer:
          name: Priya Shah
          manager: CTO
          department: Engineering
      departments:
        Engineering:
          head: CTO
      review_types:
        quarterly: {every: P3M, duration: 90m, attendees: [CTO, Security Officer]}
        ad-hoc: {after_incidents: [sev1, sev2], within: P14D, attendees: [CEO, CTO]}
      policy: {pack_lead_business_days: 5, minutes_within: P14D}
      """;

  @RegisterExtension final CommittedRepo repo = CommittedRepo.minimal().with("isms.yaml", CONFIG);

  @Test
  void linesThatLeadToDefinedRolesAndDepartmentsPass() {
    assertThat(repo.isms("check", "--rule", "reporting-lines"))
        .succeeded()
        .outContains("no problems found; 1 rule run");
  }

  @Test
  void aManagerADepartmentAndAHeadThatLeadNowhereAreWarningsWithTheirLines() throws Exception {
    MinimalRepo.write(
        repo.dir(),
        "isms.yaml",
        CONFIG
            .replace("manager: CTO", "manager: CTOO")
            .replace("department: Engineering", "department: Security")
            .replace("head: CTO", "head: Head of Platform"));

    assertThat(repo.isms("check", "--rule", "reporting-lines"))
        .succeeded()
        .outContains(
            "isms.yaml:9:",
            "warning [reporting-lines] the manager of Priya Shah (Security Officer), `CTOO`, is no"
                + " role under people:. Did you mean `CTO`?",
            "isms.yaml:10:",
            "the department of Priya Shah (Security Officer), `Security`, is not under"
                + " departments:",
            "add `departments: {Security: {head: ROLE}}`",
            "isms.yaml:13:",
            "the head of the department Engineering, `Head of Platform`, is no role under people:");
  }

  @Test
  void warningsFailTheCheckWhenAskedTo() throws Exception {
    MinimalRepo.write(repo.dir(), "isms.yaml", CONFIG.replace("manager: CTO", "manager: CISO"));

    assertThat(repo.isms("check", "--rule", "reporting-lines", "--strict")).exitedWith(1);
  }
}
