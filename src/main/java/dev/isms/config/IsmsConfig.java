package dev.isms.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** isms.yaml: the repository's settings. */
public record IsmsConfig(
    String organization,
    String framework,
    List<String> frameworks,
    List<String> topManagement,
    Map<String, String> people,
    Map<String, ReviewType> reviewTypes,
    Policy policy,
    Map<String, String> disabledRules) {

  public IsmsConfig {
    frameworks = frameworks == null ? List.of() : List.copyOf(frameworks);
    topManagement = topManagement == null ? List.of() : List.copyOf(topManagement);
    people = people == null ? Map.of() : Map.copyOf(people);
    reviewTypes =
        reviewTypes == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(reviewTypes));
    policy = policy == null ? Policy.DEFAULT : policy.withDefaults();
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
    return Optional.ofNullable(people.get(role));
  }
}
