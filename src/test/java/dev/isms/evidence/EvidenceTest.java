package dev.isms.evidence;

import static dev.isms.testing.CommandResultAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.isms.testing.Cli;
import dev.isms.testing.CommandResult;
import dev.isms.testing.DatedCommits;
import dev.isms.testing.DemoRepository;
import dev.isms.testing.FileTrees;
import dev.isms.testing.GitTestSupport;
import dev.isms.testing.RepositorySnapshot;
import dev.isms.testing.ReviewCycle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditor's bundle on the demo repository (copied once for the class): review new and pack (the
 * demo), hold and approve, then `isms evidence` as a folder, a zip and a whole year; the manifest's
 * hashes re-computed here, and tampered bundles caught by --verify.
 */
class EvidenceTest {
  static final String ID = ReviewCycle.ID;

  @TempDir static Path temp;
  static Path repo;
  static Path bundle;
  static Map<String, String> before;

  @BeforeAll
  static void approvedReviewAndItsBundle() throws Exception {
    GitTestSupport.isolateUserConfig(temp, false);
    repo = DemoRepository.copy(temp.resolve("demo"));
    ReviewCycle.holdAndApprove(repo);
    before = RepositorySnapshot.of(repo);
    bundle = temp.resolve("bundle");
    assertThat(isms("evidence", ID, "--out", bundle.toString()))
        .succeeded()
        .outContains("Wrote the evidence of review 2026-annual to " + bundle)
        .outContains("manifest.json SHA-256: ");
  }

  @AfterAll
  static void restore() {
    GitTestSupport.restoreUserConfig();
  }

  private static CommandResult isms(String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "-C";
    all[1] = repo.toString();
    all[2] = "--as-of";
    all[3] = "2026-12-09";
    System.arraycopy(args, 0, all, 4, args.length);
    return Cli.run(all);
  }

  @Test
  void theBundleHoldsEveryPieceAndItsManifestHashesEachFile() throws Exception {
    Map<String, byte[]> files = folder(bundle);

    assertThat(files.keySet())
        .contains(
            "MANIFEST.md",
            "manifest.json",
            "review/review.yaml",
            "review/agenda.md",
            "review/pack.md",
            "review/minutes.md",
            "html/pack.html",
            "html/minutes.html",
            "actions/ACT-2026-030.yaml",
            "actions.md",
            "check.txt",
            "check.json",
            "log.txt",
            "log.json");
    JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
    Map<String, String> listed = new TreeMap<>();
    manifest
        .get("files")
        .forEach(f -> listed.put(f.get("path").asText(), f.get("sha256").asText()));
    TreeSet<String> expected = new TreeSet<>(files.keySet());
    expected.remove("manifest.json");
    assertThat(listed.keySet()).containsExactlyElementsOf(expected);
    listed.forEach((path, sha) -> assertThat(sha256(files.get(path))).as(path).isEqualTo(sha));
    assertThat(files.get("review/minutes.md"))
        .isEqualTo(Files.readAllBytes(repo.resolve(ReviewCycle.MINUTES)));
  }

  @Test
  void theManifestNamesTheCommitAndTagOfEachStepAndTheApproval() throws Exception {
    Map<String, byte[]> files = folder(bundle);
    JsonNode manifest = new ObjectMapper().readTree(files.get("manifest.json"));
    String tagCommit;
    try (Git git = Git.open(repo.toFile())) {
      tagCommit =
          git.getRepository()
              .getRefDatabase()
              .peel(git.getRepository().exactRef("refs/tags/review/" + ID))
              .getPeeledObjectId()
              .getName();
    }

    assertThat(manifest.get("review").get("approved_by").asText()).isEqualTo("Dana Ruiz");
    assertThat(manifest.get("review").get("approved_on").asText()).isEqualTo("2026-12-09");
    List<String> steps = manifest.get("steps").findValuesAsText("step");
    assertThat(steps)
        .containsExactly("scaffolded", "packed", "held", "edited", "approved", "tagged");
    JsonNode approved = manifest.get("steps").get(4);
    assertThat(approved.get("commit").asText()).isEqualTo(tagCommit);
    assertThat(manifest.get("steps").get(5).get("tag").asText()).isEqualTo("review/" + ID);
    assertThat(manifest.get("approval").get("commit").asText()).isEqualTo(tagCommit);
    assertThat(manifest.get("approval").get("files").findValuesAsText("unchanged"))
        .isNotEmpty()
        .containsOnly("true");
    String md = new String(files.get("MANIFEST.md"), StandardCharsets.UTF_8);
    assertThat(md)
        .contains("# Evidence: management review 2026-annual")
        .contains("| Approved by | Dana Ruiz |")
        .contains("| Lena Vogt | Privacy Officer | no | apologies (annual leave) |")
        .contains("| approved | ")
        .contains(tagCommit.substring(0, 12))
        .contains("| review/minutes.md | ");
  }

  @Test
  void theBundleCarriesTheActionsTheCheckAndTheLogAndNothingIsCommitted() throws Exception {
    Map<String, byte[]> files = folder(bundle);

    assertThat(text(files, "html/minutes.html"))
        .startsWith("<!DOCTYPE html>")
        .contains("<title>Minutes of management review 2026-annual</title>")
        .contains("<td>Lena Vogt</td>");
    assertThat(text(files, "html/pack.html"))
        .isEqualTo(Files.readString(repo.resolve("reviews/" + ID + "/pack.html")))
        .contains("<!DOCTYPE html>");
    assertThat(text(files, "actions.md"))
        .contains("## ACT-2026-030")
        .contains("| Status | open |")
        .contains("review(2026-annual): approved by Dana Ruiz on 2026-12-09");
    JsonNode check = new ObjectMapper().readTree(files.get("check.json"));
    assertThat(check.get("problems").findValuesAsText("file"))
        .allMatch(f -> f.startsWith("reviews/2026-annual/") || f.startsWith("actions/"));
    assertThat(text(files, "check.txt")).contains("error").isNotEmpty();
    assertThat(text(files, "log.txt"))
        .startsWith("Trail of review 2026-annual")
        .contains("tagged review/2026-annual");
    assertThat(RepositorySnapshot.of(repo)).isEqualTo(before);
  }

  @Test
  void anIntactBundleVerifies() {
    assertThat(Cli.run("evidence", "--verify", bundle.toString()))
        .succeeded()
        .outContains("Intact: every file hashes to what manifest.json records");
  }

  @Test
  void aTamperedFolderIsCaughtNamingEachFile() throws Exception {
    Path copy = copyOf(bundle, temp.resolve("tampered"));
    Files.writeString(
        copy.resolve("review/minutes.md"),
        Files.readString(copy.resolve("review/minutes.md")).replace("Dana Ruiz", "Dana R."));
    Files.delete(copy.resolve("check.txt"));
    Files.writeString(copy.resolve("html/extra.html"), "<p>added</p>\n");

    CommandResult result = Cli.run("evidence", "--verify", copy.toString());

    assertThat(result)
        .exitedWith(1)
        .outContains("differs: review/minutes.md")
        .outContains("missing: check.txt")
        .outContains("added: html/extra.html")
        .outContains("NOT intact: 1 differ, 1 missing, 1 added.");
  }

  @Test
  void aZipIsTheSameBytesTwiceVerifiesAndAnEditedEntryIsCaught() throws Exception {
    Path first = temp.resolve("zips/first.zip");
    Path second = temp.resolve("zips/second.zip");
    assertThat(isms("evidence", ID, "--zip", first.toString())).succeeded();
    // a relative path is read from the folder -C names, as `git -C` reads one
    assertThat(isms("evidence", ID, "--zip", "../zips/second.zip")).succeeded();
    assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    assertThat(zip(first).keySet()).isEqualTo(folder(bundle).keySet());
    assertThat(Cli.run("evidence", "--verify", first.toString())).succeeded();

    Map<String, byte[]> entries = zip(first);
    entries.put(
        "log.json",
        text(entries, "log.json").replace("unsigned", "signed").getBytes(StandardCharsets.UTF_8));
    Path edited = temp.resolve("zips/edited.zip");
    try (OutputStream out = Files.newOutputStream(edited);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }

    assertThat(Cli.run("evidence", "--verify", edited.toString()))
        .exitedWith(1)
        .outContains("differs: log.json");
    Files.writeString(temp.resolve("zips/not.zip"), "not a zip\n");
    assertThat(Cli.run("evidence", "--verify", temp.resolve("zips/not.zip").toString()))
        .exitedWith(2)
        .errContains("not.zip is not a zip file with entries");
  }

  @Test
  void aYearBundleHasAFolderPerReviewAndATopManifest() throws Exception {
    Path year = temp.resolve("year-2026.zip");

    assertThat(isms("evidence", "--year", "2026", "--zip", year.toString()))
        .succeeded()
        .outContains("reviews (");

    Map<String, byte[]> entries = zip(year);
    JsonNode top = new ObjectMapper().readTree(entries.get("manifest.json"));
    List<String> reviews = top.get("reviews").findValuesAsText("review");
    assertThat(reviews).contains(ID).hasSizeGreaterThan(1);
    for (String review : reviews) {
      assertThat(entries).containsKeys(review + "/manifest.json", review + "/review/review.yaml");
    }
    assertThat(top.get("files").findValuesAsText("path")).contains(ID + "/manifest.json");
    assertThat(Cli.run("evidence", "--verify", year.toString())).succeeded();
  }

  @Test
  void theBundleGoesOutsideTheRepositoryAndNeverOverAnotherFolder() throws Exception {
    assertThat(isms("evidence", ID, "--out", repo.resolve("evidence").toString()))
        .exitedWith(2)
        .errContains("is inside the repository");
    assertThat(isms("evidence", ID))
        .exitedWith(2)
        .errContains("--out DIR (a folder) or --zip FILE");
    Path taken = Files.createDirectories(temp.resolve("taken"));
    Files.writeString(taken.resolve("mine.txt"), "keep me\n");

    assertThat(isms("evidence", ID, "--out", taken.toString()))
        .exitedWith(2)
        .errContains("is a folder that is not empty")
        .errContains("--force");
    assertThat(Files.readString(taken.resolve("mine.txt"))).isEqualTo("keep me\n");
    assertThat(isms("evidence", ID, "--out", taken.toString(), "--force")).succeeded();
    assertThat(taken.resolve("mine.txt")).doesNotExist();
    assertThat(Cli.run("evidence", "--verify", taken.toString())).succeeded();
    assertThat(temp.resolve("nothing-here")).doesNotExist();
    assertThat(Cli.run("evidence", "--verify", temp.resolve("nothing-here").toString()))
        .exitedWith(2)
        .errContains("does not exist");
  }

  @Test
  void aChangeAfterApprovalShowsInTheManifestTheLogAndTheCheck() throws Exception {
    Path changed = FileTrees.copy(repo, temp.resolve("changed"));
    Path minutes = changed.resolve(ReviewCycle.MINUTES);
    Files.writeString(minutes, Files.readString(minutes) + "\nAdded later.\n");
    try (Git git = Git.open(changed.toFile())) {
      DatedCommits.commitAll(git, "Reword the annual minutes", LocalDate.of(2026, 12, 10));
    }
    Path out = temp.resolve("changed-bundle");

    assertThat(
            Cli.run(
                "-C",
                changed.toString(),
                "--as-of",
                "2026-12-10",
                "evidence",
                ID,
                "--out",
                out.toString()))
        .succeeded();

    assertThat(Files.readString(out.resolve("MANIFEST.md")))
        .contains("| changed after approval | 2026-12-10T12:00+01:00 |")
        .containsPattern(
            "\\| reviews/2026-annual/minutes\\.md \\| `[0-9a-f]{64}` \\| `[0-9a-f]{64}` \\|"
                + " \\*\\*changed since approval\\*\\* \\|");
    assertThat(Files.readString(out.resolve("log.txt")))
        .contains("changed after approval")
        .contains("Reword the annual minutes");
    assertThat(Files.readString(out.resolve("check.txt")))
        .contains("error [approved-changed] " + ReviewCycle.MINUTES);
  }

  @Test
  void aShallowCloneGivesATrailWithANote() throws Exception {
    Path shallow = temp.resolve("shallow");
    Git.cloneRepository()
        .setURI(repo.toUri().toString())
        .setDirectory(shallow.toFile())
        .setDepth(2)
        .call()
        .close();

    CommandResult log = Cli.run("-C", shallow.toString(), "review", "log", ID);
    Path out = temp.resolve("shallow-bundle");
    CommandResult evidence =
        Cli.run("-C", shallow.toString(), "evidence", ID, "--out", out.toString());

    assertThat(log)
        .succeeded()
        .outContains("approved")
        .outContains("note: this is a shallow clone: commits older than its boundary are missing");
    assertThat(log.out())
        .containsPattern(
            "  start of shallow history +[0-9a-f]{7}  .*\"Minutes of the annual review\"")
        .doesNotContain("scaffolded");
    assertThat(evidence).succeeded();
    assertThat(Files.readString(out.resolve("MANIFEST.md"))).contains("this is a shallow clone");
  }

  @Test
  void aMissingReviewAndABundleWithoutManifestAreInputErrors() throws Exception {
    assertThat(isms("evidence", "2031-Q1", "--out", temp.resolve("none").toString()))
        .exitedWith(2)
        .errContains("there is no review 2031-Q1");
    assertThat(temp.resolve("none")).doesNotExist();
    Path bare = Files.createDirectories(temp.resolve("no-manifest"));
    Files.writeString(bare.resolve("minutes.md"), "# minutes\n");
    assertThat(Cli.run("evidence", "--verify", bare.toString()))
        .exitedWith(2)
        .errContains("has no manifest.json");
  }

  private static Map<String, byte[]> folder(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static Map<String, byte[]> zip(Path file) throws IOException {
    Map<String, byte[]> entries = new TreeMap<>();
    try (InputStream in = Files.newInputStream(file);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
        entries.put(e.getName(), z.readAllBytes());
      }
    }
    return entries;
  }

  private static Path copyOf(Path from, Path to) throws IOException {
    for (Map.Entry<String, byte[]> e : folder(from).entrySet()) {
      Path target = to.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
    return to;
  }

  private static String text(Map<String, byte[]> files, String path) {
    return new String(files.get(path), StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
