package dev.isms.review;

import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.List;

/**
 * The external audits a repository has booked, which a {@code before_audit} review type prepares
 * for. The calendar asks this and nothing else, so the source of the bookings can change without
 * the calendar changing.
 */
public interface BookedAudits {
  /** One booked external audit: its id, first day, last day and the certification body. */
  record Audit(String id, LocalDate starts, LocalDate ends, String body) {
    /** "external audit AUD-2027-01 by Nordzert GmbH" or without the body. */
    public String describe() {
      return "external audit " + id + (body == null || body.isBlank() ? "" : " by " + body);
    }
  }

  /** The booked external audits, by first day. */
  List<Audit> external(IsmsRepository repo);

  /** Why none is booked from that day on, as a note says it: "no external audit is booked ...". */
  String noneBooked(LocalDate from);

  /** No register of audits yet: nothing is booked. */
  BookedAudits NONE =
      new BookedAudits() {
        @Override
        public List<Audit> external(IsmsRepository repo) {
          return List.of();
        }

        @Override
        public String noneBooked(LocalDate from) {
          return "isms reads no register of booked audits yet";
        }
      };
}
