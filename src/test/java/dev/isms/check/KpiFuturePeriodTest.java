package dev.isms.check;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.MinimalRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A measurement for a period that has not begun is an error, and no current value. */
class KpiFuturePeriodTest {
  @TempDir Path root;

  @BeforeEach
  void repositoryWithAMeasurementAYearAhead() throws Exception {
    MinimalRepo.create(root);
    MinimalRepo.write(
        root,
        "kpis/KPI-TRAINING.yaml",
        """
        id: KPI-TRAINING
        name: Security training completion
        target: {op: ">=", value: 95, unit: "%"}
        objective: OBJ-1
        measurements:
          - {period: 2026-Q2, value: 91.5}
          - {period: 2026-Q3, value: 96.0}
          - {period: 2027-Q4, value: 12.0}
        """);
  }

  @Test
  void checkReportsThePeriodWithItsLine() {
    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2026-11-24");

    assertThat(result)
        .exitedWith(1)
        .outContains(
            "kpis/KPI-TRAINING.yaml:8:5: error [kpi-future-period] KPI-TRAINING \"Security"
                + " training completion\" has a measurement for 2027-Q4, which begins on"
                + " 2027-10-01, after 2026-11-24");
    assertThat(result.out().lines().filter(l -> l.contains("error ["))).hasSize(1);
  }

  @Test
  void aFuturePeriodDoesNotSilenceKpiStale() {
    // as of 2027-01-10 the latest complete quarter is 2026-Q4, which has no value
    CommandResult result = Cli.run("-C", root.toString(), "check", "--as-of", "2027-01-10");

    assertThat(result)
        .exitedWith(1)
        .outContains("warning [kpi-stale] KPI-TRAINING", "has no measurement for 2026-Q4")
        .outContains("(latest: 2026-Q3)");
  }

  @Test
  void thePackLeavesItOutAndSaysSo() throws Exception {
    CommandResult result =
        Cli.run("-C", root.toString(), "pack", "2026-Q3", "--no-commit", "--as-of", "2026-11-24");

    assertThat(result)
        .succeeded()
        .errContains(
            "kpis/KPI-TRAINING.yaml: the measurement for 2027-Q4 is left out, as that period"
                + " begins after 2026-11-24");
    String pack = Files.readString(root.resolve("reviews/2026-Q3/pack.md"));
    assertThat(pack).contains("KPI-TRAINING").doesNotContain("2027-Q4").doesNotContain("12.0");
  }
}
