package dev.isms.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What the golden-file tests share: a folder per case under
 * src/test/resources/golden/&lt;command&gt;/, each with a case.properties, and one switch,
 * -Dgolden.write=true, to rewrite the expected files after a deliberate change (then read every
 * changed line).
 */
public final class GoldenCases {
  private GoldenCases() {}

  /** The case folders under {@code root}, sorted. */
  public static Stream<Path> folders(Path root) throws IOException {
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(Files::isDirectory).sorted().toList().stream();
    }
  }

  public static Properties properties(Path caseDir) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(caseDir.resolve("case.properties"))) {
      p.load(in);
    }
    return p;
  }

  /** Whether this run rewrites the expected files instead of only comparing with them. */
  public static boolean write() {
    return Boolean.getBoolean("golden.write");
  }
}
