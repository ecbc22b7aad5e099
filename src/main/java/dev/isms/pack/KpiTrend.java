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
 * date: the current value, whether it meets the target, and which way the periods shown move.
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
    for (Measurement m :
        recorded.subList(Math.max(0, recorded.size() - PERIODS), recorded.size())) {
      p.add(new Point(m.period(), m.value(), false));
    }
    computed
        .flatMap(ComputedKpis.Value::value)
        .ifPresent(v -> p.add(new Point(computedLabel, v, true)));
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

  /** Whether the current value meets the target; empty without a value. */
  public Optional<Boolean> met() {
    return current().map(p -> kpi.target().isMetBy(p.value()));
  }

  /**
   * The trend rule. The trend is taken over the recorded periods the pack shows (the last four; a
   * computed value as of the pack date is shown apart, as "now", and judged against the target but
   * not part of the trend): the latest period against the average of the periods before it. A
   * change smaller than {@link #TOLERANCE} of the KPI's scale (the larger of the target and the
   * largest value shown, in absolute terms) is steady, so that noise on a large value is not a
   * trend while one incident more on a target of zero is. Comparing only the last two periods would
   * call 0, 0, 1, 2, 2 steady; a fitted line would call 100, 100, 92, 100 a decline, although the
   * dip has been made good.
   */
  static final double TOLERANCE = 0.01;

  /** {average of the earlier periods shown, latest period}; empty with fewer than two. */
  private Optional<double[]> fit() {
    List<Point> window = recorded();
    int n = window.size();
    if (n < 2) {
      return Optional.empty();
    }
    double before = window.subList(0, n - 1).stream().mapToDouble(Point::value).average().orElse(0);
    return Optional.of(new double[] {before, window.get(n - 1).value()});
  }

  private double tolerance() {
    double scale = Math.abs(kpi.target().value());
    for (Point p : recorded()) {
      scale = Math.max(scale, Math.abs(p.value()));
    }
    return TOLERANCE * scale;
  }

  public Direction direction() {
    Optional<double[]> fit = fit();
    if (fit.isEmpty()) {
      return Direction.NONE;
    }
    double change = fit.get()[1] - fit.get()[0];
    if (Math.abs(change) <= tolerance()) {
      return Direction.FLAT;
    }
    return change > 0 ? Direction.UP : Direction.DOWN;
  }

  /**
   * Whether the trend runs towards the target's good side ({@link Target#higherIsBetter()}; for an
   * exact target, whether the latest period is closer to it than the earlier ones were); empty when
   * steady or unknown.
   */
  public Optional<Boolean> improving() {
    Direction d = direction();
    if (d == Direction.NONE || d == Direction.FLAT) {
      return Optional.empty();
    }
    Target t = kpi.target();
    if ("=".equals(t.op())) {
      double[] fit = fit().orElseThrow();
      double now = Math.abs(fit[1] - t.value());
      double before = Math.abs(fit[0] - t.value());
      return Math.abs(now - before) <= tolerance() ? Optional.empty() : Optional.of(now < before);
    }
    return Optional.of((d == Direction.UP) == t.higherIsBetter());
  }

  /** "↑ improving", "↓ worsening", "→ steady", or "" with fewer than two periods recorded. */
  public String trendText() {
    Direction d = direction();
    if (d == Direction.NONE) {
      return "";
    }
    String word = improving().map(i -> i ? "improving" : "worsening").orElse("steady");
    return d.arrow() + " " + word;
  }

  /** One glyph per recorded period shown: the same periods as the trend. */
  public String sparkline() {
    return Sparkline.of(recorded().stream().map(Point::value).toList());
  }

  public ChartData chart() {
    return new ChartData(
        kpi.name(),
        kpi.target().unit(),
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
