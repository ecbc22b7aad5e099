package dev.isms.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.isms.git.CommitChanges;
import dev.isms.git.CommitSummary;
import dev.isms.git.GitFacade;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The commits that brought new data into register folders in a span of days: what refutes "No
 * change since review X" in the minutes, and what keeps {@code review new} from offering it.
 *
 * <p>New data is a register file (a {@code .yaml} file directly in the folder, as the loader reads
 * them) added, deleted, renamed or changed in what it says. A commit counts on its author's day,
 * which rebases keep. Not new data: files beside the items (READMEs, {@code .gitkeep}, anything in
 * a subfolder), and an edit that leaves a file's data as it was (comments, blank lines, quoting,
 * indentation, key order). A file that cannot be parsed before or after counts as changed.
 */
public final class RegisterChanges {
  /** The two history questions asked, with paths relative to the ISMS root. */
  public interface Trail {
    /**
     * The commits that touched a file under the folder, oldest first, with the paths they touched
     * (relative to the ISMS root).
     */
    List<CommitChanges> commitsChangingUnder(String relativeFolder);

    /** The file's text at a commit, if the file existed there. */
    Optional<String> readAt(String commitId, String relativePath);
  }

  private RegisterChanges() {}

  /** The trail of the Git repository that holds the ISMS root. */
  public static Trail trail(GitFacade git, Path root) {
    String folder = git.gitPath(root);
    String prefix = folder.isEmpty() ? "" : folder + "/";
    return new Trail() {
      @Override
      public List<CommitChanges> commitsChangingUnder(String relativeFolder) {
        return git.commitsChangingUnder(prefix + relativeFolder).stream()
            .map(
                c ->
                    new CommitChanges(
                        c.commit(),
                        c.firstParentId(),
                        c.paths().stream().map(p -> p.substring(prefix.length())).toList(),
                        c.signature()))
            .toList();
      }

      @Override
      public Optional<String> readAt(String commitId, String relativePath) {
        return git.readAt(commitId, prefix + relativePath);
      }
    };
  }

  /**
   * The commits, oldest first, authored after {@code after} and up to {@code until} (days,
   * inclusive), that brought new data into any of {@code folders} (relative to the ISMS root).
   */
  public static List<CommitSummary> between(
      Trail trail, List<String> folders, LocalDate after, LocalDate until) {
    YamlParsing yaml = new YamlParsing();
    Map<String, CommitSummary> found = new TreeMap<>();
    for (String folder : folders) {
      for (CommitChanges c : trail.commitsChangingUnder(folder)) {
        LocalDate day = c.commit().authorTime().toLocalDate();
        if (!day.isAfter(after) || day.isAfter(until)) {
          continue;
        }
        String key = c.commit().authorTime().toInstant() + c.commit().id();
        if (!found.containsKey(key) && changesData(trail, yaml, folder, c)) {
          found.put(key, c.commit());
        }
      }
    }
    return new ArrayList<>(found.values());
  }

  private static boolean changesData(
      Trail trail, YamlParsing yaml, String folder, CommitChanges commit) {
    for (String path : commit.paths()) {
      if (!isRegisterFile(folder, path)) {
        continue;
      }
      Optional<String> before =
          commit.firstParentId().flatMap(parent -> trail.readAt(parent, path));
      Optional<String> after = trail.readAt(commit.commit().id(), path);
      if (before.isEmpty() || after.isEmpty()) {
        return true; // added, deleted, or one half of a move
      }
      Optional<JsonNode> was = data(yaml, path, before.get());
      Optional<JsonNode> is = data(yaml, path, after.get());
      if (was.isEmpty() || is.isEmpty() || !Objects.equals(was.get(), is.get())) {
        return true;
      }
    }
    return false;
  }

  /** An item of the register: a .yaml file directly in the folder. */
  public static boolean isRegisterFile(String folder, String path) {
    String prefix = folder + "/";
    if (!path.startsWith(prefix)) {
      return false;
    }
    String name = path.substring(prefix.length());
    return !name.contains("/") && name.endsWith(".yaml");
  }

  private static Optional<JsonNode> data(YamlParsing yaml, String path, String text) {
    return yaml.parse(new SourceText(path, text), problem -> {})
        .map(dev.isms.validation.YamlDocument::root);
  }
}
