package dev.isms.git;

import dev.isms.IsmsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The one door to JGit. Paths given to it are absolute or relative to the ISMS root; it turns them
 * into paths of the Git work tree, which may be a parent of the ISMS root (a monorepo).
 */
public final class GitFacade implements AutoCloseable {
  private final Git git;
  private final Path workTree;
  private final Clock clock;
  private final String scope;
  private HistoryIndex index;
  private HistoryIndex wholeIndex;

  private GitFacade(Git git, Clock clock, Path scopeDir) {
    this.git = git;
    this.workTree = git.getRepository().getWorkTree().toPath().toAbsolutePath().normalize();
    this.clock = clock;
    Path abs = scopeDir.toAbsolutePath().normalize();
    this.scope =
        abs.startsWith(workTree) ? workTree.relativize(abs).toString().replace('\\', '/') : "";
  }

  /** The repository that holds {@code dir}, found by walking up, if there is one. */
  public static Optional<GitFacade> open(Path dir, Clock clock) {
    FileRepositoryBuilder builder =
        new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toAbsolutePath().toFile());
    if (builder.getGitDir() == null) {
      return Optional.empty();
    }
    try {
      Repository repository = builder.setMustExist(true).build();
      if (repository.isBare()) {
        repository.close();
        return Optional.empty();
      }
      return Optional.of(new GitFacade(new Git(repository), clock, dir));
    } catch (IOException | IllegalArgumentException e) {
      throw IsmsException.input(
          "cannot open the Git repository above " + dir + " (" + e.getMessage() + ")", e);
    }
  }

  /** Creates a repository in {@code dir} with {@code main} as its first branch. */
  public static GitFacade init(Path dir, Clock clock) {
    try {
      Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      return new GitFacade(git, clock, dir);
    } catch (GitAPIException e) {
      throw IsmsException.input(
          "cannot create a Git repository in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * The identity Git would commit with, if the user configured one; JGit would otherwise invent one
   * from the login and host name, which has no place in an audit trail.
   */
  public static Optional<PersonIdent> configuredIdentity(org.eclipse.jgit.lib.Config config) {
    UserConfig user = config.get(UserConfig.KEY);
    if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) {
      return Optional.empty();
    }
    return Optional.of(new PersonIdent(user.getAuthorName(), user.getAuthorEmail()));
  }

  /**
   * Reads the user's Git configuration from $HOME, as git does. JGit looks in Java's user.home,
   * which comes from the password database: in CI containers and under sudo the two differ, and
   * commits would carry an identity the user's git would not use.
   */
  public static void honourHomeVariable(String home) {
    homeFolder(home).ifPresent(org.eclipse.jgit.util.FS.DETECTED::setUserHome);
  }

  /** {@code $HOME} as the folder Git reads {@code .gitconfig} from, if it names a folder. */
  static Optional<java.io.File> homeFolder(String home) {
    if (home != null && !home.isBlank() && new java.io.File(home).isDirectory()) {
      return Optional.of(new java.io.File(home));
    }
    return Optional.empty();
  }

  /** The identity in {@code .gitconfig} of a home folder, read as Git reads it. */
  static Optional<PersonIdent> identityInHome(java.io.File home) {
    org.eclipse.jgit.storage.file.FileBasedConfig config =
        new org.eclipse.jgit.storage.file.FileBasedConfig(
            new java.io.File(home, ".gitconfig"), org.eclipse.jgit.util.FS.DETECTED);
    try {
      config.load();
      return configuredIdentity(config);
    } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
      throw IsmsException.input("cannot read your Git configuration: " + e.getMessage(), e);
    }
  }

  /** The identity from the user's and the system's Git configuration, for a repository to be. */
  public static Optional<PersonIdent> globalIdentity() {
    try {
      return configuredIdentity(org.eclipse.jgit.util.SystemReader.getInstance().getUserConfig());
    } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
      throw IsmsException.input("cannot read your Git configuration: " + e.getMessage(), e);
    }
  }

  /** The user's and the system's Git configuration (for a repository still to be created). */
  static org.eclipse.jgit.lib.Config globalConfig() {
    try {
      return org.eclipse.jgit.util.SystemReader.getInstance().getUserConfig();
    } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
      throw IsmsException.input("cannot read your Git configuration: " + e.getMessage(), e);
    }
  }

  /** Whether every file is, byte for byte, as HEAD has it (then there is nothing to commit). */
  public boolean unchangedSinceHead(Collection<Path> files) {
    Optional<RevCommit> head = headCommit();
    if (head.isEmpty()) {
      return false;
    }
    try (RevWalk walk = new RevWalk(repository())) {
      RevTree tree = walk.parseCommit(head.get()).getTree();
      for (Path file : files) {
        try (TreeWalk tw = TreeWalk.forPath(repository(), gitPath(file), tree)) {
          if (tw == null
              || !java.util.Arrays.equals(
                  repository().open(tw.getObjectId(0)).getBytes(), Files.readAllBytes(file))) {
            return false;
          }
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  public static IsmsException missingIdentity() {
    return IsmsException.input(
        "Git has no identity to commit with; set one with `git config --global user.name \"Your"
            + " Name\"` and `git config --global user.email you@example.com`, or pass --no-commit");
  }

  public Repository repository() {
    return git.getRepository();
  }

  public Path workTree() {
    return workTree;
  }

  /** The name of the Git user who commits here, as {@link #identity()} finds it. */
  public String userName() {
    return identity().getName();
  }

  /**
   * Gives this repository an identity of its own in its local configuration, with signing off: the
   * commits made in it carry that name whatever the machine's Git configuration says.
   */
  public void useLocalIdentityUnsigned(String name, String email) {
    StoredConfig config = repository().getConfig();
    config.setString("user", null, "name", name);
    config.setString("user", null, "email", email);
    config.setBoolean("commit", null, "gpgsign", false);
    config.setBoolean("tag", null, "gpgsign", false);
    try {
      config.save();
    } catch (IOException e) {
      throw IsmsException.input(
          "cannot write the Git config of " + workTree + ": " + e.getMessage(), e);
    }
  }

  /** The configured identity, or an error telling how to set one. */
  public PersonIdent identity() {
    return configuredIdentity(git.getRepository().getConfig())
        .orElseThrow(GitFacade::missingIdentity);
  }

  /** The path of a file as Git names it: relative to the work tree, forward slashes. */
  public String gitPath(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    if (!abs.startsWith(workTree)) {
      throw IsmsException.input(abs + " is outside the Git work tree " + workTree);
    }
    return workTree.relativize(abs).toString().replace('\\', '/');
  }

  /** HEAD's commit, if the repository has one. */
  public Optional<CommitId> head() {
    return headCommit().map(c -> new CommitId(c.getName()));
  }

  private Optional<RevCommit> headCommit() {
    try (RevWalk walk = new RevWalk(repository())) {
      ObjectId id = repository().resolve(Constants.HEAD);
      return id == null ? Optional.empty() : Optional.of(walk.parseCommit(id));
    } catch (IOException e) {
      throw IsmsException.input("cannot read HEAD of " + workTree + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether this is a shallow clone: history-based figures would silently be wrong, so callers say
   * what is missing instead (`git fetch --unshallow`).
   */
  public boolean isShallow() {
    try {
      return !repository().getObjectDatabase().getShallowCommits().isEmpty()
          || Files.exists(repository().getDirectory().toPath().resolve("shallow"));
    } catch (IOException e) {
      return true;
    }
  }

  /**
   * The oldest commits of a shallow clone (its boundary: their parents are not in it), oldest
   * first; none in a full clone.
   */
  public List<CommitSummary> shallowBoundaries() {
    try (RevWalk walk = new RevWalk(repository())) {
      List<CommitSummary> found = new ArrayList<>();
      for (ObjectId id : repository().getObjectDatabase().getShallowCommits()) {
        found.add(CommitSummary.of(walk.parseCommit(id)));
      }
      found.sort(java.util.Comparator.comparing(c -> c.committerTime().toInstant()));
      return found;
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /** What to do when old versions of files are not in the clone. */
  public static final String FULL_HISTORY_ADVICE =
      "clone the repository again without --filter (in CI: a full clone, e.g. actions/checkout"
          + " with fetch-depth: 0 and no filter), or run `git fsck` if the repository may be"
          + " damaged";

  /**
   * Whether this is a partial clone ({@code git clone --filter=...}): old versions of files are
   * fetched on demand by Git, which JGit cannot do, so history-based figures are treated as in a
   * shallow clone.
   */
  public boolean isPartialClone() {
    StoredConfig config = repository().getConfig();
    if (config.getString("extensions", null, "partialclone") != null) {
      return true;
    }
    for (String remote : config.getSubsections("remote")) {
      if (config.getBoolean("remote", remote, "promisor", false)
          || config.getString("remote", remote, "partialclonefilter") != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether every commit newer than {@code commit} is in this clone. A shallow clone lacks the
   * ancestors of its boundary commits; those are older than the boundary, so the history after
   * {@code commit} is complete when no boundary is newer than it.
   */
  public boolean hasHistoryAfter(String commitId) {
    if (!isShallow()) {
      return true;
    }
    try (RevWalk walk = new RevWalk(repository())) {
      Set<ObjectId> boundaries = repository().getObjectDatabase().getShallowCommits();
      if (boundaries.isEmpty()) {
        return false; // .git/shallow exists but could not be read: assume the worst
      }
      Instant when =
          walk.parseCommit(ObjectId.fromString(commitId)).getCommitterIdent().getWhenAsInstant();
      for (ObjectId boundary : boundaries) {
        if (walk.parseCommit(boundary).getCommitterIdent().getWhenAsInstant().isAfter(when)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The earliest author time of the commits reachable from HEAD (in a shallow clone: it has). */
  public Optional<ZonedDateTime> earliestAuthorTime() {
    return history().flatMap(HistoryIndex::earliestAuthorTime);
  }

  /** The commit time of the oldest commit reachable from HEAD (in a shallow clone: that it has). */
  public Optional<Instant> oldestCommitTime() {
    return history().map(HistoryIndex::oldestCommitTime);
  }

  /**
   * The files under a folder of the work tree that differ from HEAD: staged, modified, deleted or
   * untracked (git paths, sorted). An empty folder path means the whole work tree.
   */
  public List<String> uncommittedChanges(String gitFolder) {
    try {
      StatusCommand command = git.status();
      if (!gitFolder.isEmpty()) {
        command.addPath(gitFolder);
      }
      Status status = command.call();
      TreeSet<String> paths = new TreeSet<>();
      paths.addAll(status.getAdded());
      paths.addAll(status.getChanged());
      paths.addAll(status.getModified());
      paths.addAll(status.getRemoved());
      paths.addAll(status.getMissing());
      paths.addAll(status.getUntracked());
      paths.addAll(status.getConflicting());
      return List.copyOf(paths);
    } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
      throw IsmsException.input(
          "cannot read the Git status of " + workTree + ": " + e.getMessage(), e);
    }
  }

  /** The newest commit reachable from HEAD whose commit time is at or before {@code instant}. */
  public Optional<CommitSummary> lastCommitAtOrBefore(Instant instant) {
    return history().flatMap(index -> index.lastCommitAtOrBefore(instant)).map(CommitSummary::of);
  }

  /**
   * The history reachable from HEAD, walked once and kept until HEAD moves; it covers the folder
   * this facade was opened on (the ISMS root), so a monorepo's other folders cost nothing. Empty
   * while the repository has no commit.
   */
  public Optional<HistoryIndex> history() {
    Optional<RevCommit> head = headCommit();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    if (index == null || !index.head().equals(head.get())) {
      index = walk(head.get(), scope);
    }
    return Optional.of(index);
  }

  /**
   * The index that covers {@code gitPath} ("" for the whole work tree): the ISMS root's, or for a
   * path outside it one of the whole work tree.
   */
  private Optional<HistoryIndex> historyCovering(String gitPath) {
    Optional<HistoryIndex> scoped = history();
    if (scoped.isEmpty() || scoped.get().covers(gitPath)) {
      return scoped;
    }
    if (wholeIndex == null || !wholeIndex.head().equals(scoped.get().head())) {
      wholeIndex = walk(scoped.get().head(), "");
    }
    return Optional.of(wholeIndex);
  }

  private HistoryIndex walk(RevCommit head, String folder) {
    try {
      return HistoryIndex.walk(repository(), head, folder);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  private IsmsException walkFailed(IOException e) {
    return readFailed("the Git history of " + workTree, e);
  }

  /** A failure to read history as the exception to throw: a missing object is its own kind. */
  private static IsmsException readFailed(String what, IOException e) {
    if (e instanceof MissingObjectException missing) {
      return new MissingHistoryException(what, missing);
    }
    return IsmsException.input("cannot read " + what + ": " + e.getMessage(), e);
  }

  /** A file's bytes as UTF-8 text as they were in a commit, if the file existed there. */
  private Optional<String> readAt(RevCommit commit, String gitPath) {
    try (RevWalk walk = new RevWalk(repository())) {
      RevTree tree = walk.parseCommit(commit).getTree();
      try (TreeWalk tw = TreeWalk.forPath(repository(), gitPath, tree)) {
        if (tw == null) {
          return Optional.empty();
        }
        byte[] bytes = repository().open(tw.getObjectId(0)).getBytes();
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw readFailed(gitPath + " at " + commit.getName(), e);
    }
  }

  /** Every file directly or deeply under a folder as it was in a commit: git path to text. */
  public Map<String, String> readFolderAt(String commitId, String gitFolder) {
    Map<String, String> files = new TreeMap<>();
    String prefix = gitFolder.endsWith("/") ? gitFolder : gitFolder + "/";
    try (RevWalk walk = new RevWalk(repository());
        TreeWalk tw = new TreeWalk(repository())) {
      tw.addTree(walk.parseCommit(ObjectId.fromString(commitId)).getTree());
      tw.setRecursive(true);
      tw.setFilter(PathFilter.create(gitFolder));
      while (tw.next()) {
        if (tw.getPathString().startsWith(prefix)) {
          byte[] bytes = repository().open(tw.getObjectId(0)).getBytes();
          files.put(tw.getPathString(), new String(bytes, StandardCharsets.UTF_8));
        }
      }
      return files;
    } catch (IOException e) {
      throw readFailed(gitFolder + " at " + commitId, e);
    }
  }

  /** The commits that touched a path, newest first, as {@code git log -- path} lists them. */
  public List<RevCommit> log(String gitPath) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitPath);
      return history.isEmpty() ? List.of() : history.get().commitsTouching(gitPath);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /**
   * The newest commit, following first parents from HEAD, that changed a file under {@code
   * gitFolder} ("" for the whole repository) other than those {@code ignored} accepts: the commit
   * whose tree holds the data as HEAD has it. The oldest commit of a shallow clone counts as
   * changing everything, as its parent cannot be compared.
   */
  public Optional<CommitSummary> lastCommitChanging(String gitFolder, Predicate<String> ignored) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitFolder);
      return history.isEmpty()
          ? Optional.empty()
          : history.get().lastCommitChanging(gitFolder, ignored).map(CommitSummary::of);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /**
   * Every committed version of a file, oldest first, with the commit that left it (deletions left
   * out); asked of the history index, walked once per run.
   */
  public List<FileVersion> versionsOf(String gitPath) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitPath);
      if (history.isEmpty()) {
        return List.of();
      }
      List<FileVersion> versions = new ArrayList<>();
      for (HistoryIndex.Version v : history.get().versionsOf(gitPath)) {
        versions.add(new FileVersion(CommitSummary.of(v.commit()), v.text()));
      }
      return versions;
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /** The commit that first added the path (the oldest that touched it). */
  public Optional<RevCommit> firstCommitOf(String gitPath) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitPath);
      return history.isEmpty() ? Optional.empty() : history.get().firstCommitTouching(gitPath);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /**
   * When the path was first committed: the author time of the oldest commit that touched it, in the
   * author's own offset (rebases keep author times; committer times move).
   */
  public Optional<ZonedDateTime> firstCommitTime(String gitPath) {
    return firstCommitOf(gitPath).map(GitFacade::authorTime);
  }

  /**
   * When the path was first committed with content that passes the test: the author time of the
   * oldest commit that touched the path and left text there for which {@code content} holds.
   */
  public Optional<ZonedDateTime> firstCommitTimeWhere(String gitPath, Predicate<String> content) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitPath);
      return history.isEmpty()
          ? Optional.empty()
          : history.get().firstCommitWhere(gitPath, content).map(GitFacade::authorTime);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  private static ZonedDateTime authorTime(RevCommit commit) {
    PersonIdent who = commit.getAuthorIdent();
    return who.getWhenAsInstant().atZone(who.getZoneId());
  }

  /** The commits that touched a path, oldest first, as an audit trail lists them. */
  public List<CommitSummary> commitsChanging(String gitPath) {
    List<CommitSummary> oldestFirst = new ArrayList<>();
    List<RevCommit> newestFirst = log(gitPath);
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      oldestFirst.add(CommitSummary.of(newestFirst.get(i)));
    }
    return oldestFirst;
  }

  /**
   * The commits that touched a path and are not part of the given commit's history (made after it),
   * oldest first.
   */
  public List<CommitSummary> commitsChangingAfter(String gitPath, String commitId) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitPath);
      ObjectId since = history.isEmpty() ? null : repository().resolve(commitId);
      if (since == null) {
        return List.of();
      }
      List<CommitSummary> oldestFirst = new ArrayList<>();
      history
          .get()
          .commitsTouchingAfter(gitPath, since)
          .forEach(c -> oldestFirst.add(0, CommitSummary.of(c)));
      return oldestFirst;
    } catch (IOException e) {
      throw readFailed("the history of " + gitPath, e);
    }
  }

  /** The oldest commit that left text at the path for which {@code content} holds. */
  public Optional<CommitSummary> firstCommitWhere(String gitPath, Predicate<String> content) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitPath);
      return history.isEmpty()
          ? Optional.empty()
          : history.get().firstCommitWhere(gitPath, content).map(CommitSummary::of);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /** A file's text at a commit given by id, if both exist. */
  public Optional<String> readAt(String commitId, String gitPath) {
    try (RevWalk walk = new RevWalk(repository())) {
      ObjectId id = repository().resolve(commitId);
      return id == null ? Optional.empty() : readAt(walk.parseCommit(id), gitPath);
    } catch (IOException e) {
      throw readFailed("commit " + commitId, e);
    }
  }

  /** The text of a path at the newest commit that still held it (for files deleted since). */
  public Optional<String> lastCommittedText(String gitPath) {
    for (RevCommit commit : log(gitPath)) {
      Optional<String> text = readAt(commit, gitPath);
      if (text.isPresent()) {
        return text;
      }
    }
    return Optional.empty();
  }

  /** Every file path ever committed under a folder, in any commit reachable from HEAD. */
  public Set<String> filesEverCommittedUnder(String gitFolder) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitFolder);
      return history.isEmpty() ? new TreeSet<>() : history.get().pathsEverUnder(gitFolder);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /** The annotated tag of that name (refs/tags/NAME), if there is one. */
  public Optional<TagSummary> annotatedTag(String name) {
    try (RevWalk walk = new RevWalk(repository())) {
      org.eclipse.jgit.lib.Ref ref = repository().exactRef(Constants.R_TAGS + name);
      if (ref == null) {
        return Optional.empty();
      }
      org.eclipse.jgit.revwalk.RevObject object = walk.parseAny(ref.getObjectId());
      if (!(object instanceof org.eclipse.jgit.revwalk.RevTag tag)) {
        return Optional.empty();
      }
      RevCommit commit = walk.parseCommit(tag.getObject());
      PersonIdent tagger = tag.getTaggerIdent();
      return Optional.of(
          new TagSummary(
              name,
              commit.getName(),
              tagger == null ? "" : tagger.getName(),
              tag.getFullMessage(),
              tag.getRawGpgSignature() != null,
              tagger == null ? "" : tagger.getEmailAddress(),
              tagger == null ? null : tagger.getWhenAsInstant().atZone(tagger.getZoneId())));
    } catch (IOException e) {
      throw IsmsException.input("cannot read the tag " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The commits that touched a file under a folder, oldest first, each with the paths under the
   * folder it touched, its first parent and its signature: a folder's audit trail.
   */
  public List<CommitChanges> commitsChangingUnder(String gitFolder) {
    try {
      Optional<HistoryIndex> history = historyCovering(gitFolder);
      if (history.isEmpty()) {
        return List.of();
      }
      List<CommitChanges> oldestFirst = new ArrayList<>();
      for (Map.Entry<RevCommit, List<String>> e :
          history.get().commitsTouchingUnder(gitFolder).entrySet()) {
        RevCommit commit = e.getKey();
        oldestFirst.add(
            0,
            new CommitChanges(
                CommitSummary.of(commit),
                commit.getParentCount() == 0
                    ? Optional.empty()
                    : Optional.of(commit.getParent(0).getName()),
                e.getValue(),
                signature(commit)));
      }
      return oldestFirst;
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /**
   * Whether the commit {@code commitId} is {@code tipId} or in its history (was made before it);
   * false when either is unknown.
   */
  public boolean isInHistoryOf(String commitId, String tipId) {
    try {
      ObjectId commit = repository().resolve(commitId);
      ObjectId tip = repository().resolve(tipId);
      Optional<HistoryIndex> history = history();
      return commit != null
          && tip != null
          && history.isPresent()
          && history.get().isInHistoryOf(commit, tip);
    } catch (IOException e) {
      throw walkFailed(e);
    }
  }

  /** The signature of the annotated tag of that name (unsigned when there is no such tag). */
  public SignatureStatus tagSignature(String name) {
    try (RevWalk walk = new RevWalk(repository())) {
      org.eclipse.jgit.lib.Ref ref = repository().exactRef(Constants.R_TAGS + name);
      if (ref == null) {
        return SignatureStatus.UNSIGNED;
      }
      return signature(walk.parseAny(ref.getObjectId()));
    } catch (IOException e) {
      throw IsmsException.input("cannot read the tag " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * A commit's or tag's signature, verified where JGit has a verifier for its kind (none is
   * bundled: then "signed (not verified)").
   */
  private SignatureStatus signature(org.eclipse.jgit.revwalk.RevObject object) {
    byte[] raw =
        object instanceof RevCommit c
            ? c.getRawGpgSignature()
            : object instanceof org.eclipse.jgit.revwalk.RevTag t ? t.getRawGpgSignature() : null;
    if (raw == null) {
      return SignatureStatus.UNSIGNED;
    }
    try {
      org.eclipse.jgit.lib.SignatureVerifier.SignatureVerification verification =
          org.eclipse.jgit.lib.SignatureVerifiers.verify(
              repository(), new org.eclipse.jgit.lib.GpgConfig(repository().getConfig()), object);
      if (verification == null) {
        return new SignatureStatus(SignatureStatus.State.SIGNED_NOT_VERIFIED, "");
      }
      if (verification.verified()) {
        String signer =
            verification.signer() != null ? verification.signer() : verification.keyUser();
        return new SignatureStatus(SignatureStatus.State.VERIFIED, signer);
      }
      return new SignatureStatus(SignatureStatus.State.SIGNED_NOT_VERIFIED, verification.message());
    } catch (IOException | RuntimeException e) {
      return new SignatureStatus(SignatureStatus.State.SIGNED_NOT_VERIFIED, "");
    }
  }

  /** Whether the commit carries a signature (OpenPGP or SSH); not whether it verifies. */
  public boolean isSigned(String commitId) {
    try (RevWalk walk = new RevWalk(repository())) {
      ObjectId id = repository().resolve(commitId);
      return id != null && walk.parseCommit(id).getRawGpgSignature() != null;
    } catch (IOException e) {
      throw readFailed("commit " + commitId, e);
    }
  }

  @Override
  public void close() {
    git.getRepository().close();
    git.close();
  }
}
