package dev.isms.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.kpi.Measurement;
import dev.isms.kpi.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiTrendTest {
  /**
   * A pack date on the first day of the latest period of these tests: every measurement is of a
   * period that has begun, and none counts as not measured yet.
   */
  private static final LocalDate PACK_DAY = LocalDate.of(2026, 7, 1);

  private static Kpi kpi(String op, double target, Measurement... ms) {
    return new Kpi(
        "KPI-1",
        "Indicator",
        null,
        Target.bound(op, target, "%"),
        null,
        null,
        null,
        null,
        null,
        List.of(ms));
  }

  private static Measurement m(String period, double value) {
    return new Measurement(period, value, null);
  }

  @Test
  void keepsTheLastFourPeriodsInTimeOrderWhateverTheFileOrder() {
    KpiTrend trend =
        new KpiTrend(
            kpi(
                ">=",
                95,
                m("2026-Q3", 96),
                m("2025-Q3", 80),
                m("2026-Q1", 91.5),
                m("2025-Q4", 88),
                m("2026-Q2", 93)),
            Optional.empty(),
            PACK_DAY);

    assertThat(trend.points())
        .extracting(KpiTrend.Point::label)
        .containsExactly("2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3");
    assertThat(trend.sparkline()).isEqualTo("▁▄▅█");
    assertThat(trend.trendText()).isEqualTo("↑ improving");
    assertThat(trend.met()).contains(true);
  }

  @Test
  void aFallingValueImprovesATargetThatCapsIt() {
    KpiTrend trend =
        new KpiTrend(kpi("<=", 4, m("2026-Q2", 6), m("2026-Q3", 5)), Optional.empty(), PACK_DAY);

    assertThat(trend.direction()).isEqualTo(KpiTrend.Direction.DOWN);
    assertThat(trend.trendText()).isEqualTo("↓ improving");
    assertThat(trend.met()).contains(false);
  }

  @Test
  void anExactTargetImprovesWhenTheValueComesCloser() {
    KpiTrend closer =
        new KpiTrend(
            kpi("=", 100, m("2026-Q2", 110), m("2026-Q3", 95)), Optional.empty(), PACK_DAY);
    KpiTrend flat =
        new KpiTrend(kpi("=", 100, m("2026-Q2", 90), m("2026-Q3", 90)), Optional.empty(), PACK_DAY);

    assertThat(closer.trendText()).isEqualTo("↓ improving");
    assertThat(flat.trendText()).isEqualTo("→ steady");
    assertThat(flat.sparkline()).isEqualTo("▄▄");
  }

  @Test
  void aComputedValueIsTheCurrentOneBesideTheRecordedHistory() {
    ComputedKpis.Value now = new ComputedKpis.Value(Optional.of(50.0), "2 of 4");
    KpiTrend trend =
        new KpiTrend(
            kpi(">=", 80, m("2026-Q2", 85), m("2026-Q3", 75)),
            Optional.of(now),
            LocalDate.of(2026, 11, 24));

    assertThat(trend.recorded()).hasSize(2);
    assertThat(trend.current()).contains(new KpiTrend.Point("2026-11-24", 50.0, true));
    assertThat(trend.sparkline()).as("one glyph per recorded period").isEqualTo("█▁");
    assertThat(trend.trendText()).isEqualTo("↓ worsening");
    assertThat(trend.chart().lastComputed()).isTrue();
  }

  private static KpiTrend series(String op, double target, double... values) {
    // the last value is for 2026-Q3, the last quarter completed on PACK_DAY
    Measurement[] ms = new Measurement[values.length];
    int last = 2026 * 4 + 2;
    for (int i = 0; i < values.length; i++) {
      int q = last - (values.length - 1 - i);
      ms[i] = m((q / 4) + "-Q" + (q % 4 + 1), values[i]);
    }
    return new KpiTrend(kpi(op, target, ms), Optional.empty(), PACK_DAY);
  }

  @Test
  void theTrendFollowsThePeriodsShownNotJustTheLastTwo() {
    // a count that should stay at zero, flat in its last two periods but rising over the window
    assertThat(series("<=", 0, 0, 0, 0, 1, 1).trendText()).isEqualTo("↑ worsening");
    assertThat(series("<=", 0, 0, 0, 1, 2, 2).trendText()).isEqualTo("↑ worsening");
    // customer incidents, at most 3 a quarter: falling, then flat
    assertThat(series("<=", 3, 4, 3, 2, 2).trendText()).isEqualTo("↓ improving");
    // the same values against a target that wants them high
    assertThat(series(">=", 3, 4, 3, 2, 2).trendText()).isEqualTo("↓ worsening");
    assertThat(series(">=", 95, 90, 91, 93, 96).trendText()).isEqualTo("↑ improving");
  }

  @Test
  void aDipThatHasBeenMadeGoodIsNoDecline() {
    // restore tests and training completion of the example: a bad quarter, then back on target
    assertThat(series(">=", 100, 100, 100, 92, 100).trendText()).isEqualTo("↑ improving");
    assertThat(series(">=", 95, 97.2, 96.4, 91.5, 96).trendText()).isEqualTo("→ steady");
    // and values that merely wobble within one percent of the scale are steady
    assertThat(series(">=", 95, 96, 96.5, 96.2, 96.4).trendText()).isEqualTo("→ steady");
  }

  @Test
  void aComputedValueIsShownApartAndTheTrendIsThatOfTheRecordedPeriods() {
    ComputedKpis.Value now = new ComputedKpis.Value(Optional.of(1.0), "R-007");
    KpiTrend trend =
        new KpiTrend(
            kpi("<=", 0, m("2025-Q4", 0), m("2026-Q1", 0), m("2026-Q2", 0), m("2026-Q3", 1)),
            Optional.of(now),
            LocalDate.of(2026, 11, 24));

    assertThat(trend.sparkline()).isEqualTo("▁▁▁█");
    assertThat(trend.trendText()).isEqualTo("↑ worsening");
    assertThat(trend.current()).contains(new KpiTrend.Point("2026-11-24", 1.0, true));
  }

  @Test
  void movementWithinOnePercentOfTheScaleIsSteady() {
    assertThat(series(">=", 95, 95.1, 95.0, 95.2, 95.1).trendText()).isEqualTo("→ steady");
    assertThat(series("<=", 0, 0, 0, 0, 0).trendText()).isEqualTo("→ steady");
    assertThat(series(">=", 95, 95.1, 95.0, 95.2, 95.1).improving()).isEmpty();
    // 2 points on a scale of 96 is a trend
    assertThat(series(">=", 95, 94, 94.5, 95.5, 96).trendText()).isEqualTo("↑ improving");
  }

  @Test
  void withoutMeasurementsThereIsNoValueNorTrend() {
    KpiTrend trend = new KpiTrend(kpi(">=", 95), Optional.empty(), PACK_DAY);

    assertThat(trend.met()).isEmpty();
    assertThat(trend.trendText()).isEmpty();
    assertThat(KpiDashboard.status(trend)).isEqualTo("no data");
  }

  @Test
  void periodsOfEveryStyleSortAndNameAlike() {
    assertThat(KpiPeriods.start("2026-H2")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(KpiPeriods.start("2026-Q4")).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(KpiPeriods.start("2026-09")).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(KpiPeriods.start("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
    LocalDate day = LocalDate.of(2026, 11, 24);
    assertThat(KpiPeriods.nameOf(day, KpiPeriods.Style.QUARTER)).isEqualTo("2026-Q4");
    assertThat(KpiPeriods.nameOf(day, KpiPeriods.Style.MONTH)).isEqualTo("2026-11");
    assertThat(KpiPeriods.nameOf(day, KpiPeriods.Style.HALF)).isEqualTo("2026-H2");
    assertThat(KpiPeriods.startOf(day, KpiPeriods.Style.QUARTER))
        .isEqualTo(LocalDate.of(2026, 10, 1));
  }

  private static Kpi kpi(Target target, Measurement... ms) {
    return new Kpi("KPI-1", "Indicator", null, target, null, null, null, null, null, List.of(ms));
  }

  private static Measurement none(String period) {
    return new Measurement(period, null, "no Sev-1 incident");
  }

  @Test
  void aPeriodWithNothingToMeasureIsShownButLeftOutOfTheTrendAndTheChart() {
    // a quarter with no Sev-1: no restore time, not a restore time of zero
    KpiTrend trend =
        new KpiTrend(
            kpi(
                Target.bound("<=", 4, "h"),
                m("2025-Q4", 2.8),
                none("2026-Q1"),
                none("2026-Q2"),
                m("2026-Q3", 5)),
            Optional.empty(),
            LocalDate.of(2026, 11, 24));

    assertThat(trend.shown()).hasSize(4);
    assertThat(trend.recorded()).extracting(KpiTrend.Point::value).containsExactly(2.8, 5.0);
    assertThat(trend.chart().labels()).containsExactly("2025-Q4", "2026-Q3");
    assertThat(trend.sparkline()).hasSize(2);
    assertThat(trend.trendText()).isEqualTo("↑ worsening");
    assertThat(trend.status()).isEqualTo(KpiTrend.Status.MISSED);
  }

  @Test
  void aLatestPeriodWithNothingToMeasureIsNeitherMetNorMissed() {
    KpiTrend trend =
        new KpiTrend(
            kpi(Target.bound("<=", 4, "h"), m("2026-Q2", 5), none("2026-Q3")),
            Optional.empty(),
            LocalDate.of(2026, 11, 24));

    assertThat(trend.status()).isEqualTo(KpiTrend.Status.NOTHING_TO_MEASURE);
    assertThat(trend.met()).isEmpty();
  }

  @Test
  void aKpiWithoutAValueForTheLastCompletedPeriodIsNotMeasuredNeverMet() {
    KpiTrend stale =
        new KpiTrend(
            kpi(Target.bound(">=", 100, "%"), m("2026-Q1", 100), m("2026-Q2", 100)),
            Optional.empty(),
            LocalDate.of(2026, 11, 24));

    assertThat(stale.status()).isEqualTo(KpiTrend.Status.NOT_MEASURED);
    assertThat(stale.unmeasured()).contains("2026-Q3");
    assertThat(stale.met()).isEmpty();
    assertThat(KpiDashboard.status(stale)).isEqualTo("not measured (2026-Q3)");
  }

  @Test
  void theTrendOfAKpiNotMeasuredSaysUpToWhichPeriodItRuns() {
    KpiTrend stale =
        new KpiTrend(
            kpi(Target.bound(">=", 100, "%"), m("2026-Q1", 90), m("2026-Q2", 100)),
            Optional.empty(),
            LocalDate.of(2026, 11, 24));

    assertThat(stale.trendText()).isEqualTo("↑ improving up to 2026-Q2");
  }

  @Test
  void aBoundSustainedOverNPeriodsNeedsEachOfThemToMeetIt() {
    Target zeroForFour = new Target("<=", 0.0, "risks", null, null, null, 4);
    Measurement[] rising = {m("2025-Q4", 0), m("2026-Q1", 0), m("2026-Q2", 1), m("2026-Q3", 0)};
    Measurement[] steady = {m("2025-Q4", 0), m("2026-Q1", 0), m("2026-Q2", 0), m("2026-Q3", 0)};

    assertThat(new KpiTrend(kpi(zeroForFour, rising), Optional.empty(), PACK_DAY).met())
        .as("a single quarter above zero breaks the run")
        .contains(false);
    assertThat(new KpiTrend(kpi(zeroForFour, steady), Optional.empty(), PACK_DAY).met())
        .contains(true);
    assertThat(new KpiTrend(kpi(zeroForFour, m("2026-Q3", 0)), Optional.empty(), PACK_DAY).met())
        .as("one period is not four")
        .contains(false);
    assertThat(KpiDashboard.target(zeroForFour))
        .isEqualTo("≤ 0 risks in each of the last 4 periods");
  }

  @Test
  void aRangeIsMetInsideItAndImprovesTowardsIt() {
    Target band = new Target(null, null, "%", 95.0, 99.0, null, null);
    KpiTrend trend =
        new KpiTrend(kpi(band, m("2026-Q2", 103), m("2026-Q3", 98)), Optional.empty(), PACK_DAY);

    assertThat(trend.met()).contains(true);
    assertThat(trend.trendText()).isEqualTo("↓ improving");
    assertThat(KpiDashboard.target(band)).isEqualTo("95% to 99%");
    assertThat(trend.chart().target()).as("a range draws no single target line").isNull();
  }

  @Test
  void aDownwardTrendTargetIsJudgedOverThePeriodsShown() {
    Target down = new Target(null, null, "per quarter", null, null, "down", null);
    KpiTrend falling =
        new KpiTrend(
            kpi(down, m("2025-Q4", 4), m("2026-Q1", 3), m("2026-Q2", 2), m("2026-Q3", 2)),
            Optional.empty(),
            PACK_DAY);
    KpiTrend rising =
        new KpiTrend(kpi(down, m("2026-Q2", 2), m("2026-Q3", 3)), Optional.empty(), PACK_DAY);

    assertThat(falling.met()).contains(true);
    assertThat(rising.met()).contains(false);
    assertThat(rising.metPerPoint()).containsOnlyNulls();
    assertThat(KpiDashboard.target(down)).isEqualTo("a downward trend");
  }
}
