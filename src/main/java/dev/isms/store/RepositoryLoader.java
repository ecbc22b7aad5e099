package dev.isms.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.isms.IsmsException;
import dev.isms.action.Action;
import dev.isms.change.Change;
import dev.isms.config.IsmsConfig;
import dev.isms.finding.Finding;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.objective.Objective;
import dev.isms.problem.InvalidRepositoryException;
import dev.isms.problem.Problem;
import dev.isms.review.Review;
import dev.isms.risk.Risk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a format-v1 ISMS repository: every file through the same pipeline (safe read, YAML with
 * positions, JSON Schema, typed record), then the rules that span files (ids, references). Every
 * problem is collected; nothing stops at the first one.
 */
public final class RepositoryLoader {
  /** Ids are file and folder names: portable, no path separators, no dots up front. */
  public static final Pattern SAFE_ID = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$");

  private static final ObjectMapper BINDER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private final SchemaCatalog schemas;
  private final FrameworkCatalog frameworks;
  private final YamlParsing yaml = new YamlParsing();

  public RepositoryLoader() {
    this(new SchemaCatalog(), new FrameworkCatalog());
  }

  public RepositoryLoader(SchemaCatalog schemas, FrameworkCatalog frameworks) {
    this.schemas = schemas;
    this.frameworks = frameworks;
  }

  public FrameworkCatalog frameworks() {
    return frameworks;
  }

  /** Loads the repository for a command that needs valid data: any error stops it (exit 2). */
  public IsmsRepository loadValid(Path root) {
    LoadResult result = load(root);
    List<Problem> errors = result.problems().stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      throw new InvalidRepositoryException(errors);
    }
    return result.repository();
  }

  public LoadResult load(Path root) {
    return new Run(root).load();
  }

  /** The state of one load: problems, documents and ids seen so far. */
  private final class Run {
    private final SafeFileReader reader;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, YamlDocument> documents = new HashMap<>();

    /** Lower-cased id to the file that first claimed it; ids share one namespace. */
    private final Map<String, String> idOwners = new HashMap<>();

    private final Map<String, FileKind> idKinds = new HashMap<>();

    /** File to the file whose id its name repeats, where that was reported already. */
    private final Map<String, String> nameDuplicates = new HashMap<>();

    private final List<Runnable> referenceChecks = new ArrayList<>();

    Run(Path root) {
      this.reader = new SafeFileReader(root);
    }

    LoadResult load() {
      Path root = reader.root();
      IsmsConfig config =
          readFile(root.resolve("isms.yaml"), FileKind.ISMS, IsmsConfig.class).orElse(null);
      ClauseSet framework = config == null ? null : framework(config);

      List<Kpi> kpis = register(FileKind.KPI, Kpi.class, Kpi::id);
      List<Objective> objectives = register(FileKind.OBJECTIVE, Objective.class, Objective::id);
      List<Risk> risks = register(FileKind.RISK, Risk.class, Risk::id);
      List<Action> actions = register(FileKind.ACTION, Action.class, Action::id);
      List<Finding> findings = register(FileKind.FINDING, Finding.class, Finding::id);
      List<Incident> incidents = register(FileKind.INCIDENT, Incident.class, Incident::id);
      List<Change> changes = register(FileKind.CHANGE, Change.class, Change::id);
      List<Review> reviews = reviews();

      references(kpis, objectives, risks, actions, findings, incidents, reviews, config);
      referenceChecks.forEach(Runnable::run);
      IsmsRepository repository =
          new IsmsRepository(
              root,
              config,
              framework,
              kpis,
              objectives,
              risks,
              actions,
              findings,
              incidents,
              changes,
              reviews,
              documents);
      return new LoadResult(repository, problems);
    }

    private ClauseSet framework(IsmsConfig config) {
      Optional<ClauseSet> set = frameworks.find(config.framework());
      if (set.isEmpty()) {
        problems.add(
            Problem.error(
                "isms.yaml",
                line("isms.yaml", "/framework"),
                col("isms.yaml", "/framework"),
                "unknown-framework",
                "framework `"
                    + config.framework()
                    + "` is not known; use one of: "
                    + String.join(", ", frameworks.ids())
                    + "."
                    + dev.isms.problem.Suggestions.didYouMean(
                        config.framework(), frameworks.ids())));
      }
      return set.orElse(null);
    }

    private <T> List<T> register(
        FileKind kind, Class<T> type, java.util.function.Function<T, String> id) {
      Path dir = reader.root().resolve(kind.location());
      List<T> items = new ArrayList<>();
      if (!Files.isDirectory(dir)) {
        return items;
      }
      for (Path file : list(dir)) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file) && !Files.isSymbolicLink(file)) {
          continue;
        }
        if (name.endsWith(".yml")) {
          problems.add(
              Problem.error(
                  reader.relative(file),
                  0,
                  0,
                  "file-name",
                  "ends in .yml; rename it to "
                      + name.substring(0, name.length() - 4)
                      + ".yaml so that isms reads it"));
          continue;
        }
        if (!name.endsWith(".yaml")) {
          continue; // READMEs, .gitkeep and the like are welcome beside the items
        }
        String fileId = name.substring(0, name.length() - ".yaml".length());
        String rel = reader.relative(file);
        if (!claimId(kind, fileId, rel)) {
          continue;
        }
        readFile(file, kind, type, fileId).ifPresent(items::add);
      }
      return items;
    }

    private List<Review> reviews() {
      Path dir = reader.root().resolve("reviews");
      List<Review> items = new ArrayList<>();
      if (!Files.isDirectory(dir)) {
        return items;
      }
      for (Path folder : list(dir)) {
        String name = folder.getFileName().toString();
        String rel = reader.relative(folder);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        if (!reader.staysInside(folder)) {
          problems.add(
              Problem.error(
                  rel,
                  0,
                  0,
                  "symlink-outside",
                  "is a link that leads outside the ISMS repository; move the review into"
                      + " reviews/ itself"));
          continue;
        }
        Path file = folder.resolve("review.yaml");
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          problems.add(
              Problem.error(
                  rel,
                  0,
                  0,
                  "missing-file",
                  "holds no review.yaml; add one (`isms review new` writes it) or remove the"
                      + " folder"));
          continue;
        }
        String fileRel = reader.relative(file);
        if (!claimId(FileKind.REVIEW, name, fileRel)) {
          continue;
        }
        readFile(file, FileKind.REVIEW, Review.class, name).ifPresent(items::add);
      }
      return items;
    }

    /** Registers an id; reports names that are unsafe or already taken. */
    private boolean claimId(FileKind kind, String id, String rel) {
      if (!SAFE_ID.matcher(id).matches()) {
        problems.add(
            Problem.error(
                rel,
                0,
                0,
                "invalid-id",
                "`"
                    + id
                    + "` is not a valid id; ids are file names of letters, digits, `.`, `_` and"
                    + " `-`, starting with a letter or digit, at most 64 characters: rename it"));
        return false;
      }
      String key = id.toLowerCase(Locale.ROOT);
      String owner = idOwners.get(key);
      if (owner != null) {
        problems.add(
            Problem.error(
                rel,
                0,
                0,
                "duplicate-id",
                "uses the id `"
                    + id
                    + "`, which "
                    + owner
                    + " already has (ids are unique across registers, ignoring case, so"
                    + " references stay unambiguous); rename one of them"));
        nameDuplicates.put(rel, owner);
        return true;
      }
      idOwners.put(key, rel);
      idKinds.put(key, kind);
      return true;
    }

    private void checkIdField(String rel, String expected, String actual) {
      if (actual != null && !actual.equals(expected)) {
        problems.add(
            Problem.error(
                rel,
                line(rel, "/id"),
                col(rel, "/id"),
                "id-mismatch",
                "has id `"
                    + actual
                    + "` but its file is named for `"
                    + expected
                    + "`; make them equal (the file name is the id)"));
        // judged once every file name is claimed, so the order files are read in does not matter
        referenceChecks.add(() -> checkClaimedId(rel, actual));
      }
    }

    /**
     * An `id` field that names another file's id: one problem, on the file whose field is wrong,
     * unless its name already clashed with that same file (reported by {@link #claimId}).
     */
    private void checkClaimedId(String rel, String actual) {
      String owner = idOwners.get(actual.toLowerCase(Locale.ROOT));
      if (owner == null || owner.equals(rel) || owner.equals(nameDuplicates.get(rel))) {
        return;
      }
      problems.add(
          Problem.error(
              rel,
              line(rel, "/id"),
              col(rel, "/id"),
              "duplicate-id",
              "claims the id `"
                  + actual
                  + "`, which is the id of "
                  + owner
                  + ": give each item its own id (the file name is the id)"));
    }

    private <T> Optional<T> readFile(Path file, FileKind kind, Class<T> type) {
      return readFile(file, kind, type, null);
    }

    /** The file through the whole pipeline; {@code fileId} is the id its name gives, if any. */
    private <T> Optional<T> readFile(Path file, FileKind kind, Class<T> type, String fileId) {
      if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return IsmsException.whileReading(
          reader.relative(file), () -> readExisting(file, kind, type, fileId));
    }

    private <T> Optional<T> readExisting(Path file, FileKind kind, Class<T> type, String fileId) {
      Optional<YamlDocument> doc =
          reader.read(file, problems::add).flatMap(text -> yaml.parse(text, problems::add));
      if (doc.isEmpty()) {
        return Optional.empty();
      }
      YamlDocument document = doc.get();
      documents.put(document.relativePath(), document);
      JsonNode idNode = document.root().get("id");
      if (fileId != null && idNode != null && idNode.isValueNode() && !idNode.isNull()) {
        checkIdField(document.relativePath(), fileId, idNode.asText());
      }
      return bind(kind, type, document, fileId, problems::add);
    }

    private void references(
        List<Kpi> kpis,
        List<Objective> objectives,
        List<Risk> risks,
        List<Action> actions,
        List<Finding> findings,
        List<Incident> incidents,
        List<Review> reviews,
        IsmsConfig config) {
      for (Action a : actions) {
        String rel = IsmsRepository.pathOf(FileKind.ACTION, a.id());
        if (a.source() != null) {
          expect(rel, "/source", a.source(), null, "source");
        }
      }
      for (Finding f : findings) {
        String rel = IsmsRepository.pathOf(FileKind.FINDING, f.id());
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
        String rel = IsmsRepository.pathOf(FileKind.KPI, k.id());
        if (k.objective() != null) {
          expect(rel, "/objective", k.objective(), FileKind.OBJECTIVE, "objective");
        }
        checkMeasurements(rel, k);
      }
      for (Risk r : risks) {
        String rel = IsmsRepository.pathOf(FileKind.RISK, r.id());
        for (int i = 0; i < r.actions().size(); i++) {
          expect(rel, "/actions/" + i, r.actions().get(i), FileKind.ACTION, "treatment action");
        }
      }
      for (Incident inc : incidents) {
        String rel = IsmsRepository.pathOf(FileKind.INCIDENT, inc.id());
        for (int i = 0; i < inc.actions().size(); i++) {
          expect(rel, "/actions/" + i, inc.actions().get(i), FileKind.ACTION, "action");
        }
        if (inc.resolved() != null && inc.resolved().isBefore(inc.opened())) {
          problems.add(
              Problem.error(
                  rel,
                  line(rel, "/resolved"),
                  col(rel, "/resolved"),
                  "invalid-value",
                  "`resolved` is before `opened`; check both timestamps and their offsets"));
        }
      }
      for (Review r : reviews) {
        String rel = IsmsRepository.pathOf(FileKind.REVIEW, r.id());
        if (r.trigger() != null) {
          expect(rel, "/trigger", r.trigger(), null, "trigger");
        }
        if (config != null && config.reviewType(r.type()).isEmpty()) {
          problems.add(
              Problem.error(
                  rel,
                  line(rel, "/type"),
                  col(rel, "/type"),
                  "unknown-review-type",
                  "review type `"
                      + r.type()
                      + "` is not defined in isms.yaml (review_types: "
                      + String.join(", ", config.reviewTypes().keySet())
                      + ")."
                      + dev.isms.problem.Suggestions.didYouMean(
                          r.type(), config.reviewTypes().keySet())));
        }
        if (r.framework() != null && frameworks.find(r.framework()).isEmpty()) {
          problems.add(
              Problem.error(
                  rel,
                  line(rel, "/framework"),
                  col(rel, "/framework"),
                  "unknown-framework",
                  "framework `"
                      + r.framework()
                      + "` is not known; use one of: "
                      + String.join(", ", frameworks.ids())));
        }
      }
    }

    private void checkMeasurements(String rel, Kpi kpi) {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < kpi.measurements().size(); i++) {
        String period = kpi.measurements().get(i).period();
        Integer first = seen.putIfAbsent(period, i);
        if (first != null) {
          String pointer = "/measurements/" + i;
          problems.add(
              Problem.error(
                  rel,
                  line(rel, pointer),
                  col(rel, pointer),
                  "invalid-value",
                  "measures period "
                      + period
                      + " twice (also at line "
                      + line(rel, "/measurements/" + first)
                      + "); keep one value per period"));
        }
      }
    }

    /** Reports a reference to an id that no file has (or that names the wrong kind of item). */
    private void expect(String rel, String pointer, String id, FileKind kind, String what) {
      String key = id.toLowerCase(Locale.ROOT);
      FileKind actual = idKinds.get(key);
      boolean ok = actual != null && (kind == null || actual == kind);
      if (ok) {
        return;
      }
      List<String> candidates = candidates(kind);
      String where = kind == null ? "any register" : kind.location() + "/";
      String message =
          actual != null
              ? what
                  + " `"
                  + id
                  + "` is a "
                  + actual.schemaName()
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
                  + dev.isms.problem.Suggestions.didYouMean(id, candidates)
                  + " Fix the id or add the item";
      problems.add(
          Problem.error(rel, line(rel, pointer), col(rel, pointer), "unknown-reference", message));
    }

    private final Map<FileKind, List<String>> candidateCache = new HashMap<>();

    /** The ids of one kind (all ids for null), as spelled in their file names. */
    private List<String> candidates(FileKind kind) {
      return candidateCache.computeIfAbsent(
          kind == null ? FileKind.ISMS : kind,
          k ->
              idKinds.entrySet().stream()
                  .filter(e -> kind == null || e.getValue() == kind)
                  .map(e -> originalId(e.getKey()))
                  .toList());
    }

    private String originalId(String lowerCaseKey) {
      String path = idOwners.get(lowerCaseKey);
      String name = Path.of(path).getFileName().toString();
      return name.equals("review.yaml")
          ? Path.of(path).getParent().getFileName().toString()
          : name.substring(0, name.length() - ".yaml".length());
    }

    private int line(String rel, String pointer) {
      YamlDocument doc = documents.get(rel);
      return doc == null ? 0 : doc.positionOf(pointer).line();
    }

    private int col(String rel, String pointer) {
      YamlDocument doc = documents.get(rel);
      return doc == null ? 0 : doc.positionOf(pointer).column();
    }

    private List<Path> list(Path dir) {
      try (Stream<Path> entries = Files.list(dir)) {
        return entries.sorted().toList();
      } catch (IOException e) {
        problems.add(
            Problem.error(
                reader.relative(dir),
                0,
                0,
                "unreadable",
                "cannot be listed (" + e.getMessage() + ")"));
        return List.of();
      }
    }
  }

  /**
   * Reads one item from text that did not come from the work tree (a file as it was committed in
   * the past, say) through the same pipeline as the loader: YAML with positions, schema, binding.
   * Problems name {@code source.relativePath()}; an unreadable item is empty. {@code fileId} is the
   * id the file's name gives (null if none).
   */
  public <T> Optional<T> readItem(
      FileKind kind, Class<T> type, SourceText source, String fileId, Consumer<Problem> problems) {
    return yaml.parse(source, problems)
        .flatMap(document -> bind(kind, type, document, fileId, problems));
  }

  /**
   * A parsed document as a typed item: a mapping, valid against its schema, bound to a record. An
   * item without an {@code id} field takes the id of its file name, so that no item has a null id.
   */
  private <T> Optional<T> bind(
      FileKind kind,
      Class<T> type,
      YamlDocument document,
      String fileId,
      Consumer<Problem> problems) {
    if (!document.root().isObject()) {
      problems.accept(
          Problem.error(
              document.relativePath(),
              1,
              1,
              "wrong-type",
              "must be a mapping of fields (`name: value` lines), not "
                  + (document.root().isArray() ? "a list" : "a single value")));
      return Optional.empty();
    }
    if (!schemas.validate(kind, document, problems)) {
      return Optional.empty();
    }
    JsonNode tree = document.root();
    JsonNode id = tree.get("id");
    if (fileId != null && (id == null || id.isNull())) {
      // the file name is the id; a file without an `id:` field still gets it
      tree = ((ObjectNode) tree.deepCopy()).put("id", fileId);
    }
    try {
      return Optional.of(BINDER.treeToValue(tree, type));
    } catch (IOException | IllegalArgumentException e) {
      problems.accept(
          Problem.error(
              document.relativePath(),
              1,
              1,
              "wrong-type",
              "cannot be read as " + kind.schemaName() + ": " + firstLine(e.getMessage())));
      return Optional.empty();
    }
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  /** Exposed so that commands can parse a single YAML value the same way the loader does. */
  public static ObjectMapper binder() {
    return BINDER;
  }
}
