package dev.isms.git;

import java.nio.file.Path;
import java.util.Map;

/**
 * A file a command exports outside its commits (a calendar, say), written the way the writer
 * writes: to a temporary sibling first, flushed, then moved over the target, so a reader sees the
 * old file or the new one and never half of one. Whether an existing file may be replaced is the
 * caller's decision, made before.
 */
public final class OutputFile {
  private OutputFile() {}

  public static void write(Path target, byte[] bytes) {
    Path abs = target.toAbsolutePath().normalize();
    FileTransaction.apply(abs.getParent(), Map.of(abs, bytes), FileTransaction.Disk.REAL).commit();
  }
}
