package dev.isms.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random edits on random hand-written files full of comments: each edit changes only the lines of
 * the edited entry (or adds lines, for a new key or list item), and the result reads back as the
 * document with exactly the intended change.
 */
class YamlEditorPropertiesTest {
  /** A hand-written file: its entries and the text. */
  record Document(List<Entry> entries, String text) {}

  /** One top-level scalar entry and the line it is on (0-based). */
  record Entry(String key, Object value, int line) {}

  /** One edit and the pointer it targets. */
  record Edit(Kind kind, int target, Object value) {}

  enum Kind {
    SET,
    ADD,
    APPEND_BLOCK,
    APPEND_FLOW,
    SET_NESTED
  }

  /** 97 and 97.0 are the same value; every other node must be equal. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) ->
          a.isNumber() && b.isNumber()
              ? a.decimalValue().compareTo(b.decimalValue())
              : a.equals(b) ? 0 : 1;

  private static final List<String> KEYS =
      List.of("title", "owner", "status", "due", "priority", "source", "x-ticket", "notes");

  @Property(tries = 1000)
  void anEditChangesOnlyItsLinesAndReadsBackAsIntended(
      @ForAll("documents") Document document, @ForAll("edits") Edit edit) {
    YamlEditor before = YamlEditor.of(document.text());
    JsonNode expected = before.tree().deepCopy();
    List<Integer> changeable = new ArrayList<>();
    YamlEditor after;
    switch (edit.kind()) {
      case SET -> {
        Entry entry = document.entries().get(edit.target() % document.entries().size());
        after = before.set("/" + entry.key(), edit.value());
        ((ObjectNode) expected).set(entry.key(), YamlEditor.toJson(edit.value()));
        changeable.add(entry.line());
      }
      case ADD -> {
        after = before.set("/added_field", edit.value());
        ((ObjectNode) expected).set("added_field", YamlEditor.toJson(edit.value()));
      }
      case APPEND_BLOCK -> {
        after = before.append("/block_list", edit.value());
        ((ArrayNode) expected.get("block_list")).add(YamlEditor.toJson(edit.value()));
      }
      case APPEND_FLOW -> {
        after = before.append("/flow_list", edit.value());
        ((ArrayNode) expected.get("flow_list")).add(YamlEditor.toJson(edit.value()));
        changeable.add(lineOf(document.text(), "flow_list:"));
      }
      case SET_NESTED -> {
        after = before.set("/nested/inner", edit.value());
        ((ObjectNode) expected.get("nested")).set("inner", YamlEditor.toJson(edit.value()));
        changeable.add(lineOf(document.text(), "  inner:"));
      }
      default -> throw new IllegalStateException(edit.kind().toString());
    }

    JsonNode reread = YamlEditor.of(after.text()).tree();
    assertThat(reread.equals(NUMBERS_BY_VALUE, expected))
        .as("%s%nreads back as%n%s%nnot%n%s", after.text(), reread, expected)
        .isTrue();
    assertOnlyChanged(document.text(), after.text(), changeable);
  }

  /**
   * Every line of the old text is in the new one, in order, but for the lines allowed to change;
   * the new lines in between are one contiguous block.
   */
  private static void assertOnlyChanged(String old, String edited, List<Integer> changeable) {
    List<String> a = old.lines().toList();
    List<String> b = edited.lines().toList();
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Integer> changedOld = new ArrayList<>();
    for (int i = prefix; i < a.size() - suffix; i++) {
      changedOld.add(i);
    }
    assertThat(changeable).as("lines allowed to change").containsAll(changedOld);
    assertThat(edited.endsWith("\n")).isEqualTo(old.endsWith("\n"));
  }

  private static int lineOf(String text, String start) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new IllegalArgumentException(start);
  }

  @Provide
  Arbitrary<Edit> edits() {
    return Combinators.combine(
            Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 100), values())
        .as(Edit::new);
  }

  /** Values as commands set them: text of every shape, numbers, dates, booleans, nothing. */
  static Arbitrary<Object> values() {
    Arbitrary<String> tricky =
        Arbitraries.of(
            "yes",
            "no",
            "null",
            "~",
            "true",
            "123",
            "1e3",
            "0x1F",
            "a: b",
            "# not a comment",
            "- dash",
            "quote's",
            "say \"hi\"",
            "trailing space ",
            " leading",
            "",
            "Zugang ✓",
            "two\nlines",
            "2026-11-23",
            "@at",
            "`tick",
            "%pct",
            "key:",
            "[x]",
            "{y}",
            "*star",
            "&anchor",
            "!tag",
            "|pipe",
            ">fold",
            "tab\there",
            "back\\slash",
            "https://x.test/a#b");
    Arbitrary<String> random =
        Arbitraries.strings()
            .withChars("abcXYZ019 :#-'\"\\{}[],&*!|>%@`?éü✓")
            .ofMinLength(0)
            .ofMaxLength(24);
    return Arbitraries.oneOf(
        tricky.map(s -> (Object) s),
        random.map(s -> (Object) s),
        Arbitraries.integers().between(-1000, 100000).map(i -> (Object) i),
        Arbitraries.doubles().between(-100, 1000).ofScale(2).map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b),
        Arbitraries.integers()
            .between(0, 3000)
            .map(d -> (Object) LocalDate.of(2025, 1, 1).plusDays(d)),
        Arbitraries.just(null));
  }

  @Provide
  Arbitrary<Document> documents() {
    Arbitrary<String> comment =
        Arbitraries.strings().withChars("abc XYZ:#'\"-✓").ofMaxLength(20).map(s -> "# " + s);
    Arbitrary<String> original =
        Arbitraries.of(
            "plain words",
            "'single quoted'",
            "\"double: quoted\"",
            "42",
            "3.5",
            "2026-10-31",
            "null",
            "",
            "\"\"",
            "'it''s'");
    Arbitrary<List<Line>> lines =
        Combinators.combine(
                original,
                comment.optional(),
                comment.optional(),
                Arbitraries.of(true, false),
                Arbitraries.of("", " ", "    "))
            .as(Line::new)
            .list()
            .ofMinSize(1)
            .ofMaxSize(KEYS.size());
    return Combinators.combine(lines, comment, Arbitraries.of(true, false))
        .as(YamlEditorPropertiesTest::document);
  }

  /** An entry's line: its value as written, the comments around it, a blank line or not. */
  record Line(
      String value,
      java.util.Optional<String> above,
      java.util.Optional<String> trailing,
      boolean blankBefore,
      String spaces) {}

  private static Document document(List<Line> lines, String header, boolean finalNewline) {
    List<String> out = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    out.add(header);
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.blankBefore()) {
        out.add("");
      }
      line.above().ifPresent(out::add);
      String key = KEYS.get(i);
      entries.add(new Entry(key, line.value(), out.size()));
      out.add(
          key
              + ":"
              + (line.value().isEmpty() ? "" : " " + line.value())
              + line.trailing().map(c -> line.spaces() + "  " + c).orElse(""));
    }
    out.add("block_list:   # kept as a block");
    out.add("  - first");
    out.add("  # between items");
    out.add("  - 'second'");
    out.add("flow_list: [a, \"b\"]   # flow");
    out.add("nested:");
    out.add("  inner: value   # nested comment");
    out.add("  other: 1");
    out.add("# trailing comment of the file");
    String text = String.join("\n", out) + (finalNewline ? "\n" : "");
    return new Document(entries, text);
  }
}
