package dev.isms.check;

import dev.isms.IsmsException;
import dev.isms.config.IsmsConfig;
import dev.isms.git.GitFacade;
import dev.isms.git.MissingHistoryException;
import dev.isms.problem.Problem;
import dev.isms.problem.Suggestions;
import dev.isms.store.IsmsRepository;
import dev.isms.store.LoadResult;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.PointerTokens;
import dev.isms.validation.ProblemId;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Runs `isms check`: first that each file is valid (the loader's problems), then every selected
 * rule on the valid items. Invalid files are problems found (exit 1), not a reason to stop.
 */
public final class CheckService {
  /** The shortest reason isms.yaml may give for switching a rule off (as its schema says). */
  static final int MIN_REASON_LENGTH = 10;

  private final RepositoryLoader loader;
  private final RuleRegistry registry;
  private final Clock clock;

  /** Every built-in rule; the clock only opens Git (history is read, never written). */
  public CheckService(RepositoryLoader loader) {
    this(loader, RuleRegistry.builtIn(), Clock.systemUTC());
  }

  public CheckService(RepositoryLoader loader, RuleRegistry registry, Clock clock) {
    this.loader = loader;
    this.registry = registry;
    this.clock = clock;
  }

  public CheckReport check(Path root, CheckOptions options) {
    List<Rule> selected = select(options);
    LoadResult loaded = loader.load(root);
    IsmsRepository repository = loaded.repository();
    List<Problem> problems = new ArrayList<>(loaded.problems());
    List<Note> notes = new ArrayList<>();
    List<DisabledRule> disabled = new ArrayList<>();
    Map<String, String> switchedOff = disabledRules(repository, problems);

    List<Rule> toRun =
        selected.stream()
            .filter(rule -> !switchedOff.containsKey(rule.id()))
            .filter(rule -> obliged(rule, repository.config(), options, notes))
            .toList();
    selected.stream()
        .filter(rule -> switchedOff.containsKey(rule.id()))
        .forEach(rule -> disabled.add(new DisabledRule(rule.id(), switchedOff.get(rule.id()))));

    Map<String, SortedSet<String>> checked = new LinkedHashMap<>();
    checked.put(ProblemId.GROUP, validated(repository, loaded.problems()));
    List<Rule> ran = new ArrayList<>();
    String gitPrefix = "";
    boolean needsHistory = toRun.stream().anyMatch(Rule::readsHistory);
    try (GitAccess git = GitAccess.open(root, clock, needsHistory)) {
      gitPrefix = git.prefix();
      CheckContext context =
          new CheckContext(
              repository, options.asOf(), loader.frameworks(), git.history().orElse(null));
      for (Rule rule : toRun) {
        Optional<String> skipped = skipReason(rule, repository.config(), git);
        if (skipped.isPresent()) {
          notes.add(Note.skipped(rule.id(), skipped.get()));
          continue;
        }
        Findings findings = new Findings(rule, repository);
        try {
          rule.check(context, findings);
        } catch (MissingHistoryException e) {
          // a lost object: the rule's findings would be guesses, so it says why it has none
          notes.add(Note.skipped(rule.id(), "skipped: " + e.getMessage()));
          continue;
        }
        ran.add(rule);
        problems.addAll(findings.problems());
        notes.addAll(findings.notes());
        checked.put(rule.id(), findings.checkedFiles());
      }
      problems.addAll(new LinkedHashSet<>(context.readProblems()));
    }
    List<Problem> fileProblems = new ArrayList<>();
    AcceptedFindings acceptances =
        AcceptedFindings.read(root, acceptableRules(), fileProblems::add);
    AcceptedFindings.Outcome outcome = acceptances.apply(problems, options.asOf());
    List<Problem> reported = new ArrayList<>(outcome.problems());
    reported.addAll(fileProblems);
    notes.addAll(outcome.notes());
    return new CheckReport(
        options.asOf(),
        reported,
        ran,
        checked,
        notes,
        disabled,
        options.strict(),
        gitPrefix,
        outcome.accepted());
  }

  /** The rule ids an acceptance may name: every rule, and the loader's problem ids. */
  private Set<String> acceptableRules() {
    Set<String> ids = new LinkedHashSet<>(registry.ids());
    ids.addAll(ProblemId.ids());
    return ids;
  }

  /** The files the loader read and validated, for reports that list what passed too. */
  private static SortedSet<String> validated(IsmsRepository repository, List<Problem> problems) {
    SortedSet<String> files = new java.util.TreeSet<>(repository.documents().keySet());
    problems.forEach(p -> files.add(p.file()));
    return files;
  }

  /** The rules --rule and --skip leave; an unknown id is a usage error (exit 2). */
  private List<Rule> select(CheckOptions options) {
    Set<String> only = new LinkedHashSet<>();
    for (String id : options.only()) {
      only.add(registry.require(id, "--rule").id());
    }
    Set<String> skip = new LinkedHashSet<>();
    for (String id : options.skip()) {
      skip.add(registry.require(id, "--skip").id());
    }
    List<Rule> selected =
        registry.rules().stream()
            .filter(r -> only.isEmpty() || only.contains(r.id()))
            .filter(r -> !skip.contains(r.id()))
            .toList();
    if (selected.isEmpty()) {
      throw IsmsException.input(
          (only.isEmpty()
                  ? "--skip leaves out every rule"
                  : "--skip leaves out every rule chosen with --rule ("
                      + String.join(", ", only)
                      + ")")
              + ", so there is nothing to check: drop the --skip of a rule you want, or leave"
              + " out --skip");
    }
    return selected;
  }

  /**
   * isms.yaml's disabled_rules; an id that is no rule is itself a problem, and so is a reason that
   * says nothing (the rule then stays on: the reason is what an auditor reads).
   */
  private Map<String, String> disabledRules(IsmsRepository repository, List<Problem> problems) {
    IsmsConfig config = repository.config();
    if (config == null) {
      return Map.of();
    }
    Map<String, String> known = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(config.disabledRules()).entrySet()) {
      String id = e.getKey();
      String reason = e.getValue() == null ? "" : e.getValue().strip();
      boolean isRule = registry.find(id).isPresent();
      if (isRule && reason.length() >= MIN_REASON_LENGTH && !Placeholders.isPlaceholder(reason)) {
        known.put(registry.find(id).orElseThrow().id(), reason);
        continue;
      }
      String pointer = "/disabled_rules/" + PointerTokens.escape(id);
      var pos = repository.documents().get("isms.yaml").positionOf(pointer);
      problems.add(
          (isRule ? ProblemId.DISABLED_RULE_REASON : ProblemId.UNKNOWN_RULE)
              .error(
                  "isms.yaml",
                  pos.line(),
                  pos.column(),
                  isRule ? emptyReason(id, reason) : unknownRule(id)));
    }
    return known;
  }

  private static String emptyReason(String id, String reason) {
    return "disabled_rules switches off `"
        + id
        + (reason.isEmpty() ? "` with a blank reason" : "` with the reason `" + reason + "`")
        + ", which says nothing an auditor can accept, so the rule still runs: write why it does not"
        + " apply to this ISMS (at least "
        + MIN_REASON_LENGTH
        + " characters, no placeholder such as TBD), or remove the entry";
  }

  private String unknownRule(String id) {
    return "disabled_rules names `"
        + id
        + "`, which is not a rule of isms check."
        + Suggestions.didYouMean(id, registry.ids())
        + " Use one of: "
        + String.join(", ", registry.ids());
  }

  /**
   * Whether a rule runs as far as obligations go: a rule of an obligation isms.yaml does not list
   * is left out and not counted (it checks nothing the ISMS owes); asked for by --rule, a note says
   * how to switch it on.
   */
  private static boolean obliged(
      Rule rule, IsmsConfig config, CheckOptions options, List<Note> notes) {
    Optional<String> obligation = rule.obligation();
    if (obligation.isEmpty()
        || (config != null && config.obligations().contains(obligation.get()))) {
      return true;
    }
    if (options.only().contains(rule.id())) {
      notes.add(
          Note.skipped(
              rule.id(),
              "skipped: it checks what "
                  + obligation.get()
                  + " adds to the review; list it under `obligations:` in isms.yaml to run it"));
    }
    return false;
  }

  private static Optional<String> skipReason(Rule rule, IsmsConfig config, GitAccess git) {
    if (rule.needs() != Rule.Needs.ITEMS && config == null) {
      return Optional.of(
          "skipped: isms.yaml is invalid, and this rule needs its settings; fix the"
              + " problems reported for isms.yaml");
    }
    if (rule.needs() == Rule.Needs.HISTORY && git.history().isEmpty()) {
      return Optional.of("skipped: " + git.missing());
    }
    return Optional.empty();
  }

  /** The Git repository around the ISMS root, or why its history cannot be used. */
  private static final class GitAccess implements AutoCloseable {
    private final GitFacade git;
    private final History history;
    private final String missing;
    private final String prefix;

    private GitAccess(GitFacade git, History history, String missing, String prefix) {
      this.git = git;
      this.history = history;
      this.missing = missing;
      this.prefix = prefix;
    }

    static GitAccess open(Path root, Clock clock, boolean needsHistory) {
      Optional<GitFacade> opened;
      try {
        opened = GitFacade.open(root, clock);
      } catch (IsmsException e) {
        return new GitAccess(null, null, e.getMessage(), "");
      }
      if (opened.isEmpty()) {
        return new GitAccess(
            null,
            null,
            "the ISMS repository is not in a Git repository, so when its files were committed is"
                + " unknown; run the check in a Git clone",
            "");
      }
      GitFacade git = opened.get();
      String folder;
      try {
        folder = git.gitPath(root);
      } catch (IsmsException e) {
        git.close(); // the ISMS root lies outside the work tree (a link, say): no usable history
        return new GitAccess(null, null, e.getMessage(), "");
      }
      String prefix = folder.isEmpty() ? "" : folder + "/";
      if (!needsHistory) {
        return new GitAccess(git, null, "not needed", prefix);
      }
      if (git.isShallow()) {
        return new GitAccess(
            git,
            null,
            "this is a shallow clone, so when each file was first committed is unknown; fetch the"
                + " full history with `git fetch --unshallow` (on GitHub Actions: actions/checkout"
                + " with fetch-depth: 0; on GitLab CI: GIT_DEPTH: 0)",
            prefix);
      }
      if (git.isPartialClone()) {
        return new GitAccess(
            git,
            null,
            "this is a partial clone (git clone --filter), so the earlier versions of files that"
                + " these rules read are not here; "
                + GitFacade.FULL_HISTORY_ADVICE,
            prefix);
      }
      if (git.head().isEmpty()) {
        return new GitAccess(
            git,
            null,
            "the Git repository has no commits yet; commit the ISMS files first",
            prefix);
      }
      return new GitAccess(git, new GitHistory(git, root), null, prefix);
    }

    Optional<History> history() {
      return Optional.ofNullable(history);
    }

    String missing() {
      return missing;
    }

    String prefix() {
      return prefix;
    }

    @Override
    public void close() {
      if (git != null) {
        git.close();
      }
    }
  }
}
