package dev.isms.pack;

import dev.isms.framework.Feed;
import dev.isms.incident.Incident;
import dev.isms.incident.PeriodIncidents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The incidents under an input the organisation's procedure feeds from incidents/ ({@link
 * Feed#CUSTOMER_VISIBLE_INCIDENTS}, {@link Feed#BREACH_NOTIFICATIONS}): of the incidents the pack's
 * incident table holds ({@link IncidentSummary#incidents()}), those the feed selects, so that both
 * count the same incidents, and list them in the same words.
 */
final class IncidentFeedSection {
  private IncidentFeedSection() {}

  static Map<String, Object> view(IncidentSummary summary, Feed feed) {
    boolean breachesOnly = feed == Feed.BREACH_NOTIFICATIONS;
    List<Incident> selected =
        summary.incidents().stream().filter(PeriodIncidents.selectedBy(feed)).toList();
    List<IncidentSummary.Row> rows = selected.stream().map(IncidentSummary::row).toList();
    String what = PeriodIncidents.selects(feed);
    String text;
    if (selected.isEmpty()) {
      text = "None in the period: no incident " + summary.scope() + " was " + what + ".";
    } else {
      text =
          Text.count(selected.size(), "incident", "incidents")
              + " "
              + summary.scope()
              + (selected.size() == 1 ? " was " : " were ")
              + what
              + (breachesOnly ? "." : ": " + facts(selected));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("summary", text);
    // Markdown of our own (field names as code), printed unescaped: no register text in it.
    view.put(
        "criterion",
        "Selected from the incidents under Further information: those with "
            + (breachesOnly ? "" : "`customer_visible: true` or ")
            + "a `breach_notified` date.");
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    return view;
  }

  /** "2 customer-visible, 1 notified as a breach", and how many are both where any is. */
  private static String facts(List<Incident> selected) {
    long visible = selected.stream().filter(Incident::isCustomerVisible).count();
    long notified = selected.stream().filter(i -> i.breachNotified() != null).count();
    long both =
        selected.stream().filter(i -> i.isCustomerVisible() && i.breachNotified() != null).count();
    return visible
        + " customer-visible, "
        + notified
        + " notified as a breach"
        + (both == 0 ? "" : " (" + Text.count(both, "incident is", "incidents are") + " both)")
        + ".";
  }
}
