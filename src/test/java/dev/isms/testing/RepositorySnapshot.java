package dev.isms.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a failed command must leave byte for byte as it was: every file and folder of the work tree,
 * and Git's index, HEAD and refs (objects a failed commit wrote are unreachable and harmless).
 */
public final class RepositorySnapshot {
  private RepositorySnapshot() {}

  /** Path relative to {@code root} to the SHA-256 of its bytes ("dir" for a folder). */
  public static Map<String, String> of(Path root) {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (rel.isEmpty() || !kept(rel)) {
          continue;
        }
        if (Files.isSymbolicLink(p)) {
          entries.put(rel, "link " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(rel, "dir");
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(rel, sha256(Files.readAllBytes(p)));
        } else {
          entries.put(rel, "special");
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean kept(String rel) {
    if (!rel.equals(".git") && !rel.startsWith(".git/")) {
      return true;
    }
    return rel.equals(".git")
        || rel.equals(".git/index")
        || rel.equals(".git/HEAD")
        || rel.equals(".git/packed-refs")
        || rel.equals(".git/refs")
        || rel.startsWith(".git/refs/");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
