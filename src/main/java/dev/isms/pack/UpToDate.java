package dev.isms.pack;

import dev.isms.store.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the pack on disk already says what a new one would: equal apart from when it was
 * generated and the data-commit line, so that running {@code isms pack} again on unchanged data
 * writes and commits nothing. The new pack is rendered with placeholders in those two places
 * (letters only, so no escaping changes them) and the files on disk must match it with anything on
 * one line in their stead; this holds for any template, a user's own included.
 */
final class UpToDate {
  private static final String GENERATED = "ISMSPACKGENERATEDATPLACEHOLDER";
  private static final String DATA_COMMIT = "ISMSPACKDATACOMMITPLACEHOLDER";
  private static final Pattern PLACEHOLDER = Pattern.compile(GENERATED + "|" + DATA_COMMIT);

  static final PackDocument.Provenance PLACEHOLDERS =
      new PackDocument.Provenance(GENERATED, DATA_COMMIT);

  private UpToDate() {}

  /**
   * When the files on disk were generated, if every one of them is an untouched pack equal to
   * {@code placeholders} (the new files rendered with {@link #PLACEHOLDERS}) apart from the
   * provenance; empty when any must be written.
   */
  static Optional<String> since(Map<Path, String> placeholders) {
    String generated = null;
    for (Map.Entry<Path, String> file : placeholders.entrySet()) {
      if (GeneratedFile.stateOf(file.getKey(), PackService.GENERATOR)
          != GeneratedFile.State.GENERATED) {
        return Optional.empty();
      }
      Matcher match =
          pattern(withoutMarker(file.getValue())).matcher(withoutMarker(read(file.getKey())));
      if (!match.matches()) {
        return Optional.empty();
      }
      if (generated == null) {
        generated = firstGenerated(file.getValue(), match);
      }
    }
    return Optional.ofNullable(generated).or(() -> Optional.of("it was generated"));
  }

  /** The rendered text as a pattern: literal, with each placeholder matching one line's worth. */
  private static Pattern pattern(String rendered) {
    StringBuilder regex = new StringBuilder();
    Matcher m = PLACEHOLDER.matcher(rendered);
    int at = 0;
    while (m.find()) {
      regex.append(Pattern.quote(rendered.substring(at, m.start()))).append("([^\\n]*?)");
      at = m.end();
    }
    regex.append(Pattern.quote(rendered.substring(at)));
    return Pattern.compile(regex.toString());
  }

  /** The text the first generated-time placeholder stood for. */
  private static String firstGenerated(String rendered, Matcher match) {
    Matcher m = PLACEHOLDER.matcher(rendered);
    int group = 0;
    while (m.find()) {
      group++;
      if (m.group().equals(GENERATED)) {
        return match.group(group);
      }
    }
    return null;
  }

  private static String withoutMarker(String text) {
    String normal = text.replace("\r\n", "\n");
    int newline = normal.indexOf('\n');
    return newline < 0 ? "" : normal.substring(newline + 1);
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return ""; // a FIFO would block the read; it is not up to date, and writing refuses it
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // unreadable: not up to date, and writing it will say why
    }
  }
}
