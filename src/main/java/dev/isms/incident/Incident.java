package dev.isms.incident;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** incidents/&lt;ID&gt;.yaml: a security incident. */
public record Incident(
    String id,
    String title,
    String severity,
    OffsetDateTime opened,
    OffsetDateTime resolved,
    Boolean customerVisible,
    Boolean personalData,
    LocalDate breachNotified,
    String summary,
    String rootCause,
    List<String> actions) {

  public Incident {
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public Optional<Duration> timeToResolve() {
    return resolved == null ? Optional.empty() : Optional.of(Duration.between(opened, resolved));
  }

  public boolean isCustomerVisible() {
    return Boolean.TRUE.equals(customerVisible);
  }
}
