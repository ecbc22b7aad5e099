package dev.isms.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.kpi.KpiPeriods.Style;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Half years and years, beside the quarters and months the registers mostly use. */
class KpiPeriodsTest {
  private static Kpi kpi(String frequency, String... periods) {
    List<Measurement> measurements =
        java.util.Arrays.stream(periods).map(p -> new Measurement(p, 1.0, null)).toList();
    return new Kpi("KPI-X", "X", null, null, null, null, null, frequency, null, measurements);
  }

  @Test
  void aHalfYearStartsInJanuaryOrJulyAndLastsSixMonths() {
    assertThat(KpiPeriods.start("2026-H1")).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(KpiPeriods.start("2026-H2")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(KpiPeriods.styleOf("2026-H2")).isEqualTo(Style.HALF);
    assertThat(KpiPeriods.endOf("2026-H1")).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(KpiPeriods.endOf("2026-H2")).isEqualTo(LocalDate.of(2027, 1, 1));
  }

  @Test
  void aDayFallsInTheHalfYearOfItsMonth() {
    assertThat(KpiPeriods.startOf(LocalDate.of(2026, 6, 30), Style.HALF))
        .isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(KpiPeriods.startOf(LocalDate.of(2026, 7, 1), Style.HALF))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(KpiPeriods.nameOf(LocalDate.of(2026, 6, 30), Style.HALF)).isEqualTo("2026-H1");
    assertThat(KpiPeriods.nameOf(LocalDate.of(2026, 7, 1), Style.HALF)).isEqualTo("2026-H2");
  }

  @Test
  void aYearIsWrittenAsItsNumberAndLastsTwelveMonths() {
    assertThat(KpiPeriods.start("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(KpiPeriods.styleOf("2026")).isEqualTo(Style.YEAR);
    assertThat(KpiPeriods.endOf("2026")).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(KpiPeriods.startOf(LocalDate.of(2026, 12, 31), Style.YEAR))
        .isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(KpiPeriods.nameOf(LocalDate.of(2026, 12, 31), Style.YEAR)).isEqualTo("2026");
  }

  @Test
  void periodsSortInTimeWhateverTheirStyle() {
    List<String> sorted =
        kpi(null, "2026-H2", "2026", "2026-Q3", "2025-12", "2026-07", "2026-H1")
            .measurements()
            .stream()
            .sorted(KpiPeriods.IN_TIME)
            .map(Measurement::period)
            .toList();

    assertThat(sorted)
        .containsExactly("2025-12", "2026", "2026-H1", "2026-07", "2026-H2", "2026-Q3");
  }

  @Test
  void theStyleComesFromTheLatestMeasurementElseTheFrequency() {
    assertThat(KpiPeriods.styleOf(kpi("quarterly", "2025-Q4", "2026-H1"))).isEqualTo(Style.HALF);
    assertThat(KpiPeriods.styleOf(kpi(null, "2026-H1", "2025"))).isEqualTo(Style.HALF);
    assertThat(KpiPeriods.styleOf(kpi("yearly"))).isEqualTo(Style.YEAR);
    assertThat(KpiPeriods.styleOf(kpi("monthly"))).isEqualTo(Style.MONTH);
    assertThat(KpiPeriods.styleOf(kpi("quarterly"))).isEqualTo(Style.QUARTER);
    assertThat(KpiPeriods.styleOf(kpi(null))).isEqualTo(Style.QUARTER);
  }

  @Test
  void aHalfYearlyKpiMissesTheLastHalfYearThatEnded() {
    Kpi halfYearly = kpi(null, "2026-H1");

    assertThat(KpiPeriods.unmeasured(halfYearly, LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(KpiPeriods.unmeasured(halfYearly, LocalDate.of(2027, 1, 1)))
        .isEqualTo(Optional.of("2026-H2"));
    assertThat(KpiPeriods.unmeasured(kpi(null, "2025-H2"), LocalDate.of(2026, 7, 1)))
        .isEqualTo(Optional.of("2026-H1"));
  }

  @Test
  void aYearlyKpiMissesTheLastYearThatEnded() {
    Kpi yearly = kpi("yearly", "2025");

    assertThat(KpiPeriods.unmeasured(yearly, LocalDate.of(2026, 12, 31))).isEmpty();
    assertThat(KpiPeriods.unmeasured(yearly, LocalDate.of(2027, 1, 1)))
        .isEqualTo(Optional.of("2026"));
    assertThat(KpiPeriods.unmeasured(kpi("yearly"), LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void aPeriodTheSchemaRefusesSortsFirst() {
    assertThat(KpiPeriods.start("2026-H3")).isEqualTo(LocalDate.MIN);
    assertThat(KpiPeriods.start(null)).isEqualTo(LocalDate.MIN);
    assertThat(KpiPeriods.styleOf("someday")).isEqualTo(Style.QUARTER);
  }
}
