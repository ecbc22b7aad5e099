package dev.isms.check.rules;

/** Small wording helpers shared by the rules' messages. */
final class Texts {
  private Texts() {}

  static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** A title in quotes, or nothing when there is none. */
  static String quote(String title) {
    return title == null || title.isBlank() ? "" : "\"" + title.strip() + "\"";
  }

  /** {@code ACT-1 "Title"}, or the id alone. */
  static String named(String id, String title) {
    return title == null || title.isBlank() ? id : id + " " + quote(title);
  }

  /** "an ad-hoc", "a quarterly". */
  static String article(String word) {
    return ("aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
