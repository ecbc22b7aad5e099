package dev.isms.supplier;

import dev.isms.problem.TerminalText;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * {@code isms supplier list}: each supplier's review status on a day, the most urgent first:
 * overdue (never reviewed, or its next review was due before the day), due (within {@link
 * #DUE_WITHIN_DAYS} days) or reviewed.
 */
public final class SupplierListing {
  /** A review due within this many days is listed as due. */
  public static final int DUE_WITHIN_DAYS = 30;

  private static final String ROW = "%-14s %-8s %-10s %7s  %-14s %-20s %s%n";

  private final List<Supplier> suppliers;
  private final LocalDate today;

  public SupplierListing(List<Supplier> all, LocalDate today) {
    this.today = today;
    this.suppliers =
        all.stream()
            .sorted(
                Comparator.comparing((Supplier s) -> s.nextReviewDue().orElse(LocalDate.MIN))
                    .thenComparing(Supplier::id))
            .toList();
  }

  /** overdue, due or reviewed. */
  public String status(Supplier s) {
    if (s.isReviewOverdueOn(today)) {
      return "overdue";
    }
    LocalDate due = s.nextReviewDue().orElseThrow();
    return ChronoUnit.DAYS.between(today, due) <= DUE_WITHIN_DAYS ? "due" : "reviewed";
  }

  public String text() {
    if (suppliers.isEmpty()) {
      return "no supplier in suppliers/\n";
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format(ROW, "ID", "STATUS", "DUE", "LATE", "LAST REVIEWED", "OWNER", "NAME"));
    for (Supplier s : suppliers) {
      LocalDate due = s.nextReviewDue().orElse(null);
      long late = due != null && due.isBefore(today) ? ChronoUnit.DAYS.between(due, today) : 0;
      out.append(
          String.format(
              ROW,
              TerminalText.escape(s.id()),
              status(s),
              due == null ? "now" : due.toString(),
              late > 0 ? late + " d" : "",
              s.lastReviewed() == null ? "never" : s.lastReviewed().toString(),
              TerminalText.escape(s.owner() == null ? "-" : s.owner()),
              TerminalText.escape(s.name())));
    }
    return out.toString();
  }
}
