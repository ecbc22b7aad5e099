package dev.isms.init;

import dev.isms.IsmsException;
import dev.isms.framework.FrameworkCatalog;
import dev.isms.framework.ObligationCatalog;
import dev.isms.git.RepositoryWriter;
import dev.isms.git.Written;
import dev.isms.problem.Suggestions;
import dev.isms.store.RepositoryLocator;
import dev.isms.store.YamlScalars;
import dev.isms.validation.FileKind;
import dev.isms.validation.SchemaCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates a new ISMS repository: isms.yaml with the review types of a real procedure, the register
 * folders, the JSON Schemas for editors and VS Code's settings mapping them to the register folders
 * (merged into existing settings); then commits exactly those files.
 */
public final class InitService {
  public static final String SCHEMA_DIR = ".isms/schemas";
  private static final List<String> FOLDERS =
      List.of(
          "kpis", "objectives", "risks", "actions", "findings", "incidents", "changes", "reviews");

  private final FrameworkCatalog frameworks;
  private final Clock clock;

  public InitService(FrameworkCatalog frameworks, Clock clock) {
    this.frameworks = frameworks;
    this.clock = clock;
  }

  public InitResult init(InitOptions options) {
    Path root = options.directory().toAbsolutePath().normalize();
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw IsmsException.input(root + " is a file; give isms init a folder");
    }
    Path config = root.resolve(RepositoryLocator.CONFIG_FILE);
    refuseExisting(config);
    for (String framework : options.frameworks()) {
      if (frameworks.find(framework).isEmpty()) {
        throw IsmsException.input(
            "framework `"
                + framework
                + "` is not known; use one of: "
                + String.join(", ", frameworks.ids())
                + "."
                + Suggestions.didYouMean(framework, frameworks.ids()));
      }
    }
    ObligationCatalog known = new ObligationCatalog();
    for (String obligation : options.obligations()) {
      if (known.find(obligation).isEmpty()) {
        throw IsmsException.input(
            "obligation `"
                + obligation
                + "` is not known; use one of: "
                + String.join(", ", known.ids())
                + "."
                + Suggestions.didYouMean(obligation, known.ids()));
      }
    }
    RepositoryWriter.Mode mode =
        options.commit()
            ? RepositoryWriter.Mode.COMMIT_CREATING_REPOSITORY
            : RepositoryWriter.Mode.NO_COMMIT;
    try (RepositoryWriter writer = RepositoryWriter.open(root, clock, mode)) {
      refuseExisting(config); // again, under the lock: another run may have just written it
      Written written =
          writer.write(
              filesToWrite(root, options),
              "isms: initialise the ISMS repository of " + options.organization());
      return new InitResult(
          root, written.files(), writer.createdRepository(), written.commitName());
    }
  }

  private static void refuseExisting(Path config) {
    if (Files.exists(config, LinkOption.NOFOLLOW_LINKS)) {
      throw IsmsException.input(
          config
              + " already exists; isms init never overwrites it. Edit it, or run isms init in"
              + " another folder");
    }
  }

  private Map<Path, String> filesToWrite(Path root, InitOptions options) {
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(root.resolve(RepositoryLocator.CONFIG_FILE), configText(options));
    for (FileKind kind : FileKind.values()) {
      Path schema = root.resolve(SCHEMA_DIR).resolve(kind.schemaName() + ".schema.json");
      if (!Files.exists(schema)) {
        files.put(schema, SchemaCatalog.text(kind));
      }
    }
    Path settings = root.resolve(EditorSettings.PATH);
    EditorSettings.merged(existingSettings(settings), editorSchemas())
        .ifPresent(text -> files.put(settings, text));
    List<Path> keep = new ArrayList<>();
    for (String folder : FOLDERS) {
      Path dir = root.resolve(folder);
      if (!Files.isDirectory(dir) || isEmpty(dir)) {
        keep.add(dir.resolve(".gitkeep"));
      }
    }
    keep.forEach(p -> files.put(p, ""));
    return files;
  }

  /** Each kind's schema, as VS Code's yaml.schemas maps it to the files of that kind. */
  static Map<String, String> editorSchemas() {
    Map<String, String> schemas = new LinkedHashMap<>();
    for (FileKind kind : FileKind.values()) {
      String files =
          switch (kind) {
            case ISMS -> "isms.yaml";
            case REVIEW -> "reviews/*/review.yaml";
            default -> kind.location() + "/*.yaml";
          };
      schemas.put("./" + SCHEMA_DIR + "/" + kind.schemaName() + ".schema.json", files);
    }
    return schemas;
  }

  private static Optional<String> existingSettings(Path settings) {
    if (!Files.exists(settings, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (!Files.isRegularFile(settings, LinkOption.NOFOLLOW_LINKS)) {
      throw IsmsException.input(
          EditorSettings.PATH
              + " is not a regular file (a link or a folder); isms init does not follow it. Move"
              + " it away, or run isms init elsewhere");
    }
    try {
      return Optional.of(Files.readString(settings, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + EditorSettings.PATH + ": " + e.getMessage(), e);
    }
  }

  private static boolean isEmpty(Path dir) {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw IsmsException.input("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  static String configText(InitOptions options) {
    String template;
    try (InputStream in = InitService.class.getResourceAsStream("/init/isms.yaml")) {
      if (in == null) {
        throw new IsmsException(2, "the isms.yaml template is missing from the jar");
      }
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IsmsException(2, "cannot read the isms.yaml template", e);
    }
    return template
        .replace("{{organization}}", YamlScalars.scalar(options.organization()))
        .replace(
            "framework: {{framework}}",
            (options.frameworks().size() == 1
                    ? "framework: " + YamlScalars.scalar(options.frameworks().get(0))
                    : "frameworks: ["
                        + String.join(
                            ", ", options.frameworks().stream().map(YamlScalars::scalar).toList())
                        + "]")
                + obligationsLine(options));
  }

  /** `obligations: [soc2, pci-dss-4]` below the framework, when init was given any. */
  private static String obligationsLine(InitOptions options) {
    return options.obligations().isEmpty()
        ? ""
        : "\n# Other obligations the reviews also evidence (their rules run in `isms check`).\n"
            + "obligations: ["
            + String.join(", ", options.obligations().stream().map(YamlScalars::scalar).toList())
            + "]";
  }
}
