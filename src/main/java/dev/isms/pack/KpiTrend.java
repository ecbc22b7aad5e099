package dev.isms.pack;

import dev.isms.kpi.Kpi;
import dev.isms.kpi.Measurement;
import dev.isms.kpi.Target;
import dev.isms.render.ChartData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One KPI over its last four recorded periods, plus, for a computed KPI, the value as of the pack
 * date: the current value, whether it meets the target, and which way it moves.
 */
public final class KpiTrend {
  static final int PERIODS = 4;

  /** A value on the chart; {@code computed} for the one isms worked out itself. */
  public record Point(String label, double value, boolean computed) {}

  public enum Direction {
    UP("↑"),
    DOWN("↓"),
    FLAT("→"),
    NONE("");

    private final String arrow;

    Direction(String arrow) {
      this.arrow = arrow;
    }

    public String arrow() {
      return arrow;
    }
  }

  private final Kpi kpi;
  private final List<Point> points;
  private final Optional<ComputedKpis.Value> computed;

  KpiTrend(Kpi kpi, Optional<ComputedKpis.Value> computed, String computedLabel) {
    this.kpi = kpi;
    this.computed = computed;
    List<Measurement> recorded = kpi.measurements().stream().sorted(KpiPeriods.IN_TIME).toList();
    List<Point> p = new ArrayList<>();
    for (Measurement m : recorded.subList(Math.max(0, recorded.size() - PERIODS), recorded.size())) {
      p.add(new Point(m.period(), m.value(), false));
    }
    computed.flatMap(ComputedKpis.Value::value).ifPresent(v -> p.add(new Point(computedLabel, v, true)));
    this.points = List.copyOf(p);
  }

  public Kpi kpi() {
    return kpi;
  }

  public List<Point> points() {
    return points;
  }

  public List<Point> recorded() {
    return points.stream().filter(p -> !p.computed()).toList();
  }

  public Optional<ComputedKpis.Value> computed() {
    return computed;
  }

  public Optional<Point> current() {
    return points.isEmpty() ? Optional.empty() : Optional.of(points.get(points.size() - 1));
  }

  public Optional<Point> previous() {
    return points.size() < 2 ? Optional.empty() : Optional.of(points.get(points.size() - 2));
  }

  /** Whether the current value meets the target; empty without a value. */
  public Optional<Boolean> met() {
    return current().map(p -> kpi.target().isMetBy(p.value()));
  }

  public Direction direction() {
    if (current().isEmpty() || previous().isEmpty()) {
      return Direction.NONE;
    }
    int c = Double.compare(current().get().value(), previous().get().value());
    return c > 0 ? Direction.UP : c < 0 ? Direction.DOWN : Direction.FLAT;
  }

  /** Whether the last move was towards the target's good side; empty when flat or unknown. */
  public Optional<Boolean> improving() {
    Direction d = direction();
    if (d == Direction.NONE || d == Direction.FLAT) {
      return Optional.empty();
    }
    Target t = kpi.target();
    if ("=".equals(t.op())) {
      double now = Math.abs(current().get().value() - t.value());
      double before = Math.abs(previous().get().value() - t.value());
      return now == before ? Optional.empty() : Optional.of(now < before);
    }
    return Optional.of((d == Direction.UP) == t.higherIsBetter());
  }

  /** "↑ improving", "↓ worsening", "→ steady", or "" with fewer than two values. */
  public String trendText() {
    Direction d = direction();
    if (d == Direction.NONE) {
      return "";
    }
    String word = improving().map(i -> i ? "improving" : "worsening").orElse("steady");
    return d.arrow() + " " + word;
  }

  public String sparkline() {
    return Sparkline.of(points.stream().map(Point::value).toList());
  }

  public ChartData chart() {
    return new ChartData(kpi.name(), kpi.target().unit(),
        points.stream().map(Point::label).toList(),
        points.stream().map(Point::value).toList(),
        kpi.target().value(),
        !points.isEmpty() && points.get(points.size() - 1).computed());
  }

  public List<Boolean> metPerPoint() {
    return points.stream().map(p -> kpi.target().isMetBy(p.value())).toList();
  }

  /** Whether the id or name says this KPI measures training (the pack's training section). */
  public boolean isTraining() {
    String text = (kpi.id() + " " + kpi.name()).toLowerCase(java.util.Locale.ROOT);
    return text.contains("training");
  }
}
