package dev.isms.validation;

import dev.isms.problem.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The ids of one repository: file and folder names, unique across registers ignoring case, so
 * references stay unambiguous. Reports names that are no safe id, ids used twice and {@code id}
 * fields that differ from their file's name.
 */
public final class IdNamespace {
  /** Ids are file and folder names: portable, no path separators, no dots up front. */
  public static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

  private final Consumer<Problem> problems;
  private final Positions positions;

  /** Lower-cased id to the file that first claimed it. */
  private final Map<String, String> owners = new HashMap<>();

  private final Map<String, FileKind> kinds = new HashMap<>();

  /** File to the file whose id its name repeats, where that was reported already. */
  private final Map<String, String> nameDuplicates = new HashMap<>();

  /** {@code id} fields naming another file's id, judged once every file name is claimed. */
  private final List<Runnable> claimedIdChecks = new ArrayList<>();

  private final Map<FileKind, List<String>> candidateCache = new HashMap<>();

  public IdNamespace(Consumer<Problem> problems, Positions positions) {
    this.problems = problems;
    this.positions = positions;
  }

  /**
   * Registers the id a file's name gives; reports a name that is unsafe (then the file is not to be
   * read: false) or already taken (the file is still read).
   */
  public boolean claim(FileKind kind, String id, String rel) {
    if (!SAFE_ID.matcher(id).matches()) {
      problems.accept(
          ProblemId.INVALID_ID.error(
              rel,
              0,
              0,
              "`"
                  + id
                  + "` is not a valid id; ids are file names of letters, digits, `.`, `_` and"
                  + " `-`, starting with a letter or digit, at most 64 characters: rename it"));
      return false;
    }
    String key = id.toLowerCase(Locale.ROOT);
    String owner = owners.get(key);
    if (owner != null) {
      problems.accept(
          ProblemId.DUPLICATE_ID.error(
              rel,
              0,
              0,
              "uses the id `"
                  + id
                  + "`, which "
                  + owner
                  + " already has (ids are unique across registers, ignoring case, so"
                  + " references stay unambiguous); rename one of them"));
      nameDuplicates.put(rel, owner);
      return true;
    }
    owners.put(key, rel);
    kinds.put(key, kind);
    return true;
  }

  /** Reports an {@code id} field that differs from the id its file's name gives. */
  public void checkIdField(String rel, String expected, String actual) {
    if (actual != null && !actual.equals(expected)) {
      problems.accept(
          positions.error(
              ProblemId.ID_MISMATCH,
              rel,
              "/id",
              "has id `"
                  + actual
                  + "` but its file is named for `"
                  + expected
                  + "`; make them equal (the file name is the id)"));
      // judged once every file name is claimed, so the order files are read in does not matter
      claimedIdChecks.add(() -> checkClaimedId(rel, actual));
    }
  }

  /** Runs the checks {@link #checkIdField} deferred until every file name was claimed. */
  void checkClaimedIds() {
    claimedIdChecks.forEach(Runnable::run);
  }

  /**
   * An `id` field that names another file's id: one problem, on the file whose field is wrong,
   * unless its name already clashed with that same file (reported by {@link #claim}).
   */
  private void checkClaimedId(String rel, String actual) {
    String owner = owners.get(actual.toLowerCase(Locale.ROOT));
    if (owner == null || owner.equals(rel) || owner.equals(nameDuplicates.get(rel))) {
      return;
    }
    problems.accept(
        positions.error(
            ProblemId.DUPLICATE_ID,
            rel,
            "/id",
            "claims the id `"
                + actual
                + "`, which is the id of "
                + owner
                + ": give each item its own id (the file name is the id)"));
  }

  /** The kind of item that has this id, ignoring case. */
  Optional<FileKind> kindOf(String id) {
    return Optional.ofNullable(kinds.get(id.toLowerCase(Locale.ROOT)));
  }

  /** The ids of one kind (all ids for null), as spelled in their file names. */
  List<String> candidates(FileKind kind) {
    return candidateCache.computeIfAbsent(
        kind == null ? FileKind.ISMS : kind,
        k ->
            kinds.entrySet().stream()
                .filter(e -> kind == null || e.getValue() == kind)
                .map(e -> originalId(e.getKey()))
                .toList());
  }

  private String originalId(String lowerCaseKey) {
    String path = owners.get(lowerCaseKey);
    String name = Path.of(path).getFileName().toString();
    return name.equals("review.yaml")
        ? Path.of(path).getParent().getFileName().toString()
        : name.substring(0, name.length() - ".yaml".length());
  }
}
