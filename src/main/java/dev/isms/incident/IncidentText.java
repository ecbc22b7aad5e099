package dev.isms.incident;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * How an incident's facts read wherever a review shows them (the agenda's trigger item, the pack's
 * trigger section), so that both say the same thing in the same words.
 */
public final class IncidentText {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

  private IncidentText() {}

  public static String timestamp(OffsetDateTime t) {
    return TIMESTAMP.format(t);
  }

  public static String resolved(Incident i) {
    return i.resolved() == null ? "not yet" : timestamp(i.resolved());
  }

  public static String timeToResolve(Incident i) {
    return i.timeToResolve().map(IncidentText::duration).orElse("still open");
  }

  /** 5 h 28 min, 2 d 3 h: how long an incident took, to the minute. */
  public static String duration(Duration d) {
    long minutes = d.toMinutes();
    List<String> parts = new ArrayList<>();
    if (minutes >= 1440) {
      parts.add(minutes / 1440 + " d");
    }
    if (minutes % 1440 >= 60) {
      parts.add(minutes % 1440 / 60 + " h");
    }
    if (minutes % 60 > 0 || parts.isEmpty()) {
      parts.add(minutes % 60 + " min");
    }
    return String.join(" ", parts);
  }

  /** Whether personal data was involved and, if so, whether the breach was notified. */
  public static String personalData(Incident i) {
    if (!Boolean.TRUE.equals(i.personalData())) {
      return yesNo(i.personalData());
    }
    return i.breachNotified() == null
        ? "yes; no breach notification recorded"
        : "yes; supervisory authority notified on " + i.breachNotified();
  }

  public static String yesNo(Boolean b) {
    return b == null ? "not recorded" : b ? "yes" : "no";
  }

  public static String summary(Incident i) {
    return orElse(i.summary(), "none recorded");
  }

  public static String rootCause(Incident i) {
    return orElse(i.rootCause(), "not recorded yet");
  }

  private static String orElse(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s.strip();
  }
}
