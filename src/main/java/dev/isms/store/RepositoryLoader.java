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
import dev.isms.audit.Audit;
import dev.isms.change.Change;
import dev.isms.config.IsmsConfig;
import dev.isms.finding.Finding;
import dev.isms.framework.ClauseSet;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.framework.Obligation;
import dev.isms.framework.ObligationCatalog;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.objective.Objective;
import dev.isms.problem.InvalidRepositoryException;
import dev.isms.problem.Problem;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.supplier.Supplier;
import dev.isms.validation.CrossFileChecks;
import dev.isms.validation.FileKind;
import dev.isms.validation.IdNamespace;
import dev.isms.validation.Positions;
import dev.isms.validation.ProblemId;
import dev.isms.validation.SchemaCatalog;
import dev.isms.validation.YamlDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a format-v1 ISMS repository: every file through the same pipeline (safe read, YAML with
 * positions, JSON Schema, typed record), then the rules that span files (ids, references). Every
 * problem is collected; nothing stops at the first one.
 */
public final class RepositoryLoader {
  private static final ObjectMapper BINDER =
      JsonMapper.builder()
          .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
          .build();

  private final SchemaCatalog schemas;
  private final FrameworkCatalog frameworks;
  private final ObligationCatalog obligations = new ObligationCatalog();
  private final YamlParsing yaml = new YamlParsing();
  private final int parallelFrom;

  public RepositoryLoader() {
    this(new SchemaCatalog(), new FrameworkCatalog());
  }

  public RepositoryLoader(SchemaCatalog schemas, FrameworkCatalog frameworks) {
    this(schemas, frameworks, PARALLEL_FROM);
  }

  /** {@code parallelFrom}: how many files of a kind are read on several threads. */
  RepositoryLoader(SchemaCatalog schemas, FrameworkCatalog frameworks, int parallelFrom) {
    this.schemas = schemas;
    this.frameworks = frameworks;
    this.parallelFrom = parallelFrom;
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

  /** Fewer files of a kind than this are read on one thread: starting others would cost more. */
  private static final int PARALLEL_FROM = 64;

  /**
   * What reading one file found: its document, the problems of reading and parsing it, the bound
   * item, the problems of binding it, and the exception that stopped it (null if none).
   */
  private record Read<T>(
      Optional<YamlDocument> document,
      List<Problem> parsing,
      Optional<T> item,
      List<Problem> binding,
      Throwable failure) {}

  /** The state of one load: problems, documents and ids seen so far. */
  private final class Run {
    private final SafeFileReader reader;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, YamlDocument> documents = new HashMap<>();

    private final Positions positions = new Positions(documents);
    private final IdNamespace ids = new IdNamespace(problems::add, positions);
    private final CrossFileChecks checks =
        new CrossFileChecks(frameworks, obligations, ids, positions, problems::add);

    Run(Path root) {
      this.reader = new SafeFileReader(root);
    }

    LoadResult load() {
      Path root = reader.root();
      IsmsConfig config =
          readFile(root.resolve("isms.yaml"), FileKind.ISMS, IsmsConfig.class).orElse(null);
      ClauseSet framework = config == null ? null : checks.framework(config).orElse(null);
      List<Obligation> obliged = config == null ? List.of() : checks.obligations(config);

      List<Kpi> kpis = register(FileKind.KPI, Kpi.class, Kpi::id);
      List<Objective> objectives = register(FileKind.OBJECTIVE, Objective.class, Objective::id);
      List<Risk> risks = register(FileKind.RISK, Risk.class, Risk::id);
      List<Action> actions = register(FileKind.ACTION, Action.class, Action::id);
      List<Finding> findings = register(FileKind.FINDING, Finding.class, Finding::id);
      List<Incident> incidents = register(FileKind.INCIDENT, Incident.class, Incident::id);
      List<Change> changes = register(FileKind.CHANGE, Change.class, Change::id);
      List<Audit> audits = register(FileKind.AUDIT, Audit.class, Audit::id);
      List<Supplier> suppliers = register(FileKind.SUPPLIER, Supplier.class, Supplier::id);
      findings = withAuditTypes(findings, audits);
      List<Review> reviews = reviews();

      checks.check(config, kpis, risks, actions, findings, incidents, reviews);
      checks.checkAudits(audits);
      IsmsRepository repository =
          new IsmsRepository(
              root,
              config,
              framework,
              obliged,
              kpis,
              objectives,
              risks,
              actions,
              findings,
              incidents,
              changes,
              audits,
              suppliers,
              reviews,
              documents);
      return new LoadResult(repository, problems);
    }

    /** A finding that names an audit of the register and gives no audit_type takes its kind. */
    private List<Finding> withAuditTypes(List<Finding> findings, List<Audit> audits) {
      Map<String, String> kinds = new HashMap<>();
      audits.forEach(a -> kinds.put(a.id(), a.kind()));
      return findings.stream()
          .map(f -> f.audit() == null ? f : f.withAuditType(kinds.get(f.audit())))
          .toList();
    }

    private <T> List<T> register(
        FileKind kind, Class<T> type, java.util.function.Function<T, String> id) {
      Path dir = reader.root().resolve(kind.location());
      List<T> items = new ArrayList<>();
      if (!isFolder(dir)) {
        return items;
      }
      List<Path> files = list(dir);
      Map<Path, Read<T>> ahead =
          readAhead(
              files.stream()
                  .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                  .filter(f -> !Files.isDirectory(f))
                  .toList(),
              kind,
              type,
              f -> withoutExtension(f.getFileName().toString()));
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file) && !Files.isSymbolicLink(file)) {
          if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            problems.add(
                ProblemId.NOT_A_FILE.error(
                    reader.relative(file),
                    0,
                    0,
                    "is a folder, but its name makes it an item of "
                        + kind.location()
                        + "/: rename the folder, or put the item's fields in a file of that"
                        + " name"));
          }
          continue;
        }
        if (name.endsWith(".yml")) {
          problems.add(
              ProblemId.FILE_NAME.error(
                  reader.relative(file),
                  0,
                  0,
                  "ends in .yml; rename it to "
                      + name.substring(0, name.length() - 4)
                      + ".yaml so that isms reads it"));
          continue;
        }
        if (!name.endsWith(".yaml")) {
          continue; // READMEs, .gitkeep and the like are welcome beside the items
        }
        String fileId = withoutExtension(name);
        String rel = reader.relative(file);
        if (!ids.claim(kind, fileId, rel) || !portable(fileId, rel)) {
          continue;
        }
        readFile(file, kind, type, fileId, ahead.get(file)).ifPresent(items::add);
      }
      return items;
    }

    private List<Review> reviews() {
      Path dir = reader.root().resolve("reviews");
      List<Review> items = new ArrayList<>();
      if (!isFolder(dir)) {
        return items;
      }
      List<Path> folders = list(dir);
      Map<Path, Read<Review>> ahead =
          readAhead(
              folders.stream()
                  .filter(f -> Files.isDirectory(f) && reader.staysInside(f))
                  .map(f -> f.resolve("review.yaml"))
                  .filter(f -> Files.exists(f, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                  .toList(),
              FileKind.REVIEW,
              Review.class,
              f -> f.getParent().getFileName().toString());
      for (Path folder : folders) {
        String name = folder.getFileName().toString();
        String rel = reader.relative(folder);
        if (!Files.isDirectory(folder)) {
          continue;
        }
        if (!reader.staysInside(folder)) {
          problems.add(
              ProblemId.SYMLINK_OUTSIDE.error(
                  rel,
                  0,
                  0,
                  "is a link that leads outside the ISMS repository; move the review into"
                      + " reviews/ itself"));
          continue;
        }
        Path file = folder.resolve("review.yaml");
        if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          problems.add(
              ProblemId.MISSING_FILE.error(
                  rel,
                  0,
                  0,
                  "holds no review.yaml; add one (`isms review new` writes it) or remove the"
                      + " folder"));
          continue;
        }
        String fileRel = reader.relative(file);
        if (!ids.claim(FileKind.REVIEW, name, fileRel) || !portable(name, rel)) {
          continue;
        }
        readFile(file, FileKind.REVIEW, Review.class, name, ahead.get(file)).ifPresent(items::add);
      }
      return items;
    }

    /**
     * Whether the id can name a file on every system Git checks the repository out on; reports it
     * (the file is not read) if not.
     */
    private boolean portable(String id, String rel) {
      Optional<String> why = ItemIds.windowsProblem(id);
      why.ifPresent(
          w ->
              problems.add(
                  ProblemId.INVALID_ID.error(
                      rel,
                      0,
                      0,
                      "`"
                          + id
                          + "` is not a valid id: it "
                          + w
                          + ", and the repository must check out there too: rename it")));
      return why.isEmpty();
    }

    private <T> Optional<T> readFile(Path file, FileKind kind, Class<T> type) {
      return readFile(file, kind, type, null, null);
    }

    /**
     * The file through the whole pipeline, its problems recorded in order; {@code fileId} is the id
     * its name gives, if any; {@code ahead} what {@link #readAhead} found for it (null: read now).
     */
    private <T> Optional<T> readFile(
        Path file, FileKind kind, Class<T> type, String fileId, Read<T> ahead) {
      if (!Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      return IsmsException.whileReading(
          reader.relative(file),
          () -> record(ahead != null ? ahead : read(file, kind, type, fileId), fileId));
    }

    /**
     * Reads the files on several threads when there are enough of them to pay (the order of the
     * results, and so of the problems, is the same as one by one): reading, YAML parsing, schema
     * validation and binding touch nothing shared but thread-safe caches.
     */
    private <T> Map<Path, Read<T>> readAhead(
        List<Path> files,
        FileKind kind,
        Class<T> type,
        java.util.function.Function<Path, String> fileId) {
      Stream<Path> stream = files.size() < parallelFrom ? files.stream() : files.parallelStream();
      List<Read<T>> reads = stream.map(f -> read(f, kind, type, fileId.apply(f))).toList();
      Map<Path, Read<T>> byFile = new HashMap<>();
      for (int i = 0; i < files.size(); i++) {
        byFile.put(files.get(i), reads.get(i));
      }
      return byFile;
    }

    /** Reads one file, keeping its problems (and any failure) for {@link #record}. */
    private <T> Read<T> read(Path file, FileKind kind, Class<T> type, String fileId) {
      List<Problem> parsing = new ArrayList<>();
      List<Problem> binding = new ArrayList<>();
      Optional<YamlDocument> document = Optional.empty();
      try {
        document = reader.read(file, parsing::add).flatMap(text -> yaml.parse(text, parsing::add));
        Optional<T> item = document.flatMap(d -> bind(kind, type, d, fileId, binding::add));
        return new Read<>(document, parsing, item, binding, null);
      } catch (RuntimeException | StackOverflowError e) {
        return new Read<>(document, parsing, Optional.empty(), binding, e);
      }
    }

    /** Records what reading a file found, in the order reading it one by one would have. */
    private <T> Optional<T> record(Read<T> read, String fileId) {
      read.parsing().forEach(problems::add);
      if (read.failure() instanceof RuntimeException e) {
        throw e;
      }
      if (read.failure() instanceof StackOverflowError e) {
        throw e;
      }
      if (read.document().isEmpty()) {
        return Optional.empty();
      }
      YamlDocument document = read.document().get();
      documents.put(document.relativePath(), document);
      JsonNode idNode = document.root().get("id");
      if (fileId != null && idNode != null && idNode.isValueNode() && !idNode.isNull()) {
        ids.checkIdField(document.relativePath(), fileId, idNode.asText());
      }
      read.binding().forEach(problems::add);
      return read.item();
    }

    /**
     * Whether a register folder is there to be read; a file (or FIFO, device) in its place is
     * reported, since the register would otherwise look empty without a word.
     */
    private boolean isFolder(Path dir) {
      if (Files.isDirectory(dir)) {
        return true;
      }
      if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        problems.add(
            ProblemId.NOT_A_FOLDER.error(
                reader.relative(dir),
                0,
                0,
                "is not a folder, so isms cannot read the items it should hold: move the file"
                    + " away and make "
                    + reader.relative(dir)
                    + " a folder with one YAML file per item"));
      }
      return false;
    }

    private static String withoutExtension(String name) {
      return name.substring(0, name.length() - ".yaml".length());
    }

    private List<Path> list(Path dir) {
      try (Stream<Path> entries = Files.list(dir)) {
        return entries.sorted().toList();
      } catch (IOException e) {
        problems.add(
            ProblemId.UNREADABLE.error(
                reader.relative(dir), 0, 0, "cannot be listed (" + e.getMessage() + ")"));
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
    if (!schemas.validate(kind, document, problems)) {
      return Optional.empty();
    }
    JsonNode tree = document.root();
    JsonNode id = tree.get("id");
    if (fileId != null && (id == null || !fileId.equals(id.asText()))) {
      // the file name is the id: a file without an `id:` field still gets it, and one whose field
      // differs (reported as id-mismatch) keeps its file's, so that every later problem names the
      // file that exists
      tree = ((ObjectNode) tree.deepCopy()).put("id", fileId);
    }
    try {
      return Optional.of(BINDER.treeToValue(tree, type));
    } catch (IOException | IllegalArgumentException e) {
      problems.accept(
          ProblemId.WRONG_TYPE.error(
              document.relativePath(),
              1,
              1,
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
