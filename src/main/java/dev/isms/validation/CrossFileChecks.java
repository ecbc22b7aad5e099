package dev.isms.validation;

import dev.isms.action.Action;
import dev.isms.audit.Audit;
import dev.isms.config.IsmsConfig;
import dev.isms.config.Procedure;
import dev.isms.config.ReviewType;
import dev.isms.finding.Finding;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.framework.Obligation;
import dev.isms.framework.ObligationCatalog;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.problem.Problem;
import dev.isms.problem.Suggestions;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The checks that span files, run on items that each passed their schema: references between items,
 * review types and frameworks named in isms.yaml or a review, and the few value rules a schema
 * cannot say (a period measured twice, an incident resolved before it opened).
 */
public final class CrossFileChecks {
  private final FrameworkCatalog frameworks;
  private final ObligationCatalog obligations;
  private final IdNamespace ids;
  private final Positions positions;
  private final Consumer<Problem> problems;

  public CrossFileChecks(
      FrameworkCatalog frameworks,
      ObligationCatalog obligations,
      IdNamespace ids,
      Positions positions,
      Consumer<Problem> problems) {
    this.frameworks = frameworks;
    this.obligations = obligations;
    this.ids = ids;
    this.positions = positions;
    this.problems = problems;
  }

  /**
   * isms.yaml's clause set (the union of `frameworks:` for an integrated review); reports a
   * framework isms does not know.
   */
  public Optional<ClauseSet> framework(IsmsConfig config) {
    List<String> names = config.frameworkIds();
    if (names.isEmpty()) {
      problems.accept(
          positions.error(
              ProblemId.UNKNOWN_FRAMEWORK,
              "isms.yaml",
              "",
              "isms.yaml names no standard: add `framework: iso27001-2022`, or `frameworks:"
                  + " [iso27001-2022, iso9001-2015]` for an integrated review (one of: "
                  + String.join(", ", frameworks.ids())
                  + ")"));
      return Optional.empty();
    }
    boolean known = true;
    for (int i = 0; i < names.size(); i++) {
      if (frameworks.find(names.get(i)).isEmpty()) {
        known = false;
        String pointer = config.frameworks().isEmpty() ? "/framework" : "/frameworks/" + i;
        problems.accept(
            positions.error(
                ProblemId.UNKNOWN_FRAMEWORK,
                "isms.yaml",
                pointer,
                "framework `"
                    + names.get(i)
                    + "` is not known; use one of: "
                    + String.join(", ", frameworks.ids())
                    + "."
                    + Suggestions.didYouMean(names.get(i), frameworks.ids())));
      }
    }
    checkProcedure(config.procedure());
    return known ? frameworks.find(names).map(config.procedure()::applyTo) : Optional.empty();
  }

  /** isms.yaml's other obligations (SOC 2, PCI DSS); reports one isms does not know. */
  public List<Obligation> obligations(IsmsConfig config) {
    List<String> names = config.obligations();
    for (int i = 0; i < names.size(); i++) {
      if (obligations.find(names.get(i)).isEmpty()) {
        problems.accept(
            positions.error(
                ProblemId.UNKNOWN_OBLIGATION,
                "isms.yaml",
                "/obligations/" + i,
                "obligation `"
                    + names.get(i)
                    + "` is not known; use one of: "
                    + String.join(", ", obligations.ids())
                    + "."
                    + Suggestions.didYouMean(names.get(i), obligations.ids())));
      }
    }
    return obligations.findAll(names);
  }

  /** An id the organisation's procedure gives twice would make two sections of one name. */
  private void checkProcedure(Procedure procedure) {
    for (String part : List.of("inputs", "results")) {
      List<Procedure.Item> items = part.equals("inputs") ? procedure.inputs() : procedure.results();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < items.size(); i++) {
        if (!seen.add(items.get(i).id())) {
          problems.accept(
              positions.error(
                  ProblemId.DUPLICATE_ID,
                  "isms.yaml",
                  "/procedure/" + part + "/" + i + "/id",
                  "procedure "
                      + part
                      + " use the id `"
                      + items.get(i).id()
                      + "` twice: give each its own id"));
        }
      }
    }
  }

  /** Every check across files, once all files are read ({@code config} null when invalid). */
  public void check(
      IsmsConfig config,
      List<Kpi> kpis,
      List<Risk> risks,
      List<Action> actions,
      List<Finding> findings,
      List<Incident> incidents,
      List<Review> reviews) {
    for (Action a : actions) {
      if (a.source() != null) {
        expect(FileKind.ACTION.pathOf(a.id()), "/source", a.source(), null, "source");
      }
    }
    for (Finding f : findings) {
      String rel = FileKind.FINDING.pathOf(f.id());
      for (int i = 0; i < f.correctiveActions().size(); i++) {
        expect(
            rel,
            "/corrective_actions/" + i,
            f.correctiveActions().get(i),
            FileKind.ACTION,
            "corrective action");
      }
    }
    for (Kpi k : kpis) {
      String rel = FileKind.KPI.pathOf(k.id());
      if (k.objective() != null) {
        expect(rel, "/objective", k.objective(), FileKind.OBJECTIVE, "objective");
      }
      checkMeasurements(rel, k);
    }
    for (Risk r : risks) {
      String rel = FileKind.RISK.pathOf(r.id());
      for (int i = 0; i < r.actions().size(); i++) {
        expect(rel, "/actions/" + i, r.actions().get(i), FileKind.ACTION, "treatment action");
      }
    }
    for (Incident inc : incidents) {
      checkIncident(inc);
    }
    if (config != null) {
      checkCountsAs(config);
    }
    for (Review r : reviews) {
      checkReview(r, config);
    }
    ids.checkClaimedIds();
  }

  /**
   * A type a review type counts as ({@code counts_as}) must be another type of isms.yaml with a
   * cadence: only a cadence is restarted by a review that stands in for it.
   */
  private void checkCountsAs(IsmsConfig config) {
    config
        .reviewTypes()
        .forEach(
            (name, type) -> {
              for (int i = 0; i < type.countsAs().size(); i++) {
                String other = type.countsAs().get(i);
                Optional<ReviewType> target = config.reviewType(other);
                Optional<String> why = countsAsProblem(config, name, other);
                if (why.isPresent()) {
                  problems.accept(
                      positions.error(
                          target.isEmpty()
                              ? ProblemId.UNKNOWN_REVIEW_TYPE
                              : ProblemId.INVALID_VALUE,
                          "isms.yaml",
                          "/review_types/" + name + "/counts_as/" + i,
                          "review_types."
                              + name
                              + ".counts_as names `"
                              + other
                              + "`, "
                              + why.get()));
                }
              }
            });
  }

  /** What is wrong with naming {@code other} in the counts_as of {@code name}, and the fix. */
  private static Optional<String> countsAsProblem(IsmsConfig config, String name, String other) {
    Optional<ReviewType> target = config.reviewType(other);
    if (target.isEmpty() || other.equals(name)) {
      Set<String> others = new java.util.LinkedHashSet<>(config.reviewTypes().keySet());
      others.remove(name);
      return Optional.of(
          (target.isEmpty() ? "which isms.yaml does not define" : "the type itself")
              + ": name another review type of isms.yaml ("
              + String.join(", ", others)
              + ") or remove the entry."
              + Suggestions.didYouMean(other, others));
    }
    if (target.get().every() == null) {
      return Optional.of(
          "which has no cadence (`every`), and counts_as only restarts a cadence: remove the"
              + " entry, or give "
              + other
              + " an `every`");
    }
    return Optional.empty();
  }

  /** The value rules of the audits register that its schema cannot say. */
  public void checkAudits(List<Audit> audits) {
    for (Audit a : audits) {
      if (a.ends() != null && a.ends().isBefore(a.starts())) {
        problems.accept(
            positions.error(
                ProblemId.INVALID_VALUE,
                FileKind.AUDIT.pathOf(a.id()),
                "/ends",
                "`ends` ("
                    + a.ends()
                    + ") is before `starts` ("
                    + a.starts()
                    + "); give the audit's first and last day"));
      }
    }
  }

  private void checkIncident(Incident inc) {
    String rel = FileKind.INCIDENT.pathOf(inc.id());
    for (int i = 0; i < inc.actions().size(); i++) {
      expect(rel, "/actions/" + i, inc.actions().get(i), FileKind.ACTION, "action");
    }
    if (inc.resolved() != null && inc.resolved().isBefore(inc.opened())) {
      problems.accept(
          positions.error(
              ProblemId.INVALID_VALUE,
              rel,
              "/resolved",
              "`resolved` is before `opened`; check both timestamps and their offsets"));
    }
  }

  private void checkReview(Review r, IsmsConfig config) {
    String rel = FileKind.REVIEW.pathOf(r.id());
    if (r.trigger() != null) {
      expect(rel, "/trigger", r.trigger(), null, "trigger");
    }
    if (config != null && config.reviewType(r.type()).isEmpty()) {
      problems.accept(
          positions.error(
              ProblemId.UNKNOWN_REVIEW_TYPE,
              rel,
              "/type",
              "review type `"
                  + r.type()
                  + "` is not defined in isms.yaml (review_types: "
                  + String.join(", ", config.reviewTypes().keySet())
                  + ")."
                  + Suggestions.didYouMean(r.type(), config.reviewTypes().keySet())));
    }
    if (r.framework() != null && frameworks.find(r.framework()).isEmpty()) {
      problems.accept(
          positions.error(
              ProblemId.UNKNOWN_FRAMEWORK,
              rel,
              "/framework",
              "framework `"
                  + r.framework()
                  + "` is not known; use one of: "
                  + String.join(", ", frameworks.ids())));
    }
  }

  private void checkMeasurements(String rel, Kpi kpi) {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < kpi.measurements().size(); i++) {
      String period = kpi.measurements().get(i).period();
      Integer first = seen.putIfAbsent(period, i);
      if (first != null) {
        String pointer = "/measurements/" + i;
        problems.accept(
            positions.error(
                ProblemId.INVALID_VALUE,
                rel,
                pointer,
                "measures period "
                    + period
                    + " twice (also at line "
                    + positions.line(rel, "/measurements/" + first)
                    + "); keep one value per period"));
      }
    }
  }

  /** Reports a reference to an id that no file has (or that names the wrong kind of item). */
  private void expect(String rel, String pointer, String id, FileKind kind, String what) {
    Optional<FileKind> actual = ids.kindOf(id);
    if (actual.isPresent() && (kind == null || actual.get() == kind)) {
      return;
    }
    String where = kind == null ? "any register" : kind.location() + "/";
    String message =
        actual.isPresent()
            ? what
                + " `"
                + id
                + "` is a "
                + actual.get().schemaName()
                + ", not a "
                + kind.schemaName()
                + "; point it at an item of "
                + where
            : what
                + " `"
                + id
                + "` does not exist in "
                + where
                + "."
                + Suggestions.didYouMean(id, ids.candidates(kind))
                + " Fix the id or add the item";
    problems.accept(positions.error(ProblemId.UNKNOWN_REFERENCE, rel, pointer, message));
  }
}
