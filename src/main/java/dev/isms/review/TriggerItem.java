package dev.isms.review;

import dev.isms.change.Change;
import dev.isms.config.ReviewType;
import dev.isms.config.Triggers;
import dev.isms.finding.Finding;
import dev.isms.incident.Incident;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An item of the registers that can call a review: an incident (by severity, or because its
 * personal-data breach was notified to an authority), an audit finding (by kind and audit type) or
 * a change marked significant. {@code day} is when it called: the incident opened (or the breach
 * notified), the finding raised, the change dated.
 */
public record TriggerItem(
    String id,
    FileKind kind,
    String title,
    LocalDate day,
    Optional<Incident> incident,
    Optional<Finding> finding,
    Optional<Change> change) {

  static TriggerItem of(Incident i) {
    return new TriggerItem(
        i.id(),
        FileKind.INCIDENT,
        i.title(),
        i.opened().toLocalDate(),
        Optional.of(i),
        Optional.empty(),
        Optional.empty());
  }

  static TriggerItem of(Finding f) {
    return new TriggerItem(
        f.id(),
        FileKind.FINDING,
        f.title(),
        f.raised(),
        Optional.empty(),
        Optional.of(f),
        Optional.empty());
  }

  static TriggerItem of(Change c) {
    return new TriggerItem(
        c.id(),
        FileKind.CHANGE,
        c.title(),
        c.date(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(c));
  }

  /** The incident, finding or change with this id; empty when no register holds one. */
  public static Optional<TriggerItem> find(IsmsRepository repo, String id) {
    if (id == null) {
      return Optional.empty();
    }
    Optional<TriggerItem> item = repo.incident(id).map(TriggerItem::of);
    if (item.isEmpty()) {
      item =
          repo.findings().stream().filter(f -> f.id().equals(id)).findFirst().map(TriggerItem::of);
    }
    if (item.isEmpty()) {
      item =
          repo.changes().stream().filter(c -> c.id().equals(id)).findFirst().map(TriggerItem::of);
    }
    return item;
  }

  /** Every item of the registers that calls for a review of this type, oldest first. */
  public static List<TriggerItem> calling(IsmsRepository repo, ReviewType type) {
    List<TriggerItem> items = new ArrayList<>();
    repo.incidents().stream()
        .map(TriggerItem::of)
        .filter(t -> t.calls(type))
        .map(t -> t.calledOn(type))
        .forEach(items::add);
    repo.findings().stream()
        .filter(f -> f.raised() != null)
        .map(TriggerItem::of)
        .filter(t -> t.calls(type))
        .forEach(items::add);
    repo.changes().stream()
        .filter(c -> c.date() != null)
        .map(TriggerItem::of)
        .filter(t -> t.calls(type))
        .forEach(items::add);
    items.sort(Comparator.comparing(TriggerItem::day).thenComparing(TriggerItem::id));
    return items;
  }

  /**
   * The item as it calls for a review of the type: an incident whose severity does not call for
   * one, only its notified breach, calls on the day the breach was notified, not the day it opened.
   */
  TriggerItem calledOn(ReviewType type) {
    if (incident.isEmpty()
        || incident.get().breachNotified() == null
        || type.calledBy().incidents().contains(incident.get().severity())) {
      return this;
    }
    return new TriggerItem(
        id, kind, title, incident.get().breachNotified(), incident, finding, change);
  }

  /** Whether this item calls for a review of the type (its triggers or after_incidents). */
  public boolean calls(ReviewType type) {
    Triggers t = type.calledBy();
    if (incident.isPresent()) {
      Incident i = incident.get();
      return t.incidents().contains(i.severity())
          || (t.onNotifiedBreach() && i.breachNotified() != null);
    }
    if (finding.isPresent()) {
      Finding f = finding.get();
      return t.findings().stream()
          .anyMatch(
              ft ->
                  ft.kind().equals(f.kind())
                      && (ft.auditType() == null || ft.auditType().equals(f.auditType())));
    }
    return t.onSignificantChange() && change.map(Change::isSignificant).orElse(false);
  }

  /**
   * What it is, as a reason for a review: "sev1 incident", "personal-data breach notified to an
   * authority on 2026-05-21 (sev3 incident)", "major-nc finding of an external audit", "significant
   * change (legal)".
   */
  public String reason() {
    if (incident.isPresent()) {
      Incident i = incident.get();
      return i.breachNotified() != null
          ? i.severity()
              + " incident, personal-data breach notified to an authority on "
              + i.breachNotified()
          : i.severity() + " incident";
    }
    if (finding.isPresent()) {
      Finding f = finding.get();
      return f.kind()
          + " finding"
          + (f.auditType() == null ? "" : " of an " + f.auditType() + " audit");
    }
    Change c = change.orElseThrow();
    return "significant change" + (c.kind() == null ? "" : " (" + c.kind() + ")");
  }

  /** "incident", "finding" or "change". */
  public String noun() {
    return switch (kind) {
      case INCIDENT -> "incident";
      case FINDING -> "finding";
      default -> "change";
    };
  }

  /** "INC-2026-007 (sev1 incident, 2026-08-04)". */
  public String text() {
    if (incident.isPresent() && incident.get().breachNotified() != null) {
      Incident i = incident.get();
      return id
          + " ("
          + i.severity()
          + " incident opened "
          + i.opened().toLocalDate()
          + ", personal-data breach notified to an authority on "
          + i.breachNotified()
          + ")";
    }
    return id + " (" + reason() + ", " + day + ")";
  }
}
