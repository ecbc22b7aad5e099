package dev.isms.review;

import dev.isms.IsmsException;
import dev.isms.audit.Audit;
import dev.isms.config.IsmsConfig;
import dev.isms.config.Policy;
import dev.isms.config.ReviewType;
import dev.isms.problem.Suggestions;
import dev.isms.review.model.Cadence;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which review comes next, on which date and under which id.
 *
 * <ul>
 *   <li>A type with a cadence ({@code every}) is due that period after its last held review, or the
 *       last held review of a type whose {@code counts_as} names it ({@link Cadence}: the annual
 *       review restarts the quarterly cadence), on the Friday before if that is a weekend; a type
 *       never held is due now.
 *   <li>A type called by incidents ({@code after_incidents}, the ad-hoc review) is due within its
 *       window ({@code within}) after an incident of a listed severity that no review has taken up
 *       yet; its date is a few business days after the incident.
 *   <li>Any other type (the pre-audit review) has no date isms can know: it needs --date.
 * </ul>
 *
 * A date isms picks is never earlier than the first day the briefing pack can reach attendees in
 * time (policy.pack_lead_business_days from today); a moved date is reported as a note.
 */
public final class ReviewScheduler {
  /**
   * Business days between an incident and its ad-hoc review: a working week to contain it, write
   * the post-incident report and send the pack, as review procedures commonly allow.
   */
  static final int AD_HOC_BUSINESS_DAYS = 5;

  public ReviewPlan plan(IsmsRepository repo, ReviewNewOptions options) {
    IsmsConfig config = repo.config();
    List<String> notes = new ArrayList<>();
    if (options.id() != null) {
      ReviewIds.requireSafe(options.id());
    }
    Optional<TriggerItem> trigger =
        Optional.ofNullable(options.trigger()).map(id -> triggerItem(repo, id));
    String typeName;
    if (options.type() != null) {
      typeName = options.type();
      requireKnownType(config, typeName);
    } else if (trigger.isPresent()) {
      typeName = triggeredTypeFor(config, trigger.get());
    } else {
      Due next = nextDue(repo, options.today());
      typeName = next.typeName();
      trigger = next.incident();
      notes.add(next.why());
      awaiting(repo, typeName, options.today()).ifPresent(notes::add);
    }
    ReviewType type = config.reviewTypes().get(typeName);
    if (options.type() != null && type.every() != null) {
      plannedAfterLastHeld(repo, typeName)
          .ifPresent(
              r ->
                  notes.add(
                      "reviews/"
                          + r.id()
                          + " is already planned as the next "
                          + typeName
                          + " review ("
                          + r.date()
                          + Cadence.standingIn(r, typeName)
                          + ")."));
    }
    if (trigger.isPresent()) {
      checkTrigger(repo, typeName, type, trigger.get(), notes);
    }
    Dated dated = date(repo, typeName, type, trigger, options, notes);
    if (options.type() != null && type.every() != null) {
      standInDue(repo, typeName, dated.date()).ifPresent(notes::add);
    }
    String id =
        options.id() != null ? options.id() : ReviewIds.defaultId(typeName, type, dated.date());
    ReviewIds.requireFree(repo, id, typeName, dated.date());
    if (trigger.isPresent() && dated.date().isBefore(trigger.get().day())) {
      throw IsmsException.input(
          "the review date "
              + dated.date()
              + " is before "
              + trigger.get().text()
              + "; pass a later --date");
    }
    return new ReviewPlan(id, typeName, type, dated.date(), trigger, dated.reason(), notes);
  }

  /** A review type that is due, and since when or why. */
  private record Due(String typeName, LocalDate due, Optional<TriggerItem> incident, String why) {}

  /** A date and the reason for it, as the output states it. */
  record Dated(LocalDate date, String reason) {}

  private static void requireKnownType(IsmsConfig config, String typeName) {
    if (config.reviewType(typeName).isEmpty()) {
      throw IsmsException.input(
          "unknown review type `"
              + typeName
              + "`; isms.yaml defines: "
              + String.join(", ", config.reviewTypes().keySet())
              + "."
              + Suggestions.didYouMean(typeName, config.reviewTypes().keySet()));
    }
  }

  private static TriggerItem triggerItem(IsmsRepository repo, String id) {
    return TriggerItem.find(repo, id)
        .orElseThrow(
            () -> {
              List<String> ids = new ArrayList<>();
              repo.incidents().forEach(i -> ids.add(i.id()));
              repo.findings().forEach(f -> ids.add(f.id()));
              repo.changes().forEach(c -> ids.add(c.id()));
              return IsmsException.input(
                  "`"
                      + id
                      + "` is no incident, finding or change (incidents/, findings/, changes/)."
                      + Suggestions.didYouMean(id, ids)
                      + " Pass the id of the item that calls the review (--trigger)");
            });
  }

  /** The type an item calls: the first whose triggers include it, else the first triggered. */
  private static String triggeredTypeFor(IsmsConfig config, TriggerItem item) {
    List<String> triggered =
        config.reviewTypes().entrySet().stream()
            .filter(e -> e.getValue().isTriggered())
            .map(Map.Entry::getKey)
            .toList();
    if (triggered.isEmpty()) {
      throw IsmsException.input(
          "no review type in isms.yaml is called by incidents, findings or changes (triggers);"
              + " pass --type with one of: "
              + String.join(", ", config.reviewTypes().keySet()));
    }
    return triggered.stream()
        .filter(t -> item.calls(config.reviewTypes().get(t)))
        .findFirst()
        .orElse(triggered.get(0));
  }

  /**
   * When the type chosen is not the one an item awaits: "INC-2026-009 (sev2 incident, 2026-12-01)
   * awaits an ad-hoc review (by 2026-12-15)".
   */
  private static Optional<String> awaiting(IsmsRepository repo, String chosen, LocalDate today) {
    List<String> waiting = new ArrayList<>();
    repo.config()
        .reviewTypes()
        .forEach(
            (name, type) -> {
              if (!name.equals(chosen) && type.isTriggered()) {
                pendingTriggers(repo, type, today)
                    .forEach(
                        t ->
                            waiting.add(
                                t.text()
                                    + " awaits "
                                    + article(name)
                                    + " "
                                    + name
                                    + " review"
                                    + deadline(days(repo), type, t)
                                        .map(d -> " (by " + d + ")")
                                        .orElse("")
                                    + ": `isms review new --trigger "
                                    + t.id()
                                    + "`"));
              }
            });
    return waiting.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", waiting) + ".");
  }

  private static void checkTrigger(
      IsmsRepository repo,
      String typeName,
      ReviewType type,
      TriggerItem incident,
      List<String> notes) {
    if (!type.isTriggered()) {
      throw IsmsException.input(
          "--trigger names the incident, finding or change that calls a review, and `"
              + typeName
              + "` reviews are not called by any (isms.yaml gives it no triggers or"
              + " after_incidents); leave out --trigger, or pass the --type of your triggered"
              + " reviews");
    }
    if (!incident.calls(type)) {
      notes.add(
          incident.id()
              + " is a "
              + incident.reason()
              + ", and "
              + typeName
              + " reviews are called by "
              + type.calledBy().describe()
              + "; scaffolding it anyway, as asked.");
    }
    repo.reviews().stream()
        .filter(r -> incident.id().equals(r.trigger()))
        .forEach(
            r ->
                notes.add(
                    "review "
                        + r.id()
                        + " ("
                        + r.date()
                        + ", "
                        + r.status()
                        + ") already took up "
                        + incident.id()
                        + "; this one is another."));
  }

  /**
   * The type whose next review falls due first; ties go to the order of isms.yaml. A type whose
   * next review is scaffolded already (planned, after its last held one) is not due.
   */
  private static Due nextDue(IsmsRepository repo, LocalDate today) {
    List<Due> due = new ArrayList<>();
    List<Review> planned = new ArrayList<>();
    for (Map.Entry<String, ReviewType> e : repo.config().reviewTypes().entrySet()) {
      String typeName = e.getKey();
      ReviewType type = e.getValue();
      if (type.every() != null) {
        Optional<Review> next = plannedAfterLastHeld(repo, typeName);
        next.ifPresentOrElse(planned::add, () -> due.add(cadenceDue(repo, typeName, type, today)));
      } else if (type.isTriggered()) {
        pendingTriggers(repo, type, today).stream()
            .findFirst()
            .ifPresent(
                i ->
                    due.add(
                        new Due(
                            typeName,
                            deadline(days(repo), type, i).orElse(i.day()),
                            Optional.of(i),
                            "chose "
                                + article(typeName)
                                + " "
                                + typeName
                                + " review of "
                                + i.text()
                                + ", which no review has"
                                + " taken up yet: it is due first; pass --type for another.")));
      }
    }
    return due.stream()
        .min(Comparator.comparing(Due::due))
        .orElseThrow(() -> nothingDue(repo, planned));
  }

  private static IsmsException nothingDue(IsmsRepository repo, List<Review> planned) {
    if (!planned.isEmpty()) {
      return IsmsException.input(
          "the next review of every type with a cadence is scaffolded already: "
              + String.join(
                  ", ",
                  planned.stream()
                      .distinct()
                      .map(r -> "reviews/" + r.id() + " (" + r.type() + ", " + r.date() + ")")
                      .toList())
              + "; pass --type (and --id) to scaffold another one");
    }
    return IsmsException.input(
        "no review type in isms.yaml has a cadence (`every`) and no incident, finding or change"
            + " awaits a review, so"
            + " isms cannot tell which review comes next; pass --type with one of: "
            + String.join(", ", repo.config().reviewTypes().keySet()));
  }

  private static Due cadenceDue(
      IsmsRepository repo, String typeName, ReviewType type, LocalDate today) {
    Optional<Review> last = lastHeld(repo, typeName);
    if (last.isEmpty()) {
      return new Due(
          typeName,
          today,
          Optional.empty(),
          "chose "
              + article(typeName)
              + " "
              + typeName
              + " review: none has"
              + " been held yet, so it is due first; pass --type for another.");
    }
    LocalDate due = last.get().date().plus(type.every());
    return new Due(
        typeName,
        due,
        Optional.empty(),
        "chose the "
            + typeName
            + " review: due "
            + due
            + ", "
            + type.every()
            + " after "
            + last.get().id()
            + " (held "
            + last.get().date()
            + Cadence.standingIn(last.get(), typeName)
            + "), it is due first; pass --type"
            + " for another.");
  }

  /**
   * When a review of another type that counts as this one is due by its own cadence on or before
   * {@code date}, and none is planned: held first, it restarts this type's cadence, so a review of
   * this type on {@code date} would follow it closely ("an annual review is due 2026-12-02 ...").
   */
  private static Optional<String> standInDue(IsmsRepository repo, String typeName, LocalDate date) {
    if (plannedAfterLastHeld(repo, typeName).isPresent()) {
      return Optional.empty(); // noted above
    }
    BusinessDays days = days(repo);
    for (Map.Entry<String, ReviewType> e : repo.config().reviewTypes().entrySet()) {
      String other = e.getKey();
      Period every = e.getValue().every();
      if (other.equals(typeName)
          || every == null
          || !Cadence.counts(repo.config(), other, typeName)
          || plannedAfterLastHeld(repo, other).isPresent()) {
        continue;
      }
      Optional<Review> last = lastHeld(repo, other);
      if (last.isEmpty()) {
        continue;
      }
      LocalDate due = cadenceDay(days, last.get().date(), every, 1);
      if (!due.isAfter(date)) {
        return Optional.of(
            article(other)
                + " "
                + other
                + " review is due "
                + due
                + " ("
                + every
                + " after "
                + last.get().id()
                + ") and counts as "
                + typeName
                + " (review_types."
                + other
                + ".counts_as): held first, it restarts the "
                + typeName
                + " cadence, which then falls due "
                + cadenceDay(days, due, repo.config().reviewTypes().get(typeName).every(), 1)
                + "; `isms review new --type "
                + other
                + "` scaffolds it.");
      }
    }
    return Optional.empty();
  }

  /**
   * A review that counts for the type ({@link Cadence}), not yet held and dated after the last held
   * one: its next, planned (a planned annual review is the next quarterly one when it counts as
   * one).
   */
  static Optional<Review> plannedAfterLastHeld(IsmsRepository repo, String typeName) {
    Optional<LocalDate> lastHeld = lastHeld(repo, typeName).map(Review::date);
    return repo.reviews().stream()
        .filter(r -> !r.wasHeld() && Cadence.counts(repo.config(), r.type(), typeName))
        .filter(r -> lastHeld.isEmpty() || r.date().isAfter(lastHeld.get()))
        .findFirst();
  }

  /**
   * Items that call a review of this type and have none: incidents, findings and changes its
   * triggers name, dated after the last held review (earlier ones were before that review), with
   * the window still open.
   */
  static List<TriggerItem> pendingTriggers(IsmsRepository repo, ReviewType type, LocalDate today) {
    BusinessDays days = days(repo);
    Optional<LocalDate> lastHeld =
        repo.reviews().stream()
            .filter(Review::wasHeld)
            .map(Review::date)
            .max(Comparator.naturalOrder());
    return TriggerItem.calling(repo, type).stream()
        .filter(i -> repo.reviews().stream().noneMatch(r -> i.id().equals(r.trigger())))
        .filter(i -> lastHeld.isEmpty() || i.day().isAfter(lastHeld.get()))
        .filter(i -> !i.day().isAfter(today))
        .filter(i -> deadline(days, type, i).map(d -> !d.isBefore(today)).orElse(true))
        .toList();
  }

  /** The last held review that counts for the type's cadence ({@link Cadence}). */
  static Optional<Review> lastHeld(IsmsRepository repo, String typeName) {
    return Cadence.lastHeld(repo.config(), repo.reviews(), typeName);
  }

  /** The last day an incident's review may be held: within the window, on a business day. */
  static Optional<LocalDate> deadline(BusinessDays days, ReviewType type, TriggerItem incident) {
    return Optional.ofNullable(type.within()).map(w -> days.onOrBefore(incident.day().plus(w)));
  }

  /** The business days of the repository's policy (its public holidays are days off). */
  static BusinessDays days(IsmsRepository repo) {
    return BusinessDays.of(repo.config().policy());
  }

  /**
   * The {@code n}th meeting of a cadence after {@code anchor} (the last held review): counted from
   * the anchor each time, so a quarterly review held on 31 January falls on 30 April, 31 July and
   * 31 October (not 30 July), on the last business day before if that is a day off.
   */
  static LocalDate cadenceDay(BusinessDays days, LocalDate anchor, Period every, int n) {
    return days.onOrBefore(anchor.plus(every.multipliedBy(n)));
  }

  /** The first n whose {@link #cadenceDay} falls after {@code after}. */
  static int firstCadenceAfter(BusinessDays days, LocalDate anchor, Period every, LocalDate after) {
    int n = 1;
    while (!cadenceDay(days, anchor, every, n).isAfter(after) && n < 1000) {
      n++;
    }
    return n;
  }

  private Dated date(
      IsmsRepository repo,
      String typeName,
      ReviewType type,
      Optional<TriggerItem> trigger,
      ReviewNewOptions options,
      List<String> notes) {
    LocalDate today = options.today();
    int lead = repo.config().policy().packLeadBusinessDays();
    BusinessDays days = days(repo);
    LocalDate earliest = days.plus(today, lead);
    if (options.date() != null) {
      return given(days, options.date(), today, repo.config().policy(), notes);
    }
    if (type.every() != null) {
      return cadenceDate(repo, typeName, type, today, earliest, lead);
    }
    if (type.isTriggered()) {
      TriggerItem incident = trigger.orElseThrow(() -> needsTrigger(repo, typeName, type, today));
      return incidentDate(
          days, typeName, type, incident, today, earliest, repo.config().policy(), notes);
    }
    if (type.isBeforeAudit()) {
      Optional<Audit> audit = repo.auditRegister().nextExternalAfter(today);
      if (audit.isPresent()) {
        return beforeAuditDate(days, audit.get(), earliest, repo.config().policy(), notes);
      }
    }
    throw IsmsException.input(
        "`"
            + typeName
            + "` reviews have no cadence (`every`) and are not called by triggers, so isms"
            + " cannot tell their date: pass --date YYYY-MM-DD"
            + (type.isBeforeAudit()
                ? " (the meeting before the audit), or book the audit in audits/ (`isms audit"
                    + " new --kind external --starts YYYY-MM-DD`)"
                : ""));
  }

  private static Dated given(
      BusinessDays days, LocalDate date, LocalDate today, Policy policy, List<String> notes) {
    int lead = policy.packLeadBusinessDays();
    if (!days.isBusinessDay(date)) {
      notes.add(date + " is " + days.whyOff(date) + "; pass another --date if that is a mistake.");
    }
    if (date.isBefore(today)) {
      notes.add(
          date
              + " is in the past: the review is recorded as planned; set its status once"
              + " the minutes are written.");
    } else if (days.minus(date, lead).isBefore(today)) {
      notes.add(
          "the briefing pack should have reached attendees by "
              + days.minus(date, lead)
              + " ("
              + lead
              + " business days ahead, "
              + policy.source(Policy.Key.PACK_LEAD_BUSINESS_DAYS)
              + "); send it as soon as you can.");
    }
    return new Dated(date, "as given with --date");
  }

  static Dated cadenceDate(
      IsmsRepository repo,
      String typeName,
      ReviewType type,
      LocalDate today,
      LocalDate earliest,
      int lead) {
    Optional<Review> last = lastHeld(repo, typeName);
    if (last.isEmpty()) {
      return new Dated(
          earliest,
          "no "
              + typeName
              + " review has been held yet, so it is due now:"
              + " the first date that leaves "
              + lead
              + " business days for the briefing pack");
    }
    BusinessDays days = days(repo);
    LocalDate due = last.get().date().plus(type.every());
    LocalDate target = cadenceDay(days, last.get().date(), type.every(), 1);
    String reason =
        type.every()
            + " after "
            + last.get().id()
            + " (held "
            + last.get().date()
            + Cadence.standingIn(last.get(), typeName)
            + ")"
            + movedOff(days, due, target);
    if (target.isBefore(earliest)) {
      return new Dated(
          earliest,
          reason
              + " gives "
              + target
              + (target.isBefore(today) ? ", overdue" : "")
              + "; moved to the first date that leaves "
              + lead
              + " business days for the briefing pack ("
              + repo.config().policy().source(Policy.Key.PACK_LEAD_BUSINESS_DAYS)
              + "); pass --date to choose another");
    }
    return new Dated(target, reason);
  }

  /** Why a cadence date moved to an earlier day, as the output says it; empty if it did not. */
  static String movedOff(BusinessDays days, LocalDate due, LocalDate target) {
    if (target.equals(due)) {
      return "";
    }
    boolean weekendOnly = true;
    for (LocalDate d = target.plusDays(1); !d.isAfter(due); d = d.plusDays(1)) {
      weekendOnly &= !days.isHoliday(d);
    }
    return weekendOnly
        ? ", on the Friday before the weekend"
        : ", on the last business day before "
            + due
            + " ("
            + BusinessDays.weekday(target)
            + "; policy.holidays)";
  }

  /**
   * Business days between a readiness review and the audit it prepares: two weeks to act on what it
   * finds (close findings, complete evidence) before the auditors arrive.
   */
  static final int BEFORE_AUDIT_BUSINESS_DAYS = 10;

  /**
   * Ten business days before the audit starts; when the briefing pack's lead leaves no room for
   * that, the first date that does, up to the last business day before the audit.
   */
  static Dated beforeAuditDate(
      BusinessDays days, Audit audit, LocalDate earliest, Policy policy, List<String> notes) {
    int lead = policy.packLeadBusinessDays();
    LocalDate latest = days.onOrBefore(audit.starts().minusDays(1));
    LocalDate target = days.minus(audit.starts(), BEFORE_AUDIT_BUSINESS_DAYS);
    String reason =
        BEFORE_AUDIT_BUSINESS_DAYS
            + " business days before the external audit "
            + audit.describe()
            + ", two weeks to act on what the review finds";
    if (!target.isBefore(earliest)) {
      return new Dated(target, reason);
    }
    if (!earliest.isAfter(latest)) {
      return new Dated(
          earliest,
          reason
              + " gives "
              + target
              + "; moved to the first date that leaves "
              + lead
              + " business days for the briefing pack ("
              + policy.source(Policy.Key.PACK_LEAD_BUSINESS_DAYS)
              + "), less time to act before the audit");
    }
    notes.add(
        "the briefing pack will reach attendees less than "
            + lead
            + " business days before the meeting ("
            + policy.source(Policy.Key.PACK_LEAD_BUSINESS_DAYS)
            + "): the audit "
            + audit.id()
            + " starts "
            + audit.starts()
            + ".");
    return new Dated(latest, "the last business day before the external audit " + audit.describe());
  }

  static Dated incidentDate(
      BusinessDays days,
      String typeName,
      ReviewType type,
      TriggerItem incident,
      LocalDate today,
      LocalDate earliest,
      Policy policy,
      List<String> notes) {
    int lead = policy.packLeadBusinessDays();
    LocalDate opened = incident.day();
    LocalDate target = days.plus(opened, AD_HOC_BUSINESS_DAYS);
    String base =
        incident.id()
            + (incident.incident().isPresent()
                ? " was opened "
                : incident.finding().isPresent() ? " was raised " : " is dated ")
            + opened;
    Dated dated =
        target.isBefore(earliest)
            ? new Dated(
                earliest,
                base
                    + "; the first date after it that leaves "
                    + lead
                    + " business days for the briefing pack")
            : new Dated(target, base + "; " + AD_HOC_BUSINESS_DAYS + " business days later");
    Optional<LocalDate> deadline = deadline(days, type, incident);
    if (deadline.isEmpty()) {
      return dated;
    }
    if (!dated.date().isAfter(deadline.get())) {
      return new Dated(
          dated.date(),
          dated.reason() + ", within " + type.within() + " (by " + deadline.get() + ")");
    }
    if (deadline.get().isAfter(today)) {
      notes.add(
          typeName
              + " reviews are held within "
              + type.within()
              + " of the item that called them, so by "
              + deadline.get()
              + ": the briefing pack will reach attendees less than "
              + lead
              + " business days ahead ("
              + policy.source(Policy.Key.PACK_LEAD_BUSINESS_DAYS)
              + ").");
      return new Dated(deadline.get(), base + "; the last business day within " + type.within());
    }
    notes.add(
        typeName
            + " reviews are held within "
            + type.within()
            + " of the item that called them: the"
            + " window for "
            + incident.id()
            + " closed on "
            + deadline.get()
            + ", so this review is"
            + " late.");
    return dated;
  }

  private static IsmsException needsTrigger(
      IsmsRepository repo, String typeName, ReviewType type, LocalDate today) {
    List<TriggerItem> pending = pendingTriggers(repo, type, today);
    String hint =
        pending.isEmpty()
            ? ""
            : " Awaiting a review: "
                + String.join(", ", pending.stream().map(TriggerItem::text).toList())
                + ".";
    return IsmsException.input(
        "`"
            + typeName
            + "` reviews are called by an incident, finding or change: pass --trigger ID (the"
            + " date then follows from it) or --date YYYY-MM-DD."
            + hint);
  }

  /** "a quarterly", "an annual", "an ad-hoc": by the sound of the first letter, near enough. */
  private static String article(String word) {
    return !word.isEmpty() && "aeiouAEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
  }
}
