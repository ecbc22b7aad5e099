package dev.isms.framework;

import dev.isms.IsmsException;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The data files isms ships in one folder of the class path ({@code frameworks/}, {@code
 * obligations/}), found by listing the folder, whether it lies in the jar or in the build's class
 * folder: adding a standard is adding its file, not also naming it in code.
 */
final class BundledData {
  private BundledData() {}

  /** The names without {@code .yaml} of the YAML files in {@code folder}, sorted. */
  static List<String> ids(String folder) {
    URL url = BundledData.class.getResource("/" + folder);
    if (url == null) {
      throw new IsmsException(2, "the folder " + folder + "/ is missing from the isms jar");
    }
    List<String> names = new ArrayList<>();
    try {
      if ("jar".equals(url.getProtocol())) {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          String prefix = folder + "/";
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            if (name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0) {
              names.add(name.substring(prefix.length()));
            }
          }
        }
      } else {
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
          files.forEach(f -> names.add(f.getFileName().toString()));
        }
      }
    } catch (IOException | URISyntaxException e) {
      throw new IsmsException(2, "cannot list the folder " + folder + "/ of the isms jar", e);
    }
    return names.stream()
        .filter(n -> n.endsWith(".yaml"))
        .map(n -> n.substring(0, n.length() - ".yaml".length()))
        .sorted()
        .toList();
  }
}
