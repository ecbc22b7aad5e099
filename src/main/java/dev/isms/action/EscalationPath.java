package dev.isms.action;

import dev.isms.IsmsException;
import dev.isms.config.Department;
import dev.isms.config.IsmsConfig;
import dev.isms.config.Person;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who an overdue action goes to next. The roles of {@code policy.escalation} in isms.yaml, lowest
 * first, when it is set; otherwise the path of the action register procedure: the owner's line
 * manager, the head of the owner's department, the Security Officer, then top management, read from
 * the reporting lines under {@code people:} and {@code departments:}. Each role is resolved to the
 * person holding it; the owner and anyone already on the path are skipped.
 */
public final class EscalationPath {
  static final String SECURITY_OFFICER = "Security Officer";

  /** One step: a role and the person holding it. */
  public record Step(String role, String person) {
    public String text() {
      return person + " (" + role + ")";
    }
  }

  private final List<Step> steps;

  private EscalationPath(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The path of this action: {@code policy.escalation}, or the default from its owner up. */
  public static EscalationPath of(IsmsConfig config, Action action) {
    List<String> roles = config.policy().escalation();
    List<Step> steps = new ArrayList<>();
    if (!roles.isEmpty()) {
      for (String role : roles) {
        add(steps, role, config, "`policy.escalation`", "or change `policy.escalation`");
      }
    } else {
      defaultPath(steps, config, action);
    }
    String owner = owner(config, action);
    return new EscalationPath(
        steps.stream().filter(s -> !s.person().equalsIgnoreCase(owner)).toList());
  }

  private static void defaultPath(List<Step> steps, IsmsConfig config, Action action) {
    String owner = action.owner() == null ? "" : action.owner().strip();
    String instead = "or list the roles to escalate to in `policy.escalation`";
    List<String> ownerRoles = config.rolesOf(owner);
    if (ownerRoles.isEmpty()) {
      throw IsmsException.input(
          "isms.yaml: "
              + action.id()
              + "'s owner `"
              + owner
              + "` is nobody under `people:`, so the default escalation path (the owner's"
              + " manager, the head of the owner's department, the Security Officer, top"
              + " management) has no start; add the owner with their manager, e.g. `Platform"
              + " Lead: {name: "
              + owner
              + ", manager: Head of Engineering}`, "
              + instead);
    }
    String ownerRole =
        ownerRoles.stream()
            .filter(r -> reportingLine(config, r))
            .findFirst()
            .orElse(ownerRoles.get(0));
    Person person = config.people().get(ownerRole);
    String who = person.name() + " (" + ownerRole + ")";
    boolean topManagement = ownerRoles.stream().anyMatch(config.topManagement()::contains);
    if (person.manager() != null) {
      add(steps, person.manager(), config, "the manager of " + who, instead);
    } else if (!topManagement) {
      throw IsmsException.input(
          "isms.yaml: "
              + who
              + " owns "
              + action.id()
              + " but has no `manager:` under `people:`, the first step of the default"
              + " escalation path; write `"
              + ownerRole
              + ": {name: "
              + person.name()
              + ", manager: ROLE}`, "
              + instead);
    }
    if (person.department() != null) {
      Department department = config.departments().get(person.department());
      if (department == null) {
        throw IsmsException.input(
            "isms.yaml: the department `"
                + person.department()
                + "` of "
                + who
                + " is not under `departments:`; add `departments: {"
                + person.department()
                + ": {head: ROLE}}`, "
                + instead);
      }
      add(steps, department.head(), config, "the head of " + person.department(), instead);
    }
    add(steps, SECURITY_OFFICER, config, "the default escalation path", instead);
    for (String role : config.topManagement()) {
      add(steps, role, config, "the default escalation path (top management)", instead);
    }
  }

  private static boolean reportingLine(IsmsConfig config, String role) {
    Person p = config.people().get(role);
    return p.manager() != null || p.department() != null;
  }

  private static void add(
      List<Step> steps, String role, IsmsConfig config, String where, String instead) {
    String person =
        config
            .personFor(role)
            .orElseThrow(
                () ->
                    IsmsException.input(
                        "isms.yaml names nobody for the role "
                            + role
                            + " ("
                            + where
                            + "); add it under `people:` (e.g. `"
                            + role
                            + ": Jane Doe`) "
                            + instead));
    if (steps.stream().noneMatch(s -> s.person().equalsIgnoreCase(person))) {
      steps.add(new Step(role, person));
    }
  }

  private static String owner(IsmsConfig config, Action action) {
    String owner = action.owner() == null ? "" : action.owner().strip();
    return config.personFor(owner).orElse(owner);
  }

  public List<Step> steps() {
    return steps;
  }

  /** The step after the one the action is escalated to now (the first if none). */
  public Optional<Step> next(Action action) {
    int current = -1;
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.person().equals(action.escalatedTo()) || s.text().equals(action.escalatedTo())) {
        current = i;
      }
    }
    return current + 1 < steps.size() ? Optional.of(steps.get(current + 1)) : Optional.empty();
  }
}
