package dev.isms.review.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** reviews/&lt;ID&gt;/review.yaml: one management review. */
public record Review(
    String id,
    String type,
    LocalDate date,
    String status,
    String chair,
    List<Attendee> attendees,
    String trigger,
    String framework,
    String approvedBy,
    LocalDate approvedOn,
    String location,
    String notes) {

  /** In the order the meetings took place; the id orders two of one day. */
  public static final Comparator<Review> BY_DATE =
      Comparator.comparing(Review::date).thenComparing(Review::id);

  public Review {
    attendees = attendees == null ? List.of() : List.copyOf(attendees);
  }

  /** Held or approved: the meeting took place. */
  public boolean wasHeld() {
    return "held".equals(status) || "approved".equals(status);
  }

  /** The held review among {@code reviews} that a register edit of that day was made at. */
  public static Optional<Review> decidedAt(Collection<Review> reviews, LocalDate day) {
    return reviews.stream().filter(r -> r.decidedOn(day)).findFirst();
  }

  /**
   * Whether a register edit of that day was made at this review: it was held, and the day lies from
   * the meeting to the approval (the edits the minutes decide are often committed with it).
   */
  public boolean decidedOn(LocalDate day) {
    return wasHeld()
        && date != null
        && !day.isBefore(date)
        && !day.isAfter(approvedOn == null ? date : approvedOn);
  }

  /** One line of the attendance list; {@code present} is null until the meeting. */
  public record Attendee(
      String name, String role, Boolean present, String note, String delegateFor) {
    public Attendee(String name, String role, Boolean present, String note) {
      this(name, role, present, note, null);
    }

    public boolean isPresent() {
      return Boolean.TRUE.equals(present);
    }
  }
}
