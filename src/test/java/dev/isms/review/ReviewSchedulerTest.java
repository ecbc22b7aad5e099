package dev.isms.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.config.ReviewType;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.testing.MinimalRepo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which incidents await an ad-hoc review (after_incidents: [sev1, sev2], within: P14D); the last
 * review held is 2026-Q3 on 2026-09-15. Each filter at its boundary.
 */
class ReviewSchedulerTest {
  @TempDir static Path temp;
  static IsmsRepository repo;
  static ReviewType adHoc;

  @BeforeAll
  static void repositoryWithIncidentsAroundEveryBoundary() throws IOException {
    Path dir = MinimalRepo.create(temp.resolve("repo"));
    incident(dir, "INC-ON-LAST-REVIEW", "sev1", "2026-09-15T08:00:00+02:00");
    incident(dir, "INC-DAY-AFTER", "sev2", "2026-09-16T08:00:00+02:00");
    incident(dir, "INC-WINDOW-CLOSED", "sev1", "2026-11-09T08:00:00+01:00");
    incident(dir, "INC-LAST-DAY", "sev1", "2026-11-10T08:00:00+01:00");
    incident(dir, "INC-SEV3", "sev3", "2026-11-20T08:00:00+01:00");
    incident(dir, "INC-TAKEN-UP", "sev1", "2026-11-20T09:00:00+01:00");
    incident(dir, "INC-TODAY", "sev2", "2026-11-24T08:00:00+01:00");
    incident(dir, "INC-TOMORROW", "sev1", "2026-11-25T08:00:00+01:00");
    MinimalRepo.write(
        dir,
        "reviews/2026-11-27-adhoc/review.yaml",
        """
        id: 2026-11-27-adhoc
        type: ad-hoc
        date: 2026-11-27
        status: planned
        trigger: INC-TAKEN-UP
        attendees:
          - {name: Dana Ruiz, role: CEO, present: null}
        """);
    repo = new RepositoryLoader().loadValid(dir);
    adHoc = repo.config().reviewTypes().get("ad-hoc");
  }

  private static void incident(Path dir, String id, String severity, String opened)
      throws IOException {
    MinimalRepo.write(
        dir,
        "incidents/" + id + ".yaml",
        "id: "
            + id
            + "\ntitle: Outage\nseverity: "
            + severity
            + "\nopened: "
            + opened
            + "\ncustomer_visible: false\n");
  }

  private static List<String> pendingOn(LocalDate today) {
    return ReviewScheduler.pendingTriggers(repo, adHoc, today).stream()
        .map(TriggerItem::id)
        .toList();
  }

  @Test
  void anIncidentAwaitsFromTheDayItOpensToTheLastDayOfItsWindow() {
    assertThat(pendingOn(LocalDate.of(2026, 11, 24)))
        .containsExactlyInAnyOrder("INC-LAST-DAY", "INC-TODAY");
  }

  @Test
  void anIncidentOnTheDayOfTheLastHeldReviewWasForThatReview() {
    assertThat(pendingOn(LocalDate.of(2026, 9, 16))).containsExactly("INC-DAY-AFTER");
  }

  @Test
  void noIncidentAwaitsBeforeItOpens() {
    assertThat(pendingOn(LocalDate.of(2026, 9, 15))).isEmpty();
  }
}
