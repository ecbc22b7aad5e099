package dev.isms.evidence;

import dev.isms.IsmsException;
import dev.isms.store.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * `isms evidence --verify`: re-checks a bundle (folder or zip) against its manifest.json and names
 * each file that differs, is missing or was added. Needs no ISMS repository: an auditor runs it on
 * the bundle alone.
 */
public final class BundleVerifier {
  /** What the check found; intact when nothing differs, is missing or was added. */
  public record Result(
      Path bundle,
      int listed,
      String manifestSha256,
      List<String> differ,
      List<String> missing,
      List<String> added) {
    public boolean intact() {
      return differ.isEmpty() && missing.isEmpty() && added.isEmpty();
    }
  }

  public Result verify(Path bundle) {
    Map<String, String> found = read(bundle);
    String manifestSha = found.remove(Manifest.JSON_NAME);
    if (manifestSha == null) {
      throw IsmsException.input(
          bundle + " has no " + Manifest.JSON_NAME + "; it is no bundle of isms evidence");
    }
    Map<String, String> listed =
        Manifest.hashes(content(bundle, Manifest.JSON_NAME), bundle + "!/" + Manifest.JSON_NAME);
    List<String> differ = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<String> added = new ArrayList<>();
    listed.forEach(
        (path, sha) -> {
          String actual = found.get(path);
          if (actual == null) {
            missing.add(path);
          } else if (!actual.equals(sha)) {
            differ.add(path);
          }
        });
    found.keySet().stream().filter(p -> !listed.containsKey(p)).forEach(added::add);
    return new Result(bundle, listed.size(), manifestSha, differ, missing, added);
  }

  /** Path in the bundle to its SHA-256, for a folder or a zip file. */
  private static Map<String, String> read(Path bundle) {
    if (Files.isDirectory(bundle)) {
      Map<String, String> hashes = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(bundle)) {
        for (Path p : walk.toList()) {
          if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            continue;
          }
          String name = bundle.relativize(p).toString().replace('\\', '/');
          hashes.put(
              name,
              Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Sha256.ofFile(p) : "not a file");
        }
      } catch (IOException e) {
        throw IsmsException.input("cannot read the bundle " + bundle + ": " + e.getMessage(), e);
      }
      return hashes;
    }
    if (!Files.isRegularFile(bundle)) {
      throw IsmsException.input(
          bundle + " does not exist; give the folder or zip file `isms evidence` wrote");
    }
    Map<String, String> hashes = new TreeMap<>();
    forEachEntry(bundle, (name, bytes) -> hashes.put(name, Sha256.of(bytes)));
    return hashes;
  }

  private static byte[] content(Path bundle, String name) {
    if (Files.isDirectory(bundle)) {
      try {
        return Files.readAllBytes(bundle.resolve(name));
      } catch (IOException e) {
        throw IsmsException.input("cannot read " + bundle.resolve(name) + ": " + e.getMessage(), e);
      }
    }
    byte[][] found = new byte[1][];
    forEachEntry(
        bundle,
        (entry, bytes) -> {
          if (entry.equals(name)) {
            found[0] = bytes;
          }
        });
    return found[0];
  }

  private interface EntryVisitor {
    void visit(String name, byte[] bytes);
  }

  private static void forEachEntry(Path zip, EntryVisitor visitor) {
    boolean any = false;
    try (InputStream in = Files.newInputStream(zip);
        ZipInputStream z = new ZipInputStream(in)) {
      for (ZipEntry entry = z.getNextEntry(); entry != null; entry = z.getNextEntry()) {
        any = true;
        if (!entry.isDirectory()) {
          visitor.visit(entry.getName(), z.readAllBytes());
        }
      }
    } catch (ZipException e) {
      throw IsmsException.input(
          zip
              + " is not a readable zip file ("
              + e.getMessage()
              + "); give the bundle's folder or"
              + " zip file",
          e);
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + zip + ": " + e.getMessage(), e);
    }
    if (!any) {
      throw IsmsException.input(
          zip + " is not a zip file with entries; give the bundle's folder or zip file");
    }
  }
}
