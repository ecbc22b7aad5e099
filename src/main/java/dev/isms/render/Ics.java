package dev.isms.render;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RelatedTo;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * iCalendar (RFC 5545) files of reviews, written with ical4j: one all-day VEVENT per meeting (isms
 * knows the day, not the hour) with its attendees, and one VTODO per pre-read deadline. Everything
 * in the file follows from the input: UIDs are given, DTSTAMP is the stamp given (the as-of day),
 * and SEQUENCE counts the days from 2000-01-01 to it, so a later export supersedes an earlier one
 * of the same UID when a calendar program re-imports it.
 */
public final class Ics {
  /** The PRODID isms writes: how a file is recognised as isms's own (it may be regenerated). */
  public static final String PRODID = "-//isms//review calendar//EN";

  private static final LocalDate SEQUENCE_EPOCH = LocalDate.of(2000, 1, 1);

  private Ics() {}

  /** A person invited: name, role and mail address (null when isms.yaml has none). */
  public record Person(String name, String role, String email) {}

  /** One meeting and its pre-read deadline. */
  public record Meeting(
      String uid,
      LocalDate date,
      String summary,
      String description,
      String category,
      Person chair,
      List<Person> attendees,
      LocalDate preRead,
      String preReadSummary) {
    public Meeting {
      attendees = List.copyOf(attendees);
    }
  }

  /** The file's text (CRLF line ends, lines folded at 75 octets, as RFC 5545 wants). */
  public static String calendar(List<Meeting> meetings, LocalDate stamp) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODID));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    Instant dtstamp = stamp.atStartOfDay(ZoneOffset.UTC).toInstant();
    int sequence = (int) ChronoUnit.DAYS.between(SEQUENCE_EPOCH, stamp);
    for (Meeting m : meetings) {
      calendar.add(event(m, dtstamp, sequence));
      if (m.preRead() != null) {
        calendar.add(todo(m, dtstamp, sequence));
      }
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the calendar", e);
    }
    return out.toString();
  }

  /** The UID of a pre-read deadline, derived from its meeting's. */
  public static String preReadUid(String meetingUid) {
    return "pre-read." + meetingUid;
  }

  private static VEvent event(Meeting m, Instant dtstamp, int sequence) {
    VEvent event = new VEvent(m.date(), m.date().plusDays(1), m.summary());
    event.add(new Uid(m.uid()));
    event.replace(new DtStamp(dtstamp)); // the constructor stamps the current time
    event.add(new Sequence(sequence));
    event.add(ImmutableStatus.VEVENT_CONFIRMED);
    event.add(ImmutableTransp.OPAQUE);
    event.add(new Categories(m.category()));
    event.add(new Description(m.description()));
    if (m.chair() != null && m.chair().email() != null) {
      Organizer organizer = new Organizer(mailto(m.chair().email()));
      organizer.add(new Cn(m.chair().name()));
      event.add(organizer);
    }
    for (Person p : m.attendees()) {
      event.add(attendee(p, p.equals(m.chair())));
    }
    return event;
  }

  private static VToDo todo(Meeting m, Instant dtstamp, int sequence) {
    VToDo todo = new VToDo();
    todo.add(new Uid(preReadUid(m.uid())));
    todo.replace(new DtStamp(dtstamp));
    todo.add(new Sequence(sequence));
    todo.add(new Summary(m.preReadSummary()));
    todo.add(new Due<>(m.preRead()));
    todo.add(new RelatedTo(m.uid()));
    todo.add(new Categories(m.category()));
    return todo;
  }

  private static Attendee attendee(Person p, boolean chair) {
    Attendee attendee =
        p.email() != null
            ? new Attendee(mailto(p.email()))
            // no address: a calendar program shows the name; the URI only has to be unique
            : new Attendee(URI.create("urn:isms:role:" + slug(p.role())));
    attendee.add(new Cn(p.name() + (p.name().equals(p.role()) ? "" : " (" + p.role() + ")")));
    attendee.add(chair ? Role.CHAIR : Role.REQ_PARTICIPANT);
    return attendee;
  }

  private static URI mailto(String email) {
    return URI.create("mailto:" + email.replace(" ", "%20"));
  }

  /** A role as a URI part: lower case, runs of other characters as one hyphen. */
  public static String slug(String text) {
    String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    s = s.replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }
}
