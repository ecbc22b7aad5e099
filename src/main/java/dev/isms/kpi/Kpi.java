package dev.isms.kpi;

import java.util.List;
import java.util.Optional;

/** kpis/&lt;ID&gt;.yaml: an indicator, its target and its measurements in file order. */
public record Kpi(
    String id,
    String name,
    String description,
    Target target,
    String source,
    String owner,
    String objective,
    String frequency,
    String computed,
    List<Measurement> measurements) {

  public Kpi {
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
  }

  /** The same KPI with other measurements (those known on a day, or up to a period). */
  public Kpi withMeasurements(List<Measurement> other) {
    return new Kpi(
        id, name, description, target, source, owner, objective, frequency, computed, other);
  }

  public Optional<Measurement> latest() {
    return measurements.stream().max(java.util.Comparator.comparing(Measurement::period));
  }
}
