package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.isms.IsmsException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgendaPlannerTest {
  @Test
  void aQuarterlyReviewOfNinetyMinutesKeepsFifteenForResultsAndSharesTheRest() {
    AgendaPlanner.Allotment a = AgendaPlanner.allot(90, Collections.nCopies(10, 1));

    assertThat(a.opening()).isEqualTo(5);
    assertThat(a.close()).isEqualTo(5);
    assertThat(a.results()).isEqualTo(15);
    assertThat(a.items()).containsExactly(7, 7, 7, 7, 7, 6, 6, 6, 6, 6);
    assertThat(a.total()).isEqualTo(90);
  }

  @Test
  void theAllotmentsAddUpToEveryDurationThatCanHoldTheItems() {
    for (int items = 1; items <= 14; items++) {
      for (int duration = AgendaPlanner.minimumDuration(items); duration <= 480; duration++) {
        List<Integer> weights = new ArrayList<>(Collections.nCopies(items, 1));
        weights.set(0, items); // an ad-hoc review's incident weighs as much as all inputs

        AgendaPlanner.Allotment a = AgendaPlanner.allot(duration, weights);

        assertThat(a.total()).as("%d items in %d minutes", items, duration).isEqualTo(duration);
        assertThat(a.items()).as("%d items in %d minutes", items, duration).allMatch(m -> m >= 1);
        assertThat(a.items().get(0)).isGreaterThanOrEqualTo(a.items().get(items - 1));
      }
    }
  }

  @Test
  void aReviewTooShortForItsItemsSaysHowLongItMustBe() {
    int minimum = AgendaPlanner.minimumDuration(10);

    assertThatThrownBy(() -> AgendaPlanner.allot(minimum - 1, Collections.nCopies(10, 1)))
        .isInstanceOf(IsmsException.class)
        .hasMessageContaining("at least " + minimum + "m");
    assertThat(AgendaPlanner.allot(minimum, Collections.nCopies(10, 1)).total()).isEqualTo(minimum);
  }

  @Test
  void aLeadItemWeightedLikeAllInputsGetsAsMuchTimeAsTheyDo() {
    java.util.List<Integer> weights = new java.util.ArrayList<>(Collections.nCopies(11, 1));
    weights.set(0, 10);

    java.util.List<Integer> shares = AgendaPlanner.share(40, weights);

    assertThat(shares.get(0)).isEqualTo(20);
    assertThat(shares.subList(1, 11).stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
  }

  @Test
  void everyItemKeepsAtLeastOneMinuteWhenTimeIsShort() {
    java.util.List<Integer> shares =
        AgendaPlanner.share(11, java.util.List.of(10, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1));

    assertThat(shares).allSatisfy(m -> assertThat(m).isGreaterThanOrEqualTo(1));
    assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(11);
  }
}
