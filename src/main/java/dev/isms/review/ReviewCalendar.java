package dev.isms.review;

import dev.isms.IsmsException;
import dev.isms.action.Action;
import dev.isms.audit.Audit;
import dev.isms.audit.PreAuditWindow;
import dev.isms.config.IsmsConfig;
import dev.isms.config.Person;
import dev.isms.config.Policy;
import dev.isms.config.ReviewType;
import dev.isms.review.model.Cadence;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review calendar: every management review the procedure plans between two dates, worked out
 * with the same rules {@code isms review new} dates a review by ({@link ReviewScheduler}):
 *
 * <ul>
 *   <li>a review already scaffolded and not yet held, on its date;
 *   <li>each type with a cadence, that period after its last held review and every period after,
 *       counted from that review each time (a quarterly review held on 31 January falls on 30
 *       April, 31 July, 31 October), on the last business day before a day off; a review of a type
 *       whose {@code counts_as} names it (held, scaffolded or due) restarts the count, so no
 *       quarterly review is planned beside the annual one that stands in for it;
 *   <li>a triggered type (the ad-hoc review), once per incident, finding or change that awaits one,
 *       with the last day of its window;
 *   <li>a {@code before_audit} type, before each external audit booked in audits/, on the date
 *       {@code isms review new} gives it (10 business days before the audit).
 * </ul>
 *
 * Each comes with its invitation date (policy.invitation_lead_days before, on a business day; for a
 * review called by a trigger, at once if that is later), its pre-read date
 * (policy.pack_lead_business_days business days before), its attendees, and the unfinished actions
 * falling due since the meeting before it.
 */
public final class ReviewCalendar {
  /** What the calendar covers: meetings dated from {@code from} to {@code to}, both included. */
  public record Options(LocalDate from, LocalDate to, LocalDate asOf) {
    public Options {
      if (to.isBefore(from)) {
        throw IsmsException.input(
            "--to " + to + " is before --from " + from + "; give a --to on or after --from");
      }
    }

    /** The next twelve months from {@code from} (as-of when not given), or up to {@code to}. */
    public static Options of(LocalDate from, LocalDate to, LocalDate asOf) {
      LocalDate start = from != null ? from : asOf;
      return new Options(start, to != null ? to : start.plusMonths(12), asOf);
    }
  }

  /** Why a meeting is in the calendar. */
  public enum Kind {
    /** Scaffolded already ({@code reviews/<ID>/}), not yet held. */
    SCAFFOLDED,
    /** From the type's cadence ({@code every}). */
    CADENCE,
    /** Owed after an incident, finding or change (the type's triggers). */
    TRIGGER,
    /** Before a booked external audit. */
    PRE_AUDIT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One attendee: name (or the role, if isms.yaml names nobody), role, mail address if known. */
  public record Attendee(String name, String role, String email) {}

  /** An unfinished action due between the meeting before and this one. */
  public record ActionDue(String id, String title, String owner, LocalDate due, String status) {}

  /** One meeting of the calendar. */
  public record Entry(
      String id,
      String type,
      Kind kind,
      LocalDate date,
      LocalDate invitation,
      LocalDate preRead,
      int durationMinutes,
      Attendee chair,
      List<Attendee> attendees,
      String why,
      String trigger,
      LocalDate deadline,
      List<ActionDue> actionsDue) {
    public Entry {
      attendees = List.copyOf(attendees);
      actionsDue = List.copyOf(actionsDue);
    }
  }

  /** The calendar: its window, its meetings by date, and notes the reader should know. */
  public record Calendar(
      String organization,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      Policy policy,
      List<Entry> entries,
      List<String> notes) {
    public Calendar {
      entries = List.copyOf(entries);
      notes = List.copyOf(notes);
    }
  }

  public Calendar build(IsmsRepository repo, Options options) {
    IsmsConfig config = repo.config();
    Policy policy = config.policy();
    BusinessDays days = ReviewScheduler.days(repo);
    LocalDate asOf = options.asOf();
    int lead = policy.packLeadBusinessDays();
    LocalDate earliest = days.plus(asOf, lead);
    List<Draft> drafts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Set<String> planned = new HashSet<>();
    for (Review r : repo.reviews()) {
      if (!r.wasHeld() && r.date() != null && config.reviewType(r.type()).isPresent()) {
        planned.add(r.id());
        drafts.add(
            new Draft(
                r.id(),
                r.type(),
                Kind.SCAFFOLDED,
                r.date(),
                "scaffolded in reviews/" + r.id() + "/ (" + r.status() + ")",
                r.trigger(),
                null));
      }
    }
    // each cadence on its own first, then again with the meetings that stand in for it
    Map<String, List<Draft>> alone = new java.util.LinkedHashMap<>();
    config
        .reviewTypes()
        .forEach(
            (name, type) -> {
              if (hasCadence(type)) {
                alone.put(
                    name,
                    cadence(repo, days, name, type, asOf, earliest, lead, options.to(), List.of()));
              }
            });
    for (Map.Entry<String, ReviewType> e : config.reviewTypes().entrySet()) {
      String name = e.getKey();
      ReviewType type = e.getValue();
      if (hasCadence(type)) {
        List<Draft> standIns = new ArrayList<>();
        drafts.stream()
            .filter(d -> d.kind() == Kind.SCAFFOLDED && !d.type().equals(name))
            .filter(d -> Cadence.counts(config, d.type(), name))
            .forEach(standIns::add);
        alone.forEach(
            (other, projected) -> {
              if (!other.equals(name) && Cadence.counts(config, other, name)) {
                standIns.addAll(projected);
              }
            });
        drafts.addAll(
            cadence(repo, days, name, type, asOf, earliest, lead, options.to(), standIns));
      } else if (type.isTriggered()) {
        for (TriggerItem item : ReviewScheduler.pendingTriggers(repo, type, asOf)) {
          ReviewScheduler.Dated dated =
              ReviewScheduler.incidentDate(
                  days, name, type, item, asOf, earliest, policy, new ArrayList<>());
          drafts.add(
              new Draft(
                  ReviewIds.defaultId(name, type, dated.date()),
                  name,
                  Kind.TRIGGER,
                  dated.date(),
                  dated.reason(),
                  item.id(),
                  ReviewScheduler.deadline(days, type, item).orElse(null)));
        }
      }
      if (type.isBeforeAudit()) {
        preAudit(repo, days, name, type, asOf, earliest, drafts, notes);
      }
    }
    List<Draft> inWindow =
        drafts.stream()
            .filter(d -> !d.date().isBefore(options.from()) && !d.date().isAfter(options.to()))
            .sorted(Comparator.comparing(Draft::date).thenComparing(Draft::id))
            .toList();
    List<Entry> entries = new ArrayList<>();
    LocalDate since = options.from();
    for (Draft d : inWindow) {
      entries.add(entry(repo, days, policy, d, since, asOf));
      since = d.date().plusDays(1);
    }
    return new Calendar(
        config.organization(), options.from(), options.to(), asOf, policy, entries, notes);
  }

  /** A meeting before its details are filled in. */
  private record Draft(
      String id,
      String type,
      Kind kind,
      LocalDate date,
      String why,
      String trigger,
      LocalDate deadline) {}

  private static boolean hasCadence(ReviewType type) {
    return type.every() != null && !type.every().isZero() && !type.every().isNegative();
  }

  /**
   * The meetings of a type's cadence up to {@code to}: from the last held review that counts for
   * it, and from each meeting of {@code standIns} (scaffolded or projected reviews of types whose
   * {@code counts_as} names it) once that falls on or before the next one: the annual review
   * restarts the quarterly cadence, as it will once held ({@link Cadence}).
   */
  private static List<Draft> cadence(
      IsmsRepository repo,
      BusinessDays days,
      String name,
      ReviewType type,
      LocalDate asOf,
      LocalDate earliest,
      int lead,
      LocalDate to,
      List<Draft> standIns) {
    List<Draft> drafts = new ArrayList<>();
    Period every = type.every();
    Optional<Review> last = ReviewScheduler.lastHeld(repo, name);
    Optional<Review> next = ReviewScheduler.plannedAfterLastHeld(repo, name);
    LocalDate anchor;
    LocalDate after;
    Draft first = null;
    if (next.isPresent() && next.get().date() != null) {
      // scaffolded already: listed as such; the cadence goes on from the last held review, or
      // from a review of another type that stands in for this one
      after = next.get().date();
      boolean standsIn = !name.equals(next.get().type());
      anchor = standsIn ? after : last.map(Review::date).orElse(after);
    } else {
      ReviewScheduler.Dated dated =
          ReviewScheduler.cadenceDate(repo, name, type, asOf, earliest, lead);
      first =
          new Draft(
              ReviewIds.defaultId(name, type, dated.date()),
              name,
              Kind.CADENCE,
              dated.date(),
              dated.reason(),
              null,
              null);
      after = dated.date();
      anchor = last.map(Review::date).orElse(dated.date());
    }
    String from =
        next.filter(r -> !name.equals(r.type()))
            .map(r -> r.id() + " (planned " + r.date() + Cadence.standingIn(r, name) + ")")
            .or(
                () ->
                    last.map(
                        r -> r.id() + " (held " + r.date() + Cadence.standingIn(r, name) + ")"))
            .orElse("the first " + name + " review (" + anchor + ")");
    LocalDate floor = first == null ? after : last.map(Review::date).orElse(LocalDate.MIN);
    List<Draft> ahead =
        standIns.stream()
            .filter(d -> d.date().isAfter(floor))
            .sorted(Comparator.comparing(Draft::date))
            .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    int n = ReviewScheduler.firstCadenceAfter(days, anchor, every, after);
    while (n < 1000) {
      LocalDate day =
          first != null ? first.date() : ReviewScheduler.cadenceDay(days, anchor, every, n);
      if (!ahead.isEmpty() && !ahead.get(0).date().isAfter(day)) {
        Draft standIn = ahead.remove(0);
        anchor = standIn.date();
        from =
            standIn.id()
                + " ("
                + standIn.type()
                + ", "
                + (standIn.kind() == Kind.SCAFFOLDED ? "planned " : "due ")
                + standIn.date()
                + ", counts as "
                + name
                + ")";
        first = null;
        n = 1;
        continue;
      }
      if (day.isAfter(to)) {
        break;
      }
      if (first != null) {
        drafts.add(first);
        first = null;
        continue;
      }
      LocalDate due = anchor.plus(every.multipliedBy(n));
      drafts.add(
          new Draft(
              ReviewIds.defaultId(name, type, day),
              name,
              Kind.CADENCE,
              day,
              (n == 1 ? every.toString() : n + " x " + every)
                  + " after "
                  + from
                  + ReviewScheduler.movedOff(days, due, day),
              null,
              null));
      n++;
    }
    return drafts;
  }

  private static void preAudit(
      IsmsRepository repo,
      BusinessDays days,
      String name,
      ReviewType type,
      LocalDate asOf,
      LocalDate earliest,
      List<Draft> drafts,
      List<String> notes) {
    List<Audit> booked =
        repo.auditRegister().all().stream()
            .filter(Audit::isExternal)
            .filter(a -> a.starts().isAfter(asOf))
            .toList();
    if (booked.isEmpty()) {
      notes.add(
          name
              + " reviews are held before an external audit, and audits/ books none after "
              + asOf
              + ", so the calendar plans none (`isms audit new --kind external --starts"
              + " YYYY-MM-DD` books one).");
      return;
    }
    for (Audit audit : booked) {
      PreAuditWindow window = PreAuditWindow.before(audit, type.within());
      boolean scaffolded =
          repo.reviews().stream()
              .anyMatch(
                  r -> name.equals(r.type()) && r.date() != null && window.contains(r.date()));
      if (scaffolded) {
        continue; // its review is in reviews/ already, listed as scaffolded (or held)
      }
      ReviewScheduler.Dated dated =
          ReviewScheduler.beforeAuditDate(
              days, audit, earliest, repo.config().policy(), new ArrayList<>());
      drafts.add(
          new Draft(
              ReviewIds.defaultId(name, type, dated.date()),
              name,
              Kind.PRE_AUDIT,
              dated.date(),
              dated.reason(),
              audit.id(),
              null));
    }
  }

  /**
   * The calendar entry of the review being scaffolded, for its invite.ics: the same invitation and
   * pre-read dates and attendees as the calendar, and the actions due since the day the review is
   * compared with (the previous held review, or the baseline of the period it covers: {@link
   * Coverage#comparedOn()}), as its input a) counts them.
   */
  static Entry entryOf(ReviewDraft draft) {
    IsmsRepository repo = draft.repo();
    ReviewPlan plan = draft.plan();
    BusinessDays days = ReviewScheduler.days(repo);
    Optional<TriggerItem> trigger = plan.trigger();
    Kind kind =
        trigger.isPresent()
            ? Kind.TRIGGER
            : plan.reviewType().isBeforeAudit() ? Kind.PRE_AUDIT : Kind.CADENCE;
    Draft d =
        new Draft(
            plan.id(),
            plan.type(),
            kind,
            plan.date(),
            plan.dateReason(),
            trigger.map(TriggerItem::id).orElse(null),
            trigger
                .flatMap(t -> ReviewScheduler.deadline(days, plan.reviewType(), t))
                .orElse(null));
    LocalDate since =
        draft.coverage().comparedOn().map(day -> day.plusDays(1)).orElse(draft.today());
    return entry(repo, days, repo.config().policy(), d, since, draft.today());
  }

  private static Entry entry(
      IsmsRepository repo,
      BusinessDays days,
      Policy policy,
      Draft d,
      LocalDate since,
      LocalDate asOf) {
    IsmsConfig config = repo.config();
    ReviewType type = config.reviewTypes().get(d.type());
    Participants people = Participants.of(config, type);
    List<Attendee> attendees = people.attendees().stream().map(p -> attendee(config, p)).toList();
    LocalDate until = d.date();
    List<ActionDue> due =
        repo.actions().stream()
            .filter(a -> a.due() != null && !a.isFinished())
            .filter(a -> !a.due().isBefore(since) && !a.due().isAfter(until))
            .sorted(Comparator.comparing(Action::due).thenComparing(Action::id))
            .map(a -> new ActionDue(a.id(), a.title(), a.owner(), a.due(), a.status()))
            .toList();
    LocalDate invitation = days.onOrBefore(d.date().minusDays(policy.invitationLeadDays()));
    if (d.kind() == Kind.TRIGGER && invitation.isBefore(asOf)) {
      invitation = asOf; // a review called at short notice is announced as soon as it is called
    }
    return new Entry(
        d.id(),
        d.type(),
        d.kind(),
        d.date(),
        invitation,
        days.minus(d.date(), policy.packLeadBusinessDays()),
        type.durationMinutes(ReviewDraft.DEFAULT_DURATION),
        attendee(config, people.chair()),
        attendees,
        d.why(),
        d.trigger(),
        d.deadline(),
        due);
  }

  private static Attendee attendee(IsmsConfig config, Participants.Person p) {
    Person person = config.people().get(p.role());
    return new Attendee(p.name(), p.role(), person == null ? null : person.email());
  }
}
