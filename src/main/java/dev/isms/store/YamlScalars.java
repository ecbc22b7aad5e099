package dev.isms.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes a string as a YAML scalar that reads back as the same string. */
public final class YamlScalars {
  private static final Pattern PLAIN =
      Pattern.compile("^[A-Za-z][A-Za-z0-9 ._()/-]*[A-Za-z0-9.)]$|^[A-Za-z]$");
  private static final Set<String> KEYWORDS =
      Set.of("yes", "no", "true", "false", "null", "on", "off", "y", "n", "~");
  private static final ObjectMapper JSON = new ObjectMapper();

  private YamlScalars() {}

  public static String scalar(String value) {
    if (value == null) {
      return "null";
    }
    if (PLAIN.matcher(value).matches()
        && !KEYWORDS.contains(value.toLowerCase(Locale.ROOT))
        && !value.contains(" #")
        && !value.contains(": ")) {
      return value;
    }
    try {
      return JSON.writeValueAsString(value); // a JSON string is a valid YAML double-quoted scalar
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
