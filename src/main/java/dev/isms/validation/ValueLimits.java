package dev.isms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.isms.problem.Problem;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What JSON Schema cannot say about a value: a number too large to compute with ({@code 1e400} is
 * valid YAML and becomes infinity as a double), a date in a year no ISMS record has (0000), and a
 * period or meeting length that is zero or too long to add to a date ({@code P0D}, {@code
 * P999999999999Y}). Fields of the user's own ({@code x-...}) are theirs and not judged.
 */
final class ValueLimits {
  /** Beyond this, doubles lose whole numbers and differences of two values may overflow. */
  static final BigDecimal LARGEST = new BigDecimal("1e15");

  static final int FIRST_YEAR = 1900;
  private static final int LONGEST_PERIOD_DAYS = 100 * 366;
  private static final int LONGEST_MEETING_MINUTES = 7 * 24 * 60;
  private static final Pattern PERIOD_PART = Pattern.compile("(\\d+)([YMWD])");
  private static final Pattern LENGTH_PART = Pattern.compile("(\\d+)([hm])");

  private final Function<String, JsonNode> schemaAt;
  private final YamlDocument document;
  private final Map<String, Problem> found = new LinkedHashMap<>();

  private ValueLimits(YamlDocument document, Function<String, JsonNode> schemaAt) {
    this.document = document;
    this.schemaAt = schemaAt;
  }

  /**
   * The problems of the document's values, by JSON pointer; {@code schemaAt} gives the schema of
   * the value at a pointer (null where the schema says nothing).
   */
  static Map<String, Problem> check(YamlDocument document, Function<String, JsonNode> schemaAt) {
    ValueLimits limits = new ValueLimits(document, schemaAt);
    limits.walk(document.root(), "");
    return limits.found;
  }

  private void walk(JsonNode node, String pointer) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().startsWith("x-")) {
          walk(field.getValue(), pointer + "/" + PointerTokens.escape(field.getKey()));
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i);
      }
    } else if (node.isNumber()) {
      number(node, pointer);
    } else if (node.isTextual()) {
      text(node.asText(), pointer);
    }
  }

  private void number(JsonNode node, String pointer) {
    BigDecimal value = node.decimalValue();
    if (value.abs().compareTo(LARGEST) > 0) {
      report(
          ProblemId.INVALID_VALUE,
          pointer,
          "`"
              + PointerTokens.fieldName(pointer)
              + "` is "
              + value.toString()
              + ", a number too large for isms to compute with (at most 1e15 either way);"
              + " write the real value");
    }
  }

  private void text(String value, String pointer) {
    JsonNode schema = schemaAt.apply(pointer);
    if (schema == null) {
      return;
    }
    String format = schema.path("format").asText("");
    String pattern = schema.path("pattern").asText("");
    if (format.equals("date") || format.equals("date-time")) {
      date(value, pointer);
    } else if (pattern.startsWith("^P(")) {
      period(value, pointer);
    } else if (pattern.contains("\\d+h")) {
      meetingLength(value, pointer);
    }
  }

  private void date(String value, String pointer) {
    if (value.length() < 4 || !value.substring(0, 4).chars().allMatch(Character::isDigit)) {
      return; // the schema's format check reports it
    }
    int year = Integer.parseInt(value.substring(0, 4));
    if (year < FIRST_YEAR) {
      report(
          ProblemId.INVALID_DATE,
          pointer,
          "`"
              + PointerTokens.fieldName(pointer)
              + "` is `"
              + value
              + "`, a date in the year "
              + value.substring(0, 4)
              + ", which no ISMS record has (isms reads dates from "
              + FIRST_YEAR
              + " on); write the real date such as 2026-11-23");
    }
  }

  private void period(String value, String pointer) {
    BigInteger days =
        total(
            PERIOD_PART,
            value,
            unit ->
                switch (unit) {
                  case "Y" -> 366;
                  case "M" -> 31;
                  case "W" -> 7;
                  default -> 1;
                });
    limit(
        days,
        LONGEST_PERIOD_DAYS,
        pointer,
        value,
        "a period of no time at all; write a period of at least one day, e.g. P3M, P1Y, P14D",
        "longer than 100 years, which isms does not compute with; write the real period, e.g."
            + " P3M, P1Y, P14D");
  }

  private void meetingLength(String value, String pointer) {
    BigInteger minutes = total(LENGTH_PART, value, unit -> unit.equals("h") ? 60 : 1);
    limit(
        minutes,
        LONGEST_MEETING_MINUTES,
        pointer,
        value,
        "a meeting of no time at all; write its planned length, e.g. 90m, 3h, 1h30m",
        "longer than a week; write the meeting's planned length, e.g. 90m, 3h, 1h30m");
  }

  /** The sum of the number-unit parts of {@code value} in the smallest unit; null if none. */
  private static BigInteger total(Pattern parts, String value, ToIntFunction<String> weight) {
    Matcher m = parts.matcher(value);
    BigInteger sum = null;
    while (m.find()) {
      BigInteger n =
          new BigInteger(m.group(1)).multiply(BigInteger.valueOf(weight.applyAsInt(m.group(2))));
      sum = sum == null ? n : sum.add(n);
    }
    return sum;
  }

  /** Reports a total of nothing, or over {@code most}; a value without parts is the schema's. */
  private void limit(
      BigInteger total, int most, String pointer, String value, String none, String tooLong) {
    if (total == null) {
      return;
    }
    String what =
        total.signum() == 0 ? none : total.compareTo(BigInteger.valueOf(most)) > 0 ? tooLong : null;
    if (what != null) {
      report(
          ProblemId.INVALID_VALUE,
          pointer,
          "`" + PointerTokens.fieldName(pointer) + "` is `" + value + "`, " + what);
    }
  }

  private void report(ProblemId id, String pointer, String message) {
    YamlDocument.Position pos = document.positionOf(pointer);
    found.putIfAbsent(
        pointer, id.error(document.relativePath(), pos.line(), pos.column(), message));
  }
}
