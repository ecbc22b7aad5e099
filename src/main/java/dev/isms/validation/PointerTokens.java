package dev.isms.validation;

/**
 * One step of a JSON pointer (RFC 6901) written from a key: {@code ~} becomes {@code ~0} and {@code
 * /} becomes {@code ~1}, so role names such as "Head of R/D" point at their own field.
 */
public final class PointerTokens {
  private PointerTokens() {}

  /** The key as a pointer step. */
  public static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A field as problems name it: the pointer's steps joined by dots ({@code measurements.2.value}),
   * "(file)" for the whole document.
   */
  public static String fieldName(String pointer) {
    return pointer.isEmpty() ? "(file)" : unescape(pointer.substring(1).replace("/", "."));
  }

  /** The key a pointer step names. */
  public static String unescape(String token) {
    return token.replace("~1", "/").replace("~0", "~");
  }
}
