package dev.isms.store;

import dev.isms.action.Action;
import dev.isms.action.DueDates;
import dev.isms.git.FileVersion;
import dev.isms.git.GitFacade;
import dev.isms.validation.FileKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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
    YamlParsing yaml = new YamlParsing();
    Map<String, List<DueDates.Version>> all = new LinkedHashMap<>();
    for (Action action : repo.actions()) {
      String path = IsmsRepository.pathOf(FileKind.ACTION, action.id());
      List<DueDates.Version> versions = new ArrayList<>();
      for (FileVersion v : versionsOf.apply(path)) {
        versions.add(
            new DueDates.Version(
                v.commit().authorTime().toLocalDate(),
                due(yaml, path, v.text()).orElse(null),
                v.commit().shortId()));
      }
      all.put(action.id(), versions);
    }
    return DueDates.of(all);
  }

  /**
   * The due dates from the history of the Git repository the ISMS lies in; {@link DueDates#NONE}
   * outside Git or before the first commit.
   */
  public static DueDates read(IsmsRepository repo, Optional<GitFacade> git) {
    if (git.isEmpty() || git.get().head().isEmpty()) {
      return DueDates.NONE;
    }
    GitFacade g = git.get();
    return read(repo, rel -> g.versionsOf(g.gitPath(repo.root().resolve(rel))));
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
