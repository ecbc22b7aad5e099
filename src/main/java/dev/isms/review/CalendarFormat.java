package dev.isms.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.isms.config.Policy;
import dev.isms.problem.TerminalText;
import dev.isms.render.Ics;
import dev.isms.review.ReviewCalendar.ActionDue;
import dev.isms.review.ReviewCalendar.Attendee;
import dev.isms.review.ReviewCalendar.Calendar;
import dev.isms.review.ReviewCalendar.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review calendar as text for people and as JSON for machines. */
public final class CalendarFormat {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private CalendarFormat() {}

  /** One paragraph per meeting, by date. */
  public static String text(Calendar c) {
    StringBuilder s = new StringBuilder();
    s.append("Review calendar")
        .append(c.organization() == null ? "" : " of " + TerminalText.escape(c.organization()))
        .append(", ")
        .append(c.from())
        .append(" to ")
        .append(c.to())
        .append(": ")
        .append(c.entries().size())
        .append(c.entries().size() == 1 ? " review" : " reviews")
        .append(".\n")
        // the lead times say where they come from, so a default is not taken for a decision
        .append("Invitations go out ")
        .append(c.policy().invitationLeadDays())
        .append(" days ahead (")
        .append(c.policy().source(Policy.Key.INVITATION_LEAD_DAYS))
        .append("), the briefing pack ")
        .append(c.policy().packLeadBusinessDays())
        .append(" business days ahead (")
        .append(c.policy().source(Policy.Key.PACK_LEAD_BUSINESS_DAYS))
        .append(").\n");
    for (Entry e : c.entries()) {
      s.append('\n')
          .append(e.date())
          .append(' ')
          .append(BusinessDays.weekday(e.date()))
          .append("  ")
          .append(TerminalText.escape(e.type()))
          .append(" review ")
          .append(TerminalText.escape(e.id()))
          .append(" (")
          .append(e.kind().label())
          .append("), ")
          .append(e.durationMinutes())
          .append(" minutes, chaired by ")
          .append(TerminalText.escape(e.chair().name()))
          .append('\n');
      s.append("  invite by ")
          .append(e.invitation())
          .append(late(e.invitation(), c))
          .append(", pre-read by ")
          .append(e.preRead())
          .append(late(e.preRead(), c))
          .append(e.deadline() == null ? "" : ", held by " + e.deadline())
          .append('\n');
      s.append("  why: ").append(TerminalText.escape(e.why())).append('\n');
      s.append("  attendees: ")
          .append(
              String.join(
                  ", ",
                  e.attendees().stream()
                      .map(a -> TerminalText.escape(a.name() + " (" + a.role() + ")"))
                      .toList()))
          .append('\n');
      if (e.actionsDue().isEmpty()) {
        s.append("  actions due before it: none\n");
      } else {
        s.append("  actions due before it:\n");
        for (ActionDue a : e.actionsDue()) {
          s.append("    ")
              .append(a.due())
              .append(' ')
              .append(TerminalText.escape(a.id()))
              .append(' ')
              .append(TerminalText.escape(a.title()))
              .append(" (")
              .append(TerminalText.escape(a.owner() == null ? "no owner" : a.owner()))
              .append(", ")
              .append(TerminalText.escape(a.status()))
              .append(")\n");
        }
      }
    }
    if (!c.notes().isEmpty()) {
      s.append('\n');
      c.notes().forEach(n -> s.append("Note: ").append(TerminalText.escape(n)).append('\n'));
    }
    return s.toString();
  }

  private static String late(java.time.LocalDate day, Calendar c) {
    return day.isBefore(c.asOf()) ? " (passed)" : "";
  }

  /** For machines: the calendar as one JSON object. */
  public static String json(Calendar c) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("organization", c.organization());
    root.put("from", c.from().toString());
    root.put("to", c.to().toString());
    root.put("as_of", c.asOf().toString());
    root.put("invitation_lead_days", c.policy().invitationLeadDays());
    root.put("pack_lead_business_days", c.policy().packLeadBusinessDays());
    List<Object> reviews = new ArrayList<>();
    for (Entry e : c.entries()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("type", e.type());
      m.put("kind", e.kind().label());
      m.put("date", e.date().toString());
      m.put("invitation", e.invitation().toString());
      m.put("pre_read", e.preRead().toString());
      m.put("deadline", e.deadline() == null ? null : e.deadline().toString());
      m.put("trigger", e.trigger());
      m.put("duration_minutes", e.durationMinutes());
      m.put("why", e.why());
      m.put("chair", person(e.chair()));
      m.put("attendees", e.attendees().stream().map(CalendarFormat::person).toList());
      List<Object> actions = new ArrayList<>();
      for (ActionDue a : e.actionsDue()) {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("id", a.id());
        am.put("title", a.title());
        am.put("owner", a.owner());
        am.put("due", a.due().toString());
        am.put("status", a.status());
        actions.add(am);
      }
      m.put("actions_due", actions);
      reviews.add(m);
    }
    root.put("reviews", reviews);
    root.put("notes", c.notes());
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the calendar as JSON", e);
    }
  }

  /**
   * The calendar as an iCalendar file: a VEVENT per review, a VTODO per pre-read deadline; stamped
   * with the as-of day.
   */
  public static String ics(Calendar c) {
    return Ics.calendar(
        c.entries().stream().map(e -> meeting(c.organization(), e)).toList(), c.asOf());
  }

  /** One review's invitation file (invite.ics), stamped with the day it is scaffolded. */
  static String invite(String organization, Entry entry, LocalDate today) {
    return Ics.calendar(List.of(meeting(organization, entry)), today);
  }

  /**
   * The UID of a review's event: the review id and type at the organisation, e.g. {@code
   * 2026-Q4.quarterly@denialbase.isms}. The same review keeps it from export to export (and in its
   * invite.ics), so a calendar program updates the event instead of adding another.
   */
  public static String uid(String organization, String type, String id) {
    return id
        + "."
        + Ics.slug(type)
        + "@"
        + Ics.slug(organization == null ? "isms" : organization)
        + ".isms";
  }

  static Ics.Meeting meeting(String organization, Entry e) {
    StringBuilder d = new StringBuilder();
    d.append(capitalised(e.type()))
        .append(" management review ")
        .append(e.id())
        .append(", ")
        .append(e.durationMinutes())
        .append(" minutes, chaired by ")
        .append(e.chair().name())
        .append(".\n")
        .append("Why this date: ")
        .append(e.why())
        .append(".\n");
    if (e.deadline() != null) {
      d.append("To be held by ").append(e.deadline()).append(".\n");
    }
    d.append("Invitation by ")
        .append(e.invitation())
        .append("; briefing pack to attendees by ")
        .append(e.preRead())
        .append(".\n");
    if (!e.actionsDue().isEmpty()) {
      d.append("Actions falling due before it:\n");
      for (ActionDue a : e.actionsDue()) {
        d.append("- ")
            .append(a.id())
            .append(" ")
            .append(a.title())
            .append(" (")
            .append(a.owner() == null ? "no owner" : a.owner())
            .append(", due ")
            .append(a.due())
            .append(")\n");
      }
    }
    String description = d.toString();
    String uid = uid(organization, e.type(), e.id());
    return new Ics.Meeting(
        uid,
        e.date(),
        capitalised(e.type())
            + " management review "
            + e.id()
            + (organization == null ? "" : " (" + organization + ")"),
        description,
        "ISMS management review",
        icsPerson(e.chair()),
        e.attendees().stream().map(CalendarFormat::icsPerson).toList(),
        e.preRead(),
        "Send the briefing pack of " + e.id() + " (review on " + e.date() + ")");
  }

  private static Ics.Person icsPerson(Attendee a) {
    return new Ics.Person(a.name(), a.role(), a.email());
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static Map<String, Object> person(Attendee a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", a.name());
    m.put("role", a.role());
    m.put("email", a.email());
    return m;
  }
}
