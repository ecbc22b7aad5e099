package dev.isms.store;

import dev.isms.action.Action;
import dev.isms.action.DueDates;
import dev.isms.git.CommitSummary;
import dev.isms.git.FileVersion;
import dev.isms.git.GitFacade;
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
 * The due dates of every action as its file's Git history records them ({@link DueDates}): the
 * {@code due} of each committed version, with the day it was committed (the author's date, which
 * rebases keep). The versions come from the history index, walked once per run.
 */
public final class ActionDueHistory {
  private ActionDueHistory() {}

  /**
   * @param versionsOf the committed versions of a file, oldest first, by its path relative to the
   *     ISMS root
   */
  public static DueDates read(IsmsRepository repo, Function<String, List<FileVersion>> versionsOf) {
    return DueDates.of(versions(repo, versionsOf, Set.of(), new ArrayList<>()));
  }

  /**
   * The versions of each action's file, by action id; the actions whose oldest version was left by
   * one of the {@code boundaries} (a shallow clone's oldest commits) go to {@code unsure}.
   */
  private static Map<String, List<DueDates.Version>> versions(
      IsmsRepository repo,
      Function<String, List<FileVersion>> versionsOf,
      Set<String> boundaries,
      List<String> unsure) {
    YamlParsing yaml = new YamlParsing();
    Map<String, List<DueDates.Version>> all = new LinkedHashMap<>();
    for (Action action : repo.actions()) {
      String path = IsmsRepository.pathOf(FileKind.ACTION, action.id());
      List<DueDates.Version> versions = new ArrayList<>();
      List<FileVersion> committed = versionsOf.apply(path);
      if (!committed.isEmpty() && boundaries.contains(committed.get(0).commit().id())) {
        unsure.add(action.id());
      }
      for (FileVersion v : committed) {
        versions.add(
            new DueDates.Version(
                v.commit().authorTime().toLocalDate(),
                due(yaml, path, v.text()).orElse(null),
                v.commit().shortId()));
      }
      all.put(action.id(), versions);
    }
    return all;
  }

  /**
   * The due dates from the history of the Git repository the ISMS lies in; {@link DueDates#NONE}
   * outside Git or before the first commit. In a shallow clone the actions whose file its oldest
   * commit already held are named as unsure ({@link DueDates#shallowNote}).
   */
  public static DueDates read(IsmsRepository repo, Optional<GitFacade> git) {
    if (git.isEmpty() || git.get().head().isEmpty()) {
      return DueDates.NONE;
    }
    GitFacade g = git.get();
    Function<String, List<FileVersion>> versionsOf =
        rel -> g.versionsOf(g.gitPath(repo.root().resolve(rel)));
    if (!g.isShallow()) {
      return read(repo, versionsOf);
    }
    List<CommitSummary> boundaries = g.shallowBoundaries();
    List<String> unsure = new ArrayList<>();
    Map<String, List<DueDates.Version>> all =
        versions(
            repo,
            versionsOf,
            boundaries.stream().map(CommitSummary::id).collect(Collectors.toSet()),
            unsure);
    LocalDate from =
        boundaries.stream()
            .map(c -> c.authorTime().toLocalDate())
            .min(Comparator.naturalOrder())
            .orElse(null);
    return DueDates.ofShallowClone(all, new DueDates.Shallow(from, unsure));
  }

  /** The {@code due} of one version, if it holds a valid date (an unreadable version has none). */
  private static Optional<LocalDate> due(YamlParsing yaml, String path, String text) {
    return yaml.parse(new SourceText(path, text), problem -> {})
        .map(doc -> doc.root().path("due"))
        .filter(node -> node.isTextual())
        .flatMap(
            node -> {
              try {
                return Optional.of(LocalDate.parse(node.asText()));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }
}
