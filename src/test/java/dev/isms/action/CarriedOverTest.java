package dev.isms.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.review.model.Review;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the carried-over summary reads for each mix of re-planned and undecided actions. */
class CarriedOverTest {
  private static final Review Q3 = held("2026-Q3", "2026-09-15");
  private static final Review ANNUAL = held("2026-annual", "2026-12-02");

  private static Review held(String id, String day) {
    return new Review(
        id,
        "quarterly",
        LocalDate.parse(day),
        "held",
        null,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Past due at 2026-Q3, and re-planned at {@code at} if given. */
  private static CarryOver carried(Review at) {
    return new CarryOver(List.of(Q3), List.of(Q3), List.of(), Optional.ofNullable(at));
  }

  @Test
  void namesTheReviewThatReplannedThemAndWhatStillAwaitsADecision() {
    CarryOver notCarried = new CarryOver(List.of(Q3), List.of(), List.of(Q3), Optional.empty());

    assertThat(new CarriedOver(Map.of("ACT-9", notCarried)).text()).isEqualTo("none");
    assertThat(new CarriedOver(Map.of("ACT-2", carried(ANNUAL), "ACT-1", carried(ANNUAL))).text())
        .isEqualTo(
            "2 (ACT-1, ACT-2), all 2 re-planned at review 2026-annual; awaiting a decision: none");
    assertThat(new CarriedOver(Map.of("ACT-1", carried(ANNUAL))).text())
        .isEqualTo("1 (ACT-1), re-planned at review 2026-annual; awaiting a decision: none");
    assertThat(
            new CarriedOver(
                    Map.of(
                        "ACT-1", carried(ANNUAL),
                        "ACT-2", carried(Q3),
                        "ACT-3", carried(null),
                        "ACT-9", notCarried))
                .text())
        .isEqualTo(
            "3 (ACT-1, ACT-2, ACT-3), 2 re-planned since (ACT-2 at review 2026-Q3; ACT-1 at review"
                + " 2026-annual); awaiting a decision: ACT-3");
    assertThat(new CarriedOver(Map.of("ACT-3", carried(null))).text())
        .isEqualTo("1 (ACT-3), none re-planned since by a held review; awaiting a decision: ACT-3");
  }
}
