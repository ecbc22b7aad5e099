package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.IsmsException;
import dev.isms.config.Holidays;
import dev.isms.config.Policy;
import java.time.LocalDate;
import java.util.List;
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
                new dev.isms.config.Holidays(
                    java.util.List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)),
                    null,
                    null),
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

  @Test
  void theHolidayCalendarOfACountrysRegionIsNoBusinessDay() {
    // given: Bavaria's calendar, plus a day of the organisation's own
    BusinessDays bavaria = of(new Holidays(List.of(LocalDate.of(2026, 12, 24)), "DE", "by"));
    BusinessDays germany = of(new Holidays(List.of(), "de", null));
    LocalDate corpusChristi = LocalDate.of(2026, 6, 4);

    // then: Corpus Christi (Thursday) is off in Bavaria, not nationally
    assertThat(bavaria.isBusinessDay(corpusChristi)).isFalse();
    assertThat(germany.isBusinessDay(corpusChristi)).isTrue();
    assertThat(bavaria.whyOff(corpusChristi)).isEqualTo("a public holiday, Corpus Christi (de-by)");
    // two business days before Monday 8 June skips Thursday 4 June
    assertThat(bavaria.minus(LocalDate.of(2026, 6, 8), 2)).isEqualTo(LocalDate.of(2026, 6, 3));
    assertThat(germany.minus(LocalDate.of(2026, 6, 8), 2)).isEqualTo(corpusChristi);
    // national holidays hold in every region, in every year asked for, with the listed days
    assertThat(bavaria.isBusinessDay(LocalDate.of(2027, 10, 4))).isTrue();
    assertThat(bavaria.isBusinessDay(LocalDate.of(2027, 5, 6))).isFalse(); // Ascension 2027
    assertThat(germany.isBusinessDay(LocalDate.of(2026, 10, 5))).isTrue();
    assertThat(germany.isHoliday(LocalDate.of(2025, 10, 3))).isTrue(); // German Unity Day
    assertThat(bavaria.isHoliday(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(germany.isHoliday(LocalDate.of(2026, 12, 24))).isFalse();
  }

  @Test
  void aCountryOrRegionWithoutACalendarIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> of(new Holidays(List.of(), "xx", null)))
        .isInstanceOf(IsmsException.class)
        .hasMessageContaining("policy.holidays: country `xx` has no holiday calendar")
        .hasMessageContaining("Or list the dates");
    assertThatThrownBy(() -> of(new Holidays(List.of(), "de", "bavaria")))
        .isInstanceOf(IsmsException.class)
        .hasMessageContaining("region `bavaria` is not a region of de's holiday calendar")
        .hasMessageContaining("by, ")
        .hasMessageContaining("or leave region out for the national holidays");
  }

  private static BusinessDays of(Holidays holidays) {
    return BusinessDays.of(new Policy(5, null, null, null, null, null, null, holidays, null));
  }
}
