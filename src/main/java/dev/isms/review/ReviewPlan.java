package dev.isms.review;

import dev.isms.config.ReviewType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The review to scaffold: its id, type and date, the incident that called it (ad-hoc reviews), why
 * the date is what it is, and notes the user should read (a moved date, a missed window).
 */
public record ReviewPlan(
    String id,
    String type,
    ReviewType reviewType,
    LocalDate date,
    Optional<TriggerItem> trigger,
    String dateReason,
    List<String> notes) {

  public ReviewPlan {
    notes = List.copyOf(notes);
  }
}
