package dev.isms.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.isms.duedate.DueDates;
import dev.isms.git.CommitSummary;
import dev.isms.git.FileVersion;
import dev.isms.git.GitFacade;
import dev.isms.git.MissingHistoryException;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The dates items have had, as their files' Git history records them ({@link DueDates}): an
 * action's {@code due} or a risk's {@code treatment_due} in each committed version, and its {@code
 * status} (when an action was cancelled), with the day it was committed (the author's date, which
 * rebases keep). The versions come from the history index, walked once per run.
 */
public final class DueDateHistory {
  private DueDateHistory() {}

  /** The actions' due dates from the history of the Git repository the ISMS lies in. */
  public static DueDates actions(IsmsRepository repo, Optional<GitFacade> git) {
    return read(repo, DueDates.Kind.ACTION_DUE, git);
  }

  /** The risks' treatment dates from the history of the Git repository the ISMS lies in. */
  public static DueDates riskTreatments(IsmsRepository repo, Optional<GitFacade> git) {
    return read(repo, DueDates.Kind.RISK_TREATMENT, git);
  }

  /**
   * @param versionsOf the committed versions of a file, oldest first, by its path relative to the
   *     ISMS root
   */
  public static DueDates read(
      IsmsRepository repo, DueDates.Kind kind, Function<String, List<FileVersion>> versionsOf) {
    return DueDates.of(kind, versions(repo, kind, versionsOf, Set.of(), new ArrayList<>()));
  }

  /** The ids of the register's items and the file kind they are stored as. */
  private static List<String> ids(IsmsRepository repo, DueDates.Kind kind) {
    return switch (kind) {
      case ACTION_DUE -> repo.actions().stream().map(a -> a.id()).toList();
      case RISK_TREATMENT -> repo.risks().stream().map(r -> r.id()).toList();
    };
  }

  private static FileKind fileKind(DueDates.Kind kind) {
    return switch (kind) {
      case ACTION_DUE -> FileKind.ACTION;
      case RISK_TREATMENT -> FileKind.RISK;
    };
  }

  /**
   * The versions of each item's file, by item id; the items whose oldest version was left by one of
   * the {@code boundaries} (a shallow clone's oldest commits) go to {@code unsure}.
   */
  private static Map<String, List<DueDates.Version>> versions(
      IsmsRepository repo,
      DueDates.Kind kind,
      Function<String, List<FileVersion>> versionsOf,
      Set<String> boundaries,
      List<String> unsure) {
    YamlParsing yaml = new YamlParsing();
    Map<String, List<DueDates.Version>> all = new LinkedHashMap<>();
    for (String id : ids(repo, kind)) {
      String path = IsmsRepository.pathOf(fileKind(kind), id);
      List<DueDates.Version> versions = new ArrayList<>();
      List<FileVersion> committed = versionsOf.apply(path);
      if (!committed.isEmpty() && boundaries.contains(committed.get(0).commit().id())) {
        unsure.add(id);
      }
      for (FileVersion v : committed) {
        Optional<JsonNode> root =
            yaml.parse(new SourceText(path, v.text()), problem -> {}).map(doc -> doc.root());
        versions.add(
            new DueDates.Version(
                v.commit().authorTime().toLocalDate(),
                root.flatMap(r -> date(r.path(kind.field()))).orElse(null),
                root.map(r -> r.path("status"))
                    .filter(JsonNode::isTextual)
                    .map(JsonNode::asText)
                    .orElse(null),
                v.commit().shortId()));
      }
      all.put(id, versions);
    }
    return all;
  }

  /**
   * The dates from the history of the Git repository the ISMS lies in; none known outside Git or
   * before the first commit. In a shallow clone the items whose file its oldest commit already held
   * are named as unsure ({@link DueDates#shallowNote}).
   */
  private static DueDates read(IsmsRepository repo, DueDates.Kind kind, Optional<GitFacade> git) {
    if (git.isEmpty() || git.get().head().isEmpty()) {
      return DueDates.none(kind);
    }
    try {
      return fromHistory(repo, kind, git.get());
    } catch (MissingHistoryException e) {
      return DueDates.unreadable(kind, e.getMessage());
    }
  }

  private static DueDates fromHistory(IsmsRepository repo, DueDates.Kind kind, GitFacade g) {
    Function<String, List<FileVersion>> versionsOf =
        rel -> g.versionsOf(g.gitPath(repo.root().resolve(rel)));
    if (!g.isShallow()) {
      return read(repo, kind, versionsOf);
    }
    List<CommitSummary> boundaries = g.shallowBoundaries();
    List<String> unsure = new ArrayList<>();
    Map<String, List<DueDates.Version>> all =
        versions(
            repo,
            kind,
            versionsOf,
            boundaries.stream().map(CommitSummary::id).collect(Collectors.toSet()),
            unsure);
    LocalDate from =
        boundaries.stream()
            .map(c -> c.authorTime().toLocalDate())
            .min(Comparator.naturalOrder())
            .orElse(null);
    return DueDates.ofShallowClone(kind, all, new DueDates.Shallow(from, unsure));
  }

  /** The date a field of one version holds, if valid (an unreadable version has none). */
  private static Optional<LocalDate> date(JsonNode node) {
    if (!node.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(node.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
