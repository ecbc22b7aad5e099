package dev.isms.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** The files of a bundle: path inside the bundle (forward slashes) to bytes, sorted by path. */
final class BundleFiles {
  private final TreeMap<String, byte[]> files = new TreeMap<>();

  void put(String path, byte[] bytes) {
    files.put(path, bytes);
  }

  void put(String path, String text) {
    put(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Adds every file of another bundle under a folder. */
  void putAll(String folder, BundleFiles other) {
    other.files.forEach((path, bytes) -> files.put(folder + "/" + path, bytes));
  }

  boolean contains(String path) {
    return files.containsKey(path);
  }

  Map<String, byte[]> asMap() {
    return Collections.unmodifiableMap(files);
  }
}
