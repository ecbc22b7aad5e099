package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.IsmsConfig;
import dev.isms.problem.Severity;
import dev.isms.problem.Suggestions;
import dev.isms.validation.PointerTokens;
import java.util.Set;

/**
 * A reporting line in isms.yaml that leads nowhere: a person's manager or a department's head that
 * is no role under people:, a department that is not under departments:. The escalation of an
 * overdue action climbs these lines; where one breaks (a vacancy or a typo) it stops there, so the
 * check says so before an action needs it.
 */
public final class ReportingLinesRule extends AbstractRule {
  private static final String FILE = "isms.yaml";

  public ReportingLinesRule() {
    super(
        new RuleInfo(
            "reporting-lines",
            Severity.WARNING,
            "A manager, department or department head in isms.yaml names no role or department"
                + " defined there",
            "Fix the name, or add the role under people: (the department under departments:);"
                + " until then escalation of the owner's overdue actions stops at that step.",
            Needs.CONFIG));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsConfig config = context.config();
    findings.checked(FILE);
    Set<String> roles = config.people().keySet();
    Set<String> departments = config.departments().keySet();
    config
        .people()
        .forEach(
            (role, person) -> {
              String at = "/people/" + PointerTokens.escape(role);
              String who = person.name() + " (" + role + ")";
              if (person.manager() != null && !roles.contains(person.manager())) {
                findings.warningAt(
                    FILE,
                    at + "/manager",
                    "the manager of "
                        + who
                        + ", `"
                        + person.manager()
                        + "`, is no role under people:."
                        + Suggestions.didYouMean(person.manager(), roles)
                        + " Fix it or add the role; escalation of "
                        + person.name()
                        + "'s overdue actions stops here until then");
              }
              if (person.department() != null && !departments.contains(person.department())) {
                findings.warningAt(
                    FILE,
                    at + "/department",
                    "the department of "
                        + who
                        + ", `"
                        + person.department()
                        + "`, is not under departments:."
                        + Suggestions.didYouMean(person.department(), departments)
                        + " Fix it or add `departments: {"
                        + person.department()
                        + ": {head: ROLE}}`");
              }
            });
    config
        .departments()
        .forEach(
            (name, department) -> {
              if (department.head() != null && !roles.contains(department.head())) {
                findings.warningAt(
                    FILE,
                    "/departments/" + PointerTokens.escape(name) + "/head",
                    "the head of the department "
                        + name
                        + ", `"
                        + department.head()
                        + "`, is no role under people:."
                        + Suggestions.didYouMean(department.head(), roles)
                        + " Fix it or add the role");
              }
            });
  }
}
