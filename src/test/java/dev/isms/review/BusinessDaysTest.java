package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 15);

  @Test
  void fiveBusinessDaysBeforeATuesdayIsTheTuesdayBefore() {
    assertThat(BusinessDays.minus(TUESDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 8));
  }

  @Test
  void countingSkipsWeekendsBothWays() {
    LocalDate monday = LocalDate.of(2026, 12, 14);
    LocalDate friday = LocalDate.of(2026, 12, 11);
    assertThat(BusinessDays.minus(monday, 1)).isEqualTo(friday);
    assertThat(BusinessDays.plus(friday, 1)).isEqualTo(monday);
    assertThat(BusinessDays.plus(LocalDate.of(2026, 12, 12), 1)).isEqualTo(monday);
    assertThat(BusinessDays.plus(TUESDAY, 0)).isEqualTo(TUESDAY);
  }

  @Test
  void aWeekendDayMovesToTheFridayBefore() {
    assertThat(BusinessDays.onOrBefore(LocalDate.of(2027, 1, 10)))
        .isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(BusinessDays.onOrBefore(LocalDate.of(2027, 1, 9)))
        .isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(BusinessDays.onOrBefore(TUESDAY)).isEqualTo(TUESDAY);
  }
}
