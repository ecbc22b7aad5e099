package dev.isms.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The Git history reachable from one commit, walked once and asked many questions: which commits
 * touched a path, the first commit of a path (with or without a test of its content), the newest
 * commit before a moment, the newest commit that changed a folder. Each commit's tree is compared
 * with its parents' once, when a question first needs it, and only inside the scope folder (the
 * ISMS root in a monorepo).
 *
 * <p>A commit touches a path as {@code git log -- path} counts it: an ordinary commit when the path
 * differs from its parent, a root commit (or the boundary of a shallow clone) when it holds the
 * path, a merge when the path differs from every parent. Commits are listed in the order {@code git
 * log} walks them: newest commit time first. One difference to {@code git log -- path}: git prunes
 * a side branch whose merge took the path unchanged from the other parent, while the index keeps
 * every commit that touched the path, so a change made and undone on a side branch still counts.
 */
public final class HistoryIndex {
  /** A commit that touched a path, and the blob it left there (zero id: deleted). */
  private record Touch(int commit, ObjectId blob) {}

  /** What one commit changed: paths touched as git log counts them, and changed from parent 1. */
  private record Changes(List<String> touched, List<String> changedFromFirstParent) {}

  private final Repository repository;
  private final String scope;
  private final List<RevCommit> commits;
  private final Map<ObjectId, Integer> position = new HashMap<>();
  private final Changes[] changes;
  private Map<String, List<Touch>> touches;
  private final Map<ObjectId, java.util.BitSet> reachable = new HashMap<>();

  private HistoryIndex(Repository repository, String scope, List<RevCommit> commits) {
    this.repository = repository;
    this.scope = scope;
    this.commits = commits;
    this.changes = new Changes[commits.size()];
    for (int i = 0; i < commits.size(); i++) {
      position.put(commits.get(i).copy(), i);
    }
  }

  /**
   * Walks the commits reachable from {@code head} (headers only; trees are compared when a question
   * needs them). {@code scope} is a folder of the work tree ("" for all of it): questions about
   * paths outside it are not this index's to answer.
   */
  public static HistoryIndex walk(Repository repository, ObjectId head, String scope)
      throws IOException {
    List<RevCommit> commits = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        commits.add(commit);
      }
    }
    return new HistoryIndex(repository, scope, commits);
  }

  /** The folder this index covers ("" for the whole work tree). */
  public String scope() {
    return scope;
  }

  /**
   * Whether a path (a file or a folder; "" for the whole work tree) lies inside the scope, so the
   * index can answer for it.
   */
  public boolean covers(String gitPath) {
    return scope.isEmpty()
        || (!gitPath.isEmpty() && (gitPath.equals(scope) || gitPath.startsWith(scope + "/")));
  }

  /** The commit the walk started from. */
  public RevCommit head() {
    return commits.get(0);
  }

  /** Every commit reachable from the head, newest first. */
  public List<RevCommit> commits() {
    return List.copyOf(commits);
  }

  /** The commits that touched a path, newest first, as {@code git log -- path} lists them. */
  public List<RevCommit> commitsTouching(String gitPath) throws IOException {
    List<RevCommit> found = new ArrayList<>();
    for (Touch touch : touches().getOrDefault(gitPath, List.of())) {
      found.add(commits.get(touch.commit()));
    }
    return found;
  }

  /**
   * The commits that touched a file under a folder, newest first as {@code git log -- folder} lists
   * them, each with the paths under the folder it touched (sorted).
   */
  public Map<RevCommit, List<String>> commitsTouchingUnder(String gitFolder) throws IOException {
    String prefix = gitFolder.isEmpty() || gitFolder.endsWith("/") ? gitFolder : gitFolder + "/";
    java.util.TreeMap<Integer, List<String>> byCommit = new java.util.TreeMap<>();
    for (Map.Entry<String, List<Touch>> e : touches().entrySet()) {
      if (e.getKey().startsWith(prefix)) {
        for (Touch touch : e.getValue()) {
          byCommit.computeIfAbsent(touch.commit(), k -> new ArrayList<>()).add(e.getKey());
        }
      }
    }
    Map<RevCommit, List<String>> found = new java.util.LinkedHashMap<>();
    byCommit.forEach((i, paths) -> found.put(commits.get(i), paths.stream().sorted().toList()));
    return found;
  }

  /**
   * Whether {@code commit} is {@code tip} or one of its ancestors; false when either is not in this
   * history.
   */
  public boolean isInHistoryOf(ObjectId commit, ObjectId tip) {
    Integer start = position.get(tip);
    Integer at = position.get(commit);
    if (start == null || at == null) {
      return false;
    }
    return reachable.computeIfAbsent(tip.copy(), id -> ancestors(start)).get(at);
  }

  /** The oldest commit that touched the path: the one that first added it. */
  public Optional<RevCommit> firstCommitTouching(String gitPath) throws IOException {
    List<Touch> list = touches().getOrDefault(gitPath, List.of());
    return list.isEmpty()
        ? Optional.empty()
        : Optional.of(commits.get(list.get(list.size() - 1).commit()));
  }

  /**
   * The oldest commit that touched the path and left text there for which {@code content} holds
   * (each version is read once, by its blob id).
   */
  public Optional<RevCommit> firstCommitWhere(String gitPath, Predicate<String> content)
      throws IOException {
    List<Touch> list = touches().getOrDefault(gitPath, List.of());
    try (ObjectReader reader = repository.newObjectReader()) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Touch touch = list.get(i);
        if (touch.blob().equals(ObjectId.zeroId())) {
          continue; // deleted here
        }
        String text = new String(reader.open(touch.blob()).getBytes(), StandardCharsets.UTF_8);
        if (content.test(text)) {
          return Optional.of(commits.get(touch.commit()));
        }
      }
    }
    return Optional.empty();
  }

  /** A version of a file: the commit that left it and its text. */
  public record Version(RevCommit commit, String text) {}

  /**
   * Every version of a file the history holds, oldest first: the text each commit that touched the
   * path left there (deletions left out). Each blob is read once; an action file's versions give
   * the history of its {@code due}.
   */
  public List<Version> versionsOf(String gitPath) throws IOException {
    List<Touch> list = touches().getOrDefault(gitPath, List.of());
    List<Version> versions = new ArrayList<>();
    Map<ObjectId, String> texts = new HashMap<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      for (int i = list.size() - 1; i >= 0; i--) {
        Touch touch = list.get(i);
        if (touch.blob().equals(ObjectId.zeroId())) {
          continue; // deleted here
        }
        String text = texts.get(touch.blob());
        if (text == null) {
          text = new String(reader.open(touch.blob()).getBytes(), StandardCharsets.UTF_8);
          texts.put(touch.blob(), text);
        }
        versions.add(new Version(commits.get(touch.commit()), text));
      }
    }
    return versions;
  }

  /**
   * The commits that touched a path and are not in the history of {@code since} (made after it),
   * newest first; empty when {@code since} is not in this history.
   */
  public List<RevCommit> commitsTouchingAfter(String gitPath, ObjectId since) throws IOException {
    Integer start = position.get(since);
    if (start == null) {
      return List.of();
    }
    java.util.BitSet before = reachable.computeIfAbsent(since.copy(), id -> ancestors(start));
    List<RevCommit> found = new ArrayList<>();
    for (Touch touch : touches().getOrDefault(gitPath, List.of())) {
      if (!before.get(touch.commit())) {
        found.add(commits.get(touch.commit()));
      }
    }
    return found;
  }

  private java.util.BitSet ancestors(int start) {
    java.util.BitSet seen = new java.util.BitSet(commits.size());
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      int at = todo.pop();
      if (seen.get(at)) {
        continue;
      }
      seen.set(at);
      for (RevCommit parent : commits.get(at).getParents()) {
        Integer p = position.get(parent);
        if (p != null && !seen.get(p)) {
          todo.push(p);
        }
      }
    }
    return seen;
  }

  /** Every file ever committed under a folder ("" for the scope), in any commit of the history. */
  public Set<String> pathsEverUnder(String gitFolder) throws IOException {
    String prefix = gitFolder.isEmpty() || gitFolder.endsWith("/") ? gitFolder : gitFolder + "/";
    Set<String> paths = new TreeSet<>();
    for (String path : touches().keySet()) {
      if (path.startsWith(prefix)) {
        paths.add(path);
      }
    }
    return paths;
  }

  /** The newest commit whose commit time is at or before {@code instant}. */
  public Optional<RevCommit> lastCommitAtOrBefore(Instant instant) {
    for (RevCommit commit : commits) {
      if (!commit.getCommitterIdent().getWhenAsInstant().isAfter(instant)) {
        return Optional.of(commit);
      }
    }
    return Optional.empty();
  }

  /**
   * The earliest author time of the commits (in a shallow clone: of those it has), in the author's
   * zone: the day from which history can say what changed, as author days are what rebases keep.
   */
  public Optional<ZonedDateTime> earliestAuthorTime() {
    return commits.stream()
        .map(c -> c.getAuthorIdent())
        .min(java.util.Comparator.comparing(a -> a.getWhenAsInstant()))
        .map(a -> a.getWhenAsInstant().atZone(a.getZoneId()));
  }

  /** The commit time of the oldest commit (in a shallow clone: the oldest it has). */
  public Instant oldestCommitTime() {
    Instant oldest = null;
    for (RevCommit commit : commits) {
      Instant when = commit.getCommitterIdent().getWhenAsInstant();
      if (oldest == null || when.isBefore(oldest)) {
        oldest = when;
      }
    }
    return oldest;
  }

  /**
   * The newest commit at or before {@code instant} that touched a file under a folder, as {@code
   * git log -1 --before=instant -- folder} finds it.
   */
  public Optional<RevCommit> lastCommitTouching(String gitFolder, Instant instant)
      throws IOException {
    String prefix = gitFolder.isEmpty() || gitFolder.endsWith("/") ? gitFolder : gitFolder + "/";
    for (int i = 0; i < commits.size(); i++) {
      if (commits.get(i).getCommitterIdent().getWhenAsInstant().isAfter(instant)) {
        continue;
      }
      for (String path : changes(i).touched()) {
        if (path.startsWith(prefix)) {
          return Optional.of(commits.get(i));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The newest commit, following first parents from the head, that changed a file under {@code
   * gitFolder} ("" for the scope) other than those {@code ignored} accepts, compared with its first
   * parent. The oldest commit (a root, or the boundary of a shallow clone) counts as changing every
   * file it holds.
   */
  public Optional<RevCommit> lastCommitChanging(String gitFolder, Predicate<String> ignored)
      throws IOException {
    String prefix = gitFolder.isEmpty() || gitFolder.endsWith("/") ? gitFolder : gitFolder + "/";
    Integer at = 0;
    while (at != null) {
      for (String path : changes(at).changedFromFirstParent()) {
        if (path.startsWith(prefix) && !ignored.test(path)) {
          return Optional.of(commits.get(at));
        }
      }
      RevCommit commit = commits.get(at);
      at = commit.getParentCount() == 0 ? null : position.get(commit.getParent(0));
    }
    return Optional.empty();
  }

  /** Path to the commits that touched it, newest first: built once, on the first question. */
  private Map<String, List<Touch>> touches() throws IOException {
    if (touches == null) {
      Map<String, List<Touch>> all = new HashMap<>();
      try (ObjectReader reader = repository.newObjectReader()) {
        for (int i = 0; i < commits.size(); i++) {
          changes(i, reader, all);
        }
      }
      touches = all;
    }
    return touches;
  }

  private Changes changes(int i) throws IOException {
    if (changes[i] != null) {
      return changes[i];
    }
    try (ObjectReader reader = repository.newObjectReader()) {
      return changes(i, reader, null);
    }
  }

  /**
   * Compares commit {@code i} with its parents (once; the result is kept), and when {@code index}
   * is given adds what it touched there.
   */
  private Changes changes(int i, ObjectReader reader, Map<String, List<Touch>> index)
      throws IOException {
    RevCommit commit = commits.get(i);
    int parents = commit.getParentCount();
    int mine = Math.max(parents, 1);
    List<String> touched = new ArrayList<>();
    List<String> fromFirst = new ArrayList<>();
    List<ObjectId> blobs = new ArrayList<>();
    boolean known = changes[i] != null;
    try (TreeWalk tree = new TreeWalk(repository, reader)) {
      if (parents == 0) {
        tree.addTree(new EmptyTreeIterator());
      }
      for (int p = 0; p < parents; p++) {
        tree.addTree(commit.getParent(p).getTree());
      }
      tree.addTree(commit.getTree());
      tree.setRecursive(true);
      tree.setFilter(
          scope.isEmpty()
              ? TreeFilter.ANY_DIFF
              : AndTreeFilter.create(PathFilter.create(scope), TreeFilter.ANY_DIFF));
      while (tree.next()) {
        String path = tree.getPathString();
        boolean differsFromAll = true;
        for (int p = 0; p < mine; p++) {
          if (same(tree, p, mine)) {
            differsFromAll = false;
            break;
          }
        }
        if (!same(tree, 0, mine)) {
          fromFirst.add(path);
        }
        if (differsFromAll) {
          touched.add(path);
          blobs.add(
              tree.getRawMode(mine) == FileMode.TYPE_MISSING
                  ? ObjectId.zeroId()
                  : tree.getObjectId(mine));
        }
      }
    }
    Changes result = known ? changes[i] : new Changes(touched, fromFirst);
    changes[i] = result;
    if (index != null) {
      for (int t = 0; t < touched.size(); t++) {
        index
            .computeIfAbsent(touched.get(t), k -> new ArrayList<>())
            .add(new Touch(i, blobs.get(t)));
      }
    }
    return result;
  }

  private static boolean same(TreeWalk tree, int a, int b) {
    return tree.getRawMode(a) == tree.getRawMode(b) && tree.idEqual(a, b);
  }
}
