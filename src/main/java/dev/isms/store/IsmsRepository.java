package dev.isms.store;

import dev.isms.action.Action;
import dev.isms.audit.Audit;
import dev.isms.audit.Audits;
import dev.isms.change.Change;
import dev.isms.config.IsmsConfig;
import dev.isms.finding.Finding;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.Obligation;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.objective.Objective;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.supplier.Supplier;
import dev.isms.validation.FileKind;
import dev.isms.validation.YamlDocument;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an ISMS repository holds, loaded once per run. Lists are sorted by id (reviews by
 * date, then id). {@code documents} keeps each file's parsed YAML so that later rules can point at
 * lines.
 */
public record IsmsRepository(
    Path root,
    IsmsConfig config,
    ClauseSet framework,
    List<Obligation> obligations,
    List<Kpi> kpis,
    List<Objective> objectives,
    List<Risk> risks,
    List<Action> actions,
    List<Finding> findings,
    List<Incident> incidents,
    List<Change> changes,
    List<Audit> audits,
    List<Supplier> suppliers,
    List<Review> reviews,
    Map<String, YamlDocument> documents) {

  public static final Comparator<Review> BY_DATE = Review.BY_DATE;

  public IsmsRepository {
    obligations = List.copyOf(obligations);
    kpis = List.copyOf(kpis);
    objectives = List.copyOf(objectives);
    risks = List.copyOf(risks);
    actions = List.copyOf(actions);
    findings = List.copyOf(findings);
    incidents = List.copyOf(incidents);
    changes = List.copyOf(changes);
    audits = List.copyOf(audits);
    suppliers = List.copyOf(suppliers);
    reviews = reviews.stream().sorted(BY_DATE).toList();
    documents = Map.copyOf(documents);
  }

  public Optional<Action> action(String id) {
    return actions.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Risk> risk(String id) {
    return risks.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<Incident> incident(String id) {
    return incidents.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  public Optional<Review> review(String id) {
    return reviews.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public Optional<Finding> finding(String id) {
    return findings.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The audits register: the next booked external audit, the audits already started. */
  public Audits auditRegister() {
    return new Audits(audits);
  }

  /** The audit a finding names in its {@code audit} field, where that is an audit's id. */
  public Optional<Audit> auditOf(Finding finding) {
    return finding.audit() == null ? Optional.empty() : auditRegister().byId(finding.audit());
  }

  public Optional<Objective> objective(String id) {
    return objectives.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The actions that follow an incident up: its own list, then every action whose source is the
   * incident or a review it triggered (other than {@code exceptReview}, the one being prepared).
   */
  public List<Action> actionsFollowingUp(Incident incident, String exceptReview) {
    java.util.Set<String> sources = new java.util.LinkedHashSet<>(List.of(incident.id()));
    reviews.stream()
        .filter(r -> incident.id().equals(r.trigger()) && !r.id().equals(exceptReview))
        .forEach(r -> sources.add(r.id()));
    java.util.Set<String> ids = new java.util.LinkedHashSet<>(incident.actions());
    actions.stream()
        .filter(a -> sources.contains(a.source()))
        .sorted(Comparator.comparing(Action::id))
        .forEach(a -> ids.add(a.id()));
    List<Action> found = new java.util.ArrayList<>();
    for (String id : ids) {
      action(id).ifPresent(found::add);
    }
    return found;
  }

  /** When an action was raised: its own date, else the date of the item it came from. */
  public Optional<java.time.LocalDate> raisedOn(Action action) {
    if (action.raised() != null) {
      return Optional.of(action.raised());
    }
    String source = action.source();
    if (source == null) {
      return Optional.empty();
    }
    return review(source)
        .map(Review::date)
        .or(() -> finding(source).map(Finding::raised))
        .or(() -> incident(source).map(i -> i.opened().toLocalDate()));
  }

  /** The path of an item's file relative to the root, as problems name it. */
  public static String pathOf(FileKind kind, String id) {
    return kind.pathOf(id);
  }

  /** The line where a field of an item's file starts, or 0 when unknown. */
  public int lineOf(String relativePath, String pointer) {
    YamlDocument doc = documents.get(relativePath);
    return doc == null ? 0 : doc.positionOf(pointer).line();
  }

  /** The folder of a review. */
  public Path reviewDir(String reviewId) {
    return root.resolve("reviews").resolve(reviewId);
  }
}
