package dev.isms.store;

import dev.isms.IsmsException;
import dev.isms.problem.Problem;
import dev.isms.validation.ProblemId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads a file of the user's repository defensively: a file that leads outside the repository, is
 * too large, or is not UTF-8 becomes a problem instead of an exception or a silent mis-read.
 */
public final class SafeFileReader {
  /** No register file is anywhere near this; a larger one is a mistake or an attack. */
  public static final long MAX_BYTES = 1024 * 1024;

  private final Path root;
  private final Path realRoot;

  public SafeFileReader(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      this.realRoot = this.root.toRealPath();
    } catch (IOException e) {
      throw IsmsException.input(
          root + ": cannot read the ISMS repository (" + e.getMessage() + ")", e);
    }
  }

  public Path root() {
    return root;
  }

  public String relative(Path file) {
    return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
  }

  /** Whether the path, once links are followed, still lies inside the repository. */
  public boolean staysInside(Path file) {
    try {
      return file.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  public Optional<SourceText> read(Path file, Consumer<Problem> problems) {
    String rel = relative(file);
    if (!staysInside(file)) {
      problems.accept(
          ProblemId.SYMLINK_OUTSIDE.error(
              rel,
              0,
              0,
              "is a link that leads outside the ISMS repository (or nowhere); replace it with"
                  + " the file itself so that Git records what the review relied on"));
      return Optional.empty();
    }
    if (!Files.isRegularFile(file)) {
      problems.accept(
          ProblemId.NOT_A_FILE.error(
              rel,
              0,
              0,
              "is not a regular file (a folder, a FIFO or a device); isms reads only regular files:"
                  + " move it out of the repository"));
      return Optional.empty();
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        problems.accept(
            ProblemId.FILE_TOO_LARGE.error(
                rel,
                0,
                0,
                "is "
                    + size
                    + " bytes; files of the ISMS repository may hold at most "
                    + MAX_BYTES
                    + " bytes: split it, one item per file"));
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      return decode(rel, bytes, problems).map(text -> new SourceText(rel, text));
    } catch (IOException e) {
      problems.accept(
          ProblemId.UNREADABLE.error(rel, 0, 0, "cannot be read (" + e.getMessage() + ")"));
      return Optional.empty();
    }
  }

  static Optional<String> decode(String rel, byte[] bytes, Consumer<Problem> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      int bad = firstInvalidUtf8(bytes);
      int line = 1;
      int column = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          column = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          column++;
        }
      }
      problems.accept(
          ProblemId.ENCODING.error(
              rel,
              line,
              column,
              String.format(
                  "byte 0x%02X is not valid UTF-8; save the file as UTF-8 (for example"
                      + " `iconv -f latin1 -t utf-8`)",
                  bytes[Math.min(bad, bytes.length - 1)] & 0xFF)));
      return Optional.empty();
    }
  }

  /** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
  static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : bytes.length;
  }
}
