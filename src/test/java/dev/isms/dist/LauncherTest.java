package dev.isms.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The `isms` launcher run by /bin/sh through real symlinks, as the README's install step makes
 * them: in the distribution's layout (bin/isms beside lib/isms.jar) and in a source checkout (isms
 * beside target/isms.jar). The jar is a stand-in that prints which jar ran.
 */
class LauncherTest {
  static final Path LAUNCHER = Path.of("isms");

  @TempDir Path temp;

  @Test
  void aSymlinkOnThePathRunsTheJarOfTheDistributionItPointsTo() throws Exception {
    Path dist = temp.resolve("opt/isms-1.0");
    install(dist.resolve("bin/isms"), dist.resolve("lib/isms.jar"));
    Path bin = Files.createDirectories(temp.resolve("home/.local/bin"));
    Files.createSymbolicLink(bin.resolve("isms"), bin.relativize(dist.resolve("bin/isms")));

    String out = run(bin.resolve("isms"), "check", "--format", "sarif");

    assertThat(out)
        .startsWith("ran " + dist.resolve("lib/isms.jar").toRealPath())
        .endsWith(" with check --format sarif\n");
  }

  @Test
  void aChainOfSymlinksIntoASourceCheckoutFindsTargetIsmsJar() throws Exception {
    Path checkout = temp.resolve("src/isms");
    install(checkout.resolve("isms"), checkout.resolve("target/isms.jar"));
    Path links = Files.createDirectories(temp.resolve("links"));
    Files.createSymbolicLink(links.resolve("first"), checkout.resolve("isms"));
    Files.createSymbolicLink(links.resolve("isms"), Path.of("first"));

    assertThat(run(links.resolve("isms"), "--version"))
        .startsWith("ran " + checkout.resolve("target/isms.jar").toRealPath());
  }

  @Test
  void theFirstCommandRunInTheDistributionWritesTheClassDataArchiveThatLaterRunsUse()
      throws Exception {
    Path dist = temp.resolve("opt/isms-1.0");
    install(dist.resolve("bin/isms"), dist.resolve("lib/isms.jar"));

    Result first = runWithErr(dist.resolve("bin/isms"), Map.of(), "check");

    assertThat(first.out()).endsWith(" with check\n");
    assertThat(first.err()).isEmpty();
    assertThat(dist.resolve("lib/isms.jsa")).isNotEmptyFile();
    assertThat(dist.resolve("lib")).isDirectoryNotContaining("glob:**.partial");
    // -Xshare:on makes the JVM fail unless it maps the archive
    Result second =
        runWithErr(dist.resolve("bin/isms"), Map.of("ISMS_JAVA_OPTS", "-Xshare:on"), "check");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(second.err()).isEmpty();
  }

  @Test
  void versionHelpAndCompletionWriteNoArchive() throws Exception {
    Path dist = temp.resolve("opt/isms-1.0");
    install(dist.resolve("bin/isms"), dist.resolve("lib/isms.jar"));

    run(dist.resolve("bin/isms"), "--version");
    run(dist.resolve("bin/isms"), "-C", "repo", "check", "--help");
    run(dist.resolve("bin/isms"), "completion");

    assertThat(dist.resolve("lib/isms.jsa")).doesNotExist();
  }

  @Test
  void withJvmOptionsOfItsOwnTheFirstRunWritesNoArchive() throws Exception {
    Path dist = temp.resolve("opt/isms-1.0");
    install(dist.resolve("bin/isms"), dist.resolve("lib/isms.jar"));

    // a JVM asked to write an archive without sharing would refuse to start
    Result result =
        runWithErr(dist.resolve("bin/isms"), Map.of("ISMS_JAVA_OPTS", "-Xshare:off"), "check");

    assertThat(result.out()).endsWith(" with check\n");
    assertThat(result.err()).isEmpty();
    assertThat(dist.resolve("lib/isms.jsa")).doesNotExist();
  }

  @Test
  void anArchiveTheJvmCannotUseIsLeftAsideWithoutAWord() throws Exception {
    Path dist = temp.resolve("opt/isms-1.0");
    install(dist.resolve("bin/isms"), dist.resolve("lib/isms.jar"));
    Files.writeString(dist.resolve("lib/isms.jsa"), "written by another Java for another jar");

    Result result = runWithErr(dist.resolve("bin/isms"), Map.of(), "check");

    assertThat(result.out()).endsWith(" with check\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void withoutAJarItSaysHowToBuildOneAndExitsTwo() throws Exception {
    Path lonely = temp.resolve("lonely/isms");
    Files.createDirectories(lonely.getParent());
    Files.copy(LAUNCHER, lonely);

    Process p = start(lonely);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(p.waitFor()).isEqualTo(2);
    assertThat(err).contains("no isms.jar", "mvn -q -DskipTests package");
  }

  @Test
  void theWindowsLauncherRunsWithTheSameDefaultJvmOptions() throws IOException {
    String sh = Files.readString(LAUNCHER);
    String cmd = Files.readString(Path.of("src/dist/bin/isms.cmd"));
    Matcher defaults = Pattern.compile("default_java_opts=\"([^\"]+)\"").matcher(sh);

    assertThat(defaults.find()).as("bin/isms sets default_java_opts").isTrue();
    assertThat(cmd)
        .contains("if not defined ISMS_JAVA_OPTS set \"ISMS_JAVA_OPTS=" + defaults.group(1) + "\"");
  }

  /** The real launcher at {@code script}, and a stand-in jar at {@code jar}. */
  private static void install(Path script, Path jar) throws IOException {
    Files.createDirectories(script.getParent());
    Files.copy(LAUNCHER, script);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.createDirectories(jar.getParent());
    writeProbeJar(jar);
  }

  /** A jar whose main class prints which jar ran with which arguments. */
  static void writeProbeJar(Path jar) throws IOException {
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, LauncherProbe.class.getName());
    String entry = LauncherProbe.class.getName().replace('.', '/') + ".class";
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest)) {
      out.putNextEntry(new JarEntry(entry));
      out.write(LauncherProbe.class.getResourceAsStream("/" + entry).readAllBytes());
      out.closeEntry();
    }
  }

  private static String run(Path script, String... args) throws Exception {
    return runWithErr(script, Map.of(), args).out();
  }

  record Result(String out, String err) {}

  /** Runs the launcher with more environment variables; it must exit 0. */
  private static Result runWithErr(Path script, Map<String, String> env, String... args)
      throws Exception {
    Process p = start(script, env, args);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    return new Result(out, err);
  }

  private static Process start(Path script, String... args) throws IOException {
    return start(script, Map.of(), args);
  }

  private static Process start(Path script, Map<String, String> env, String... args)
      throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of("/bin/sh", script.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().remove("ISMS_JAVA_OPTS");
    pb.environment()
        .put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    pb.environment().putAll(env);
    return pb.start();
  }
}
