package dev.isms.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** isms.yaml: the repository's settings. */
public record IsmsConfig(
    String organization,
    String framework,
    List<String> frameworks,
    Procedure procedure,
    List<String> obligations,
    List<String> topManagement,
    Map<String, Person> people,
    Map<String, Department> departments,
    Map<String, ReviewType> reviewTypes,
    Policy policy,
    Map<String, String> disabledRules) {

  public IsmsConfig {
    frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    procedure = procedure == null ? Procedure.NONE : procedure;
    obligations = obligations == null ? List.of() : List.copyOf(obligations);
    topManagement = topManagement == null ? List.of() : List.copyOf(topManagement);
    people = people == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(people));
    departments = departments == null ? Map.of() : Map.copyOf(departments);
    reviewTypes =
        reviewTypes == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(reviewTypes));
    policy = policy == null ? Policy.DEFAULT : policy;
    disabledRules = disabledRules == null ? Map.of() : Map.copyOf(disabledRules);
  }

  /**
   * The standards the reviews follow: {@code frameworks:} (an integrated review), else the single
   * {@code framework:}.
   */
  public List<String> frameworkIds() {
    if (!frameworks.isEmpty()) {
      return frameworks;
    }
    return framework == null ? List.of() : List.of(framework);
  }

  public Optional<ReviewType> reviewType(String name) {
    return Optional.ofNullable(reviewTypes.get(name));
  }

  /** The person holding a role, if isms.yaml names one. */
  public Optional<String> personFor(String role) {
    return Optional.ofNullable(people.get(role)).map(Person::name);
  }

  /**
   * The roles a person holds, given their name or one of their roles, in the order of {@code
   * people:} (a role named directly first).
   */
  public List<String> rolesOf(String nameOrRole) {
    List<String> roles = new ArrayList<>();
    if (nameOrRole == null) {
      return roles;
    }
    String who = nameOrRole.strip();
    if (people.containsKey(who)) {
      roles.add(who);
    }
    people.forEach(
        (role, person) -> {
          if (!roles.contains(role) && person.name().equalsIgnoreCase(who)) {
            roles.add(role);
          }
        });
    return roles;
  }
}
