package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessDaysTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 15);

  @Test
  void fiveBusinessDaysBeforeATuesdayIsTheTuesdayBefore() {
    assertThat(BusinessDays.WEEKDAYS.minus(TUESDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 8));
  }

  @Test
  void countingSkipsWeekendsBothWays() {
    LocalDate monday = LocalDate.of(2026, 12, 14);
    LocalDate friday = LocalDate.of(2026, 12, 11);
    assertThat(BusinessDays.WEEKDAYS.minus(monday, 1)).isEqualTo(friday);
    assertThat(BusinessDays.WEEKDAYS.plus(friday, 1)).isEqualTo(monday);
    assertThat(BusinessDays.WEEKDAYS.plus(LocalDate.of(2026, 12, 12), 1)).isEqualTo(monday);
    assertThat(BusinessDays.WEEKDAYS.plus(TUESDAY, 0)).isEqualTo(TUESDAY);
  }

  @Test
  void aWeekendDayMovesToTheFridayBefore() {
    assertThat(BusinessDays.WEEKDAYS.onOrBefore(LocalDate.of(2027, 1, 10)))
        .isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(BusinessDays.WEEKDAYS.onOrBefore(LocalDate.of(2027, 1, 9)))
        .isEqualTo(LocalDate.of(2027, 1, 8));
    assertThat(BusinessDays.WEEKDAYS.onOrBefore(TUESDAY)).isEqualTo(TUESDAY);
  }

  @Test
  void aListedPublicHolidayIsNoBusinessDay() {
    // given: Christmas Eve and Christmas Day 2026 (Thursday, Friday) are holidays
    BusinessDays days =
        BusinessDays.of(
            new dev.isms.config.Policy(
                5,
                null,
                null,
                null,
                null,
                null,
                null,
                java.util.List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)),
                null));

    // then
    assertThat(days.isBusinessDay(LocalDate.of(2026, 12, 24))).isFalse();
    assertThat(days.minus(LocalDate.of(2026, 12, 29), 2)).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(days.onOrBefore(LocalDate.of(2026, 12, 27))).isEqualTo(LocalDate.of(2026, 12, 23));
    assertThat(days.between(LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28))).isEqualTo(3);
    assertThat(days.whyOff(LocalDate.of(2026, 12, 25))).contains("public holiday");
    assertThat(BusinessDays.WEEKDAYS.minus(LocalDate.of(2026, 12, 29), 2))
        .isEqualTo(LocalDate.of(2026, 12, 25));
  }
}
