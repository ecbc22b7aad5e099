package dev.isms.demo;

import dev.isms.IsmsException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The example ISMS packaged in the jar (or on the classpath when running from the build): its files
 * and the dated earlier versions of some of them, as relative path to bytes.
 */
public final class ExampleBundle {
  public static final String EXAMPLE = "denialbase";

  private static final java.util.regex.Pattern DATED =
      java.util.regex.Pattern.compile("^\\d{4}-\\d{2}-\\d{2}/.+");

  private final Map<String, byte[]> current;
  private final Map<String, byte[]> history;
  private final Map<String, byte[]> cycle;

  private ExampleBundle(
      Map<String, byte[]> current, Map<String, byte[]> history, Map<String, byte[]> cycle) {
    this.current = current;
    this.history = history;
    this.cycle = cycle;
  }

  /**
   * What the security officer writes after the next meeting (its minutes), for {@code isms demo
   * --cycle}: relative path to bytes, the folder's README left out.
   */
  public Map<String, byte[]> cycle() {
    Map<String, byte[]> files = new TreeMap<>(cycle);
    files.remove("README.md");
    return files;
  }

  /** The files of the example as they are now. */
  public Map<String, byte[]> current() {
    return current;
  }

  /** Earlier versions: {@code <YYYY-MM-DD>/<path>} to bytes (notes beside them left out). */
  public Map<String, byte[]> history() {
    Map<String, byte[]> dated = new TreeMap<>();
    history.forEach(
        (path, bytes) -> {
          if (DATED.matcher(path).matches()) {
            dated.put(path, bytes);
          }
        });
    return dated;
  }

  public static ExampleBundle load() {
    return new ExampleBundle(read(EXAMPLE), read(EXAMPLE + "-history"), read(EXAMPLE + "-cycle"));
  }

  private static Map<String, byte[]> read(String folder) {
    URL marker = ExampleBundle.class.getResource("/examples/" + folder);
    if (marker == null) {
      if (!folder.equals(EXAMPLE)) {
        return Map.of();
      }
      throw new IsmsException(2, "the bundled example is missing from this build of isms");
    }
    try {
      URI uri = marker.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = openJar(uri)) {
          return readTree(fs.provider().getPath(uri));
        }
      }
      return readTree(Path.of(uri));
    } catch (IOException | URISyntaxException e) {
      throw new IsmsException(2, "cannot read the bundled example: " + e.getMessage(), e);
    }
  }

  private static FileSystem openJar(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      // someone else holds it open; copy from a fresh handle of our own instead
      return FileSystems.newFileSystem(Path.of(jarPath(uri)), (ClassLoader) null);
    }
  }

  private static URI jarPath(URI uri) {
    String s = uri.getSchemeSpecificPart();
    return URI.create(s.substring(0, s.indexOf("!/")));
  }

  private static Map<String, byte[]> readTree(Path base) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        String rel = base.relativize(p).toString().replace('\\', '/');
        files.put(rel, Files.readAllBytes(p));
      }
    }
    return files;
  }
}
