package dev.isms.incident;

import dev.isms.framework.Feed;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The incidents a review looks at, and those an input of the organisation's procedure is fed
 * ({@link Feed#CUSTOMER_VISIBLE_INCIDENTS}, {@link Feed#BREACH_NOTIFICATIONS}): one selection, so
 * that the pack's incident table, the list under that input and the minutes' reminder agree.
 */
public final class PeriodIncidents {
  private PeriodIncidents() {}

  /**
   * Opened in the period, still unresolved on {@code day}, or the incident that called the review
   * (whenever it was opened); in the order they were opened.
   *
   * @param inPeriod whether a day lies in the period the review covers, up to {@code day}
   * @param trigger the id of the item that called the review, or null
   */
  public static List<Incident> of(
      List<Incident> all, Predicate<LocalDate> inPeriod, LocalDate day, String trigger) {
    return all.stream()
        .filter(
            i ->
                inPeriod.test(i.opened().toLocalDate())
                    || (i.resolved() == null && !i.opened().toLocalDate().isAfter(day))
                    || i.id().equals(trigger))
        .sorted(Comparator.comparing(Incident::opened).thenComparing(Incident::id))
        .toList();
  }

  /** The incidents an own input's feed lists; none for a feed that is not of incidents. */
  public static Predicate<Incident> selectedBy(Feed feed) {
    Predicate<Incident> notified = i -> i.breachNotified() != null;
    return switch (feed) {
      case CUSTOMER_VISIBLE_INCIDENTS -> notified.or(Incident::isCustomerVisible);
      case BREACH_NOTIFICATIONS -> notified;
      default -> i -> false;
    };
  }

  /** What the feed selects, for a sentence: "customer-visible or notified as a ... breach". */
  public static String selects(Feed feed) {
    return feed == Feed.BREACH_NOTIFICATIONS
        ? "notified to an authority as a personal-data breach"
        : "customer-visible or notified as a personal-data breach";
  }
}
