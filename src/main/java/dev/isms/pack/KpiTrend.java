package dev.isms.pack;

import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.kpi.Measurement;
import dev.isms.kpi.Target;
import dev.isms.render.ChartData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One KPI over its last four recorded periods, plus, for a computed KPI, the value as of the pack
 * date: the current value, its status against the target, and which way the periods shown move. A
 * period recorded as {@code none} (nothing to measure) is shown as such but left out of the trend,
 * the sparkline and the chart.
 */
public final class KpiTrend {
  static final int PERIODS = 4;

  /** A value on the chart; {@code computed} for the one isms worked out itself; null: none. */
  public record Point(String label, Double value, boolean computed) {
    public boolean isNone() {
      return value == null;
    }
  }

  /** Where a KPI stands against its target. */
  public enum Status {
    MET("met"),
    MISSED("missed"),
    NOT_MEASURED("not measured"),
    NOTHING_TO_MEASURE("nothing to measure"),
    NO_DATA("no data");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

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
  private final List<Point> shown;
  private final Optional<Point> computedPoint;
  private final Optional<ComputedKpis.Value> computed;
  private final Optional<String> unmeasured;

  /**
   * @param asOf the pack date: a computed value is labelled with it, and a KPI without a value for
   *     the last period completed before it is not measured
   */
  KpiTrend(Kpi recordedKpi, Optional<ComputedKpis.Value> computed, LocalDate asOf) {
    Kpi kpi = KpiPeriods.asOf(recordedKpi, asOf);
    this.kpi = kpi;
    this.computed = computed;
    List<Measurement> recorded = kpi.measurements().stream().sorted(KpiPeriods.IN_TIME).toList();
    List<Point> p = new ArrayList<>();
    for (Measurement m :
        recorded.subList(Math.max(0, recorded.size() - PERIODS), recorded.size())) {
      p.add(new Point(m.period(), m.value(), false));
    }
    this.shown = List.copyOf(p);
    this.computedPoint =
        computed.flatMap(ComputedKpis.Value::value).map(v -> new Point(asOf.toString(), v, true));
    this.unmeasured =
        computedPoint.isPresent() ? Optional.empty() : KpiPeriods.unmeasured(kpi, asOf);
  }

  public Kpi kpi() {
    return kpi;
  }

  /** The last four recorded periods, {@code none} ones included. */
  public List<Point> shown() {
    return shown;
  }

  /** The recorded periods shown that have a value: those the trend and the chart use. */
  public List<Point> recorded() {
    return shown.stream().filter(p -> !p.isNone()).toList();
  }

  /** The values charted: the recorded ones with a value, then a computed one. */
  public List<Point> points() {
    List<Point> p = new ArrayList<>(recorded());
    computedPoint.ifPresent(p::add);
    return p;
  }

  public Optional<ComputedKpis.Value> computed() {
    return computed;
  }

  /** The value computed as of the pack date, else the latest recorded period (maybe none). */
  public Optional<Point> current() {
    if (computedPoint.isPresent()) {
      return computedPoint;
    }
    return shown.isEmpty() ? Optional.empty() : Optional.of(shown.get(shown.size() - 1));
  }

  /** The last completed period, when the KPI has no value for it (and none computed now). */
  public Optional<String> unmeasured() {
    return unmeasured;
  }

  /**
   * Met or missed by the current value (a bound or range), by each of the last N values (a bound
   * sustained over N periods) or by the trend shown (a trend target); not measured when the last
   * completed period has no value; nothing to measure when the current period is {@code none}.
   */
  public Status status() {
    Target t = kpi.target();
    if (current().isEmpty()) {
      return Status.NO_DATA;
    }
    if (unmeasured.isPresent()) {
      return Status.NOT_MEASURED;
    }
    if (t.kind() == Target.Kind.TREND) {
      if (direction() == Direction.NONE) {
        return Status.NO_DATA;
      }
      boolean flatAtFloor =
          direction() == Direction.FLAT
              && "down".equals(t.trend())
              && recorded().stream().allMatch(p -> p.value() == 0);
      return improving().orElse(flatAtFloor) ? Status.MET : Status.MISSED;
    }
    int n = t.periodsToSustain();
    if (n > 1) {
      List<Point> valued = points();
      List<Point> last = valued.subList(Math.max(0, valued.size() - n), valued.size());
      return last.size() == n && last.stream().allMatch(p -> t.isMetBy(p.value()))
          ? Status.MET
          : Status.MISSED;
    }
    Point now = current().get();
    if (now.isNone()) {
      return Status.NOTHING_TO_MEASURE;
    }
    return t.isMetBy(now.value()) ? Status.MET : Status.MISSED;
  }

  /** Whether the KPI meets its target; empty when its status is neither met nor missed. */
  public Optional<Boolean> met() {
    return switch (status()) {
      case MET -> Optional.of(true);
      case MISSED -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  /**
   * The trend rule. The trend is taken over the recorded periods the pack shows that have a value
   * (the last four; a period with nothing to measure is no data, not zero; a computed value as of
   * the pack date is shown apart, as "now", and judged against the target but not part of the
   * trend): the latest period against the average of the periods before it. A change smaller than
   * {@link #TOLERANCE} of the KPI's scale (the larger of the target and the largest value shown, in
   * absolute terms) is steady, so that noise on a large value is not a trend while one incident
   * more on a target of zero is. Comparing only the last two periods would call 0, 0, 1, 2, 2
   * steady; a fitted line would call 100, 100, 92, 100 a decline, although the dip has been made
   * good.
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
    double scale = kpi.target().scale();
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
   * exact value or a range, whether the latest period is closer to it than the earlier ones were);
   * empty when steady or unknown.
   */
  public Optional<Boolean> improving() {
    Direction d = direction();
    if (d == Direction.NONE || d == Direction.FLAT) {
      return Optional.empty();
    }
    Target t = kpi.target();
    Optional<Boolean> higher = t.higherIsBetter();
    if (higher.isEmpty()) {
      double[] fit = fit().orElseThrow();
      double now = t.distance(fit[1]);
      double before = t.distance(fit[0]);
      return Math.abs(now - before) <= tolerance() ? Optional.empty() : Optional.of(now < before);
    }
    return Optional.of((d == Direction.UP) == higher.get());
  }

  /**
   * "↑ improving", "↓ worsening", "→ steady", or "" with fewer than two periods with a value. A KPI
   * not measured for the last completed period says up to which period its trend runs, so that an
   * old trend is not read as the current one.
   */
  public String trendText() {
    Direction d = direction();
    if (d == Direction.NONE) {
      return "";
    }
    String word = improving().map(i -> i ? "improving" : "worsening").orElse("steady");
    String upTo =
        unmeasured.isPresent() ? " up to " + recorded().get(recorded().size() - 1).label() : "";
    return d.arrow() + " " + word + upTo;
  }

  /** One glyph per recorded period with a value: the same periods as the trend. */
  public String sparkline() {
    return Sparkline.of(recorded().stream().map(Point::value).toList());
  }

  public ChartData chart() {
    List<Point> points = points();
    return new ChartData(
        kpi.name(),
        kpi.target().unit(),
        points.stream().map(Point::label).toList(),
        points.stream().map(Point::value).toList(),
        kpi.target().line(),
        computedPoint.isPresent());
  }

  /** Per charted value, whether it meets the target; null where a trend target judges none. */
  public List<Boolean> metPerPoint() {
    Target t = kpi.target();
    return points().stream()
        .map(p -> t.kind() == Target.Kind.TREND ? null : (Boolean) t.isMetBy(p.value()))
        .toList();
  }

  /** Whether the id or name says this KPI measures training (the pack's training section). */
  public boolean isTraining() {
    String text = (kpi.id() + " " + kpi.name()).toLowerCase(java.util.Locale.ROOT);
    return text.contains("training");
  }
}
