package dev.isms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The repository {@code isms demo} builds (the bundled example replayed as a year of dated
 * commits), built once per test JVM for each set of arguments and copied for every test that asks,
 * so a test may change its copy freely. The demo commits with its own identity and dates, so the
 * copy is the same whichever test builds it first.
 */
public final class DemoRepository {
  private static final Map<List<String>, Path> BUILT = new HashMap<>();

  private DemoRepository() {}

  /** A fresh copy of the demo repository at {@code target}; {@code demoArgs} follow the folder. */
  public static synchronized Path copy(Path target, String... demoArgs) {
    Path pristine = BUILT.computeIfAbsent(List.of(demoArgs), DemoRepository::build);
    return FileTrees.copy(pristine, target);
  }

  private static Path build(List<String> demoArgs) {
    try {
      Path dir = Files.createTempDirectory("isms-demo-fixture-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
      Path repo = dir.resolve("denialbase");
      List<String> args = new ArrayList<>(List.of("demo", repo.toString()));
      args.addAll(demoArgs);
      CommandResult result = Cli.run(args.toArray(String[]::new));
      if (result.exitCode() != 0) {
        throw new IllegalStateException("isms demo failed: " + result.err());
      }
      return repo;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) {
    try {
      FileTrees.delete(dir);
    } catch (IOException e) {
      // a temporary folder left behind is no failure of the tests
    }
  }
}
