package dev.isms.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.isms.problem.Problem;
import dev.isms.validation.PointerTokens;
import dev.isms.validation.YamlDocument;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Edits a YAML file's text where the parser says a node stands, so that everything outside the
 * changed lines (comments, key order, quoting, blank lines, line endings, fields isms does not
 * know) stays byte for byte as the user wrote it. No YAML library keeps comments through a full
 * re-dump, so this class never re-serialises a document: it splices text at node marks.
 *
 * <p>Nodes are addressed by JSON pointer ({@code /target/value}, {@code /measurements/0}), as in
 * {@link YamlDocument}. Values are {@code null}, strings, numbers, booleans, {@link LocalDate}s,
 * lists and maps of these (maps keep their iteration order). Every edit re-reads its result and
 * checks that the document changed exactly as asked; if not, it throws {@link YamlEditException}
 * and the caller writes nothing.
 *
 * <p>An editor is immutable: each edit returns a new one holding the new text.
 */
public final class YamlEditor {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern INDICATOR_START = Pattern.compile("^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]");
  private static final Resolver RESOLVER = new Resolver();

  private final String text;
  private final Node root;
  private final JsonNode tree;
  private final String lineBreak;
  private final boolean surrogates;

  private YamlEditor(String text, Node root, JsonNode tree) {
    this.text = text;
    this.root = root;
    this.tree = tree;
    this.lineBreak = text.contains("\r\n") ? "\r\n" : "\n";
    this.surrogates = text.length() != text.codePointCount(0, text.length());
  }

  /** Parses the text; it must hold one YAML document whose root is a mapping. */
  public static YamlEditor of(String text) {
    JsonNode tree = readTree(text).orElseThrow(() -> new YamlEditException("is not valid YAML"));
    if (!tree.isObject()) {
      throw new YamlEditException("does not hold a mapping of fields at the top");
    }
    return new YamlEditor(text, compose(text), tree);
  }

  /** The current text. */
  public String text() {
    return text;
  }

  /** The document as the loader sees it (after every edit so far). */
  public JsonNode tree() {
    return tree;
  }

  /**
   * Sets the value at the pointer. A missing last key is added to its mapping (after the last
   * entry); an existing scalar keeps its quoting style where the new value allows it.
   */
  public YamlEditor set(String pointer, Object value) {
    Pointer p = Pointer.parse(pointer);
    Optional<Node> parent = find(p.parent());
    if (parent.isPresent()
        && parent.get() instanceof MappingNode mapping
        && find(mapping, p.last()).isEmpty()) {
      return add(p.parent().toString(), p.last(), value);
    }
    Node node = find(p).orElseThrow(() -> missing(pointer));
    boolean flow = insideFlow(p);
    String replacement;
    if (node instanceof ScalarNode scalar && isCollectionValue(value) && !flow && isNull(scalar)) {
      return replaceNullWithBlock(p, scalar, value);
    } else if (node instanceof ScalarNode scalar) {
      replacement = renderScalarLike(scalar, value, flow);
    } else if (isFlow(node)) {
      replacement = renderFlow(value);
    } else {
      throw new YamlEditException(
          "holds a block " + kindOf(node) + " at " + pointer + "; only its items can be edited");
    }
    int start = index(node.getStartMark());
    int end = contentEnd(node);
    if (start == end && start > 0 && text.charAt(start - 1) != ' ') {
      replacement = " " + replacement; // an empty value right after its colon
    }
    String edited = text.substring(0, start) + replacement + text.substring(end);
    return verified(edited, expected(p, value));
  }

  /** Adds a key to the mapping at the pointer, after its last entry; refuses an existing key. */
  public YamlEditor add(String mappingPointer, String key, Object value) {
    Pointer p = Pointer.parse(mappingPointer);
    Node node = find(p).orElseThrow(() -> missing(mappingPointer));
    if (!(node instanceof MappingNode mapping)) {
      throw new YamlEditException("holds no mapping at " + display(mappingPointer));
    }
    if (find(mapping, key).isPresent()) {
      throw new YamlEditException("already has `" + key + "` at " + display(mappingPointer));
    }
    String edited;
    if (isFlow(mapping)) {
      String entry = renderKey(key) + ": " + renderFlow(value);
      edited = insertIntoFlow(mapping, entry);
    } else {
      List<NodeTuple> entries = mapping.getValue();
      int indent = entries.isEmpty() ? 0 : column(entries.get(0).getKeyNode());
      String entry = blockEntry(key, value, indent);
      edited = insertLines(afterLastLine(mapping), entry);
    }
    return verified(edited, expected(p.child(key), value));
  }

  /** Appends an item to the sequence at the pointer; a missing key gets a new sequence. */
  public YamlEditor append(String sequencePointer, Object item) {
    Pointer p = Pointer.parse(sequencePointer);
    Optional<Node> found = find(p);
    if (found.isEmpty()
        || found.get() instanceof ScalarNode scalar && isNull(scalar) && !insideFlow(p)) {
      return set(sequencePointer, List.of(item));
    }
    if (!(found.get() instanceof SequenceNode sequence)) {
      throw new YamlEditException("holds no list at " + display(sequencePointer));
    }
    JsonNode expected = tree.deepCopy();
    ((ArrayNode) expected.at(p.toString())).add(toJson(item));
    List<Node> items = sequence.getValue();
    String edited;
    if (isFlow(sequence)) {
      edited = insertIntoFlow(sequence, renderFlow(item));
    } else {
      Node last = items.get(items.size() - 1);
      int dash = column(sequence);
      String rendered =
          item instanceof Map<?, ?> map && last instanceof MappingNode lastMap && !isFlow(lastMap)
              ? blockMapping(map, column(lastMap.getValue().get(0).getKeyNode()))
              : renderBlockValue(item, dash + 2);
      edited = insertLines(afterLastLine(sequence), " ".repeat(dash) + "- " + rendered);
    }
    return verified(edited, expected);
  }

  /** Removes a key and its value (with the rest of their lines). A missing key is no change. */
  public YamlEditor remove(String pointer) {
    Pointer p = Pointer.parse(pointer);
    Node parent = find(p.parent()).orElseThrow(() -> missing(pointer));
    if (!(parent instanceof MappingNode mapping)) {
      throw new YamlEditException("holds no mapping at " + display(p.parent().toString()));
    }
    List<NodeTuple> entries = mapping.getValue();
    int at = -1;
    for (int i = 0; i < entries.size(); i++) {
      if (key(entries.get(i)).equals(p.last())) {
        at = i;
      }
    }
    if (at < 0) {
      return this;
    }
    NodeTuple entry = entries.get(at);
    int keyStart = index(entry.getKeyNode().getStartMark());
    int start;
    int end;
    boolean hasNext = at + 1 < entries.size();
    if (isFlow(mapping)) {
      if (hasNext) {
        start = keyStart;
        end = index(entries.get(at + 1).getKeyNode().getStartMark());
      } else if (at > 0) {
        start = contentEnd(entries.get(at - 1).getValueNode());
        end = contentEnd(entry.getValueNode());
      } else {
        start = keyStart;
        end = contentEnd(entry.getValueNode());
      }
    } else if (text.substring(lineStart(keyStart), keyStart).isBlank()) {
      start = lineStart(keyStart);
      end = nextLineStart(lastContentIndex(entry.getValueNode()));
    } else if (hasNext) {
      start = keyStart; // first key of a "- " item: the next key moves up onto the dash's line
      end = index(entries.get(at + 1).getKeyNode().getStartMark());
    } else {
      throw new YamlEditException("cannot remove the only field of a list item at " + pointer);
    }
    String edited = text.substring(0, start) + text.substring(end);
    if (end == text.length() && !text.endsWith("\n") && edited.endsWith(lineBreak)) {
      edited = edited.substring(0, edited.length() - lineBreak.length()); // no newline at the end
    }
    JsonNode expected = tree.deepCopy();
    ((ObjectNode) expected.at(p.parent().toString())).remove(p.last());
    return verified(edited, expected);
  }

  // ---- finding nodes

  private Optional<Node> find(Pointer pointer) {
    Node node = root;
    for (String token : pointer.tokens()) {
      if (node instanceof MappingNode mapping) {
        Optional<Node> next = find(mapping, token);
        if (next.isEmpty()) {
          return Optional.empty();
        }
        node = next.get();
      } else if (node instanceof SequenceNode sequence && token.matches("\\d{1,9}")) {
        int i = Integer.parseInt(token);
        if (i >= sequence.getValue().size()) {
          return Optional.empty();
        }
        node = sequence.getValue().get(i);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  private static Optional<Node> find(MappingNode mapping, String key) {
    Node found = null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (key(tuple).equals(key)) {
        found = tuple.getValueNode();
      }
    }
    return Optional.ofNullable(found);
  }

  private static String key(NodeTuple tuple) {
    return tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
  }

  private boolean insideFlow(Pointer pointer) {
    Pointer p = pointer;
    while (!p.tokens().isEmpty()) {
      p = p.parent();
      Optional<Node> node = find(p);
      if (node.isPresent() && isFlow(node.get())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isFlow(Node node) {
    return node instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW
        || node instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
  }

  private static boolean isNull(ScalarNode scalar) {
    return scalar.getTag().equals(Tag.NULL);
  }

  private static String kindOf(Node node) {
    return node.getNodeId() == NodeId.sequence ? "list" : "mapping";
  }

  // ---- positions (SnakeYAML counts code points; Java strings count UTF-16 units)

  private int index(Mark mark) {
    return surrogates ? text.offsetByCodePoints(0, mark.getIndex()) : mark.getIndex();
  }

  private int column(Node node) {
    int start = index(node.getStartMark());
    return start - lineStart(start);
  }

  private int lineStart(int index) {
    return text.lastIndexOf('\n', index - 1) + 1;
  }

  private int nextLineStart(int index) {
    int nl = text.indexOf('\n', index);
    return nl < 0 ? text.length() : nl + 1;
  }

  /** Where a node's own text ends: a block scalar without its trailing line breaks. */
  private int contentEnd(Node node) {
    if (node instanceof ScalarNode scalar) {
      int end = index(scalar.getEndMark());
      if (isBlockScalar(scalar)) {
        while (end > index(scalar.getStartMark()) && isBreakOrSpace(text.charAt(end - 1))) {
          end--;
        }
      }
      return end;
    }
    if (isFlow(node)) {
      return index(node.getEndMark());
    }
    return lastContentIndex(node) + 1;
  }

  /** The index of the last character that belongs to a node, looking into block collections. */
  private int lastContentIndex(Node node) {
    if (node instanceof MappingNode m && !isFlow(m) && !m.getValue().isEmpty()) {
      return lastContentIndex(m.getValue().get(m.getValue().size() - 1).getValueNode());
    }
    if (node instanceof SequenceNode s && !isFlow(s) && !s.getValue().isEmpty()) {
      return lastContentIndex(s.getValue().get(s.getValue().size() - 1));
    }
    return Math.max(contentEnd(node) - 1, index(node.getStartMark()));
  }

  private static boolean isBlockScalar(ScalarNode scalar) {
    return scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
        || scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
  }

  private static boolean isBreakOrSpace(char c) {
    return c == '\n' || c == '\r' || c == ' ';
  }

  /** The start of the line after the collection's last content (its trailing comment included). */
  private int afterLastLine(Node collection) {
    return nextLineStart(lastContentIndex(collection));
  }

  // ---- splicing

  private String insertLines(int at, String line) {
    String body = line.replace("\n", lineBreak);
    if (at == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
      return text + lineBreak + body; // the file had no newline at the end, and still has none
    }
    return text.substring(0, at) + body + lineBreak + text.substring(at);
  }

  private String insertIntoFlow(Node collection, String entry) {
    int close = index(collection.getEndMark()) - 1;
    int before = close;
    while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
      before--;
    }
    boolean empty = text.charAt(before - 1) == '[' || text.charAt(before - 1) == '{';
    String insert = empty ? entry : ", " + entry;
    return text.substring(0, before) + insert + text.substring(before);
  }

  private YamlEditor replaceNullWithBlock(Pointer p, ScalarNode scalar, Object value) {
    int start = index(scalar.getStartMark());
    int end = index(scalar.getEndMark());
    while (start > 0 && text.charAt(start - 1) == ' ') {
      start--;
    }
    int eol = text.indexOf('\n', end);
    int lineEnd = eol < 0 ? text.length() : eol;
    if (lineEnd > 0 && text.charAt(lineEnd - 1) == '\r') {
      lineEnd--;
    }
    if (text.substring(end, lineEnd).isBlank()) {
      end = lineEnd;
    }
    YamlEditor blanked = new YamlEditor(text.substring(0, start) + text.substring(end), root, tree);
    int keyColumn = column(keyNodeOf(p));
    String block = renderBlockValue(value, keyColumn + 2);
    int at = blanked.nextLineStart(start);
    String edited = blanked.insertLines(at, block.substring(1)); // drop the leading line break
    return verified(edited, expected(p, value));
  }

  private Node keyNodeOf(Pointer p) {
    MappingNode parent = (MappingNode) find(p.parent()).orElseThrow();
    for (NodeTuple tuple : parent.getValue()) {
      if (key(tuple).equals(p.last())) {
        return tuple.getKeyNode();
      }
    }
    throw missing(p.toString());
  }

  // ---- rendering values

  private String blockEntry(String key, Object value, int indent) {
    return " ".repeat(indent) + renderKey(key) + ":" + blockSuffix(value, indent + 2);
  }

  /** What follows a key's colon in block context: " value" or a nested block list. */
  private static String blockSuffix(Object value, int indent) {
    String rendered = renderBlockValue(value, indent);
    return rendered.startsWith("\n") ? rendered : " " + rendered;
  }

  /** A value in block context: lists of one or more items become block lists. */
  private static String renderBlockValue(Object value, int indent) {
    if (value instanceof List<?> list && !list.isEmpty()) {
      StringBuilder out = new StringBuilder();
      for (Object item : list) {
        out.append('\n').append(" ".repeat(indent)).append("- ").append(renderFlow(item));
      }
      return out.toString();
    }
    return renderFlow(value);
  }

  private static String blockMapping(Map<?, ?> map, int indent) {
    StringBuilder out = new StringBuilder();
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!first) {
        out.append('\n').append(" ".repeat(indent));
      }
      first = false;
      out.append(renderKey(String.valueOf(entry.getKey())))
          .append(':')
          .append(blockSuffix(entry.getValue(), indent + 2));
    }
    return out.toString();
  }

  private String renderScalarLike(ScalarNode old, Object value, boolean flow) {
    if (value instanceof String s && !s.isEmpty()) {
      switch (old.getScalarStyle()) {
        case SINGLE_QUOTED:
          if (s.chars().noneMatch(c -> c < 0x20 || c == 0x7f)) {
            return "'" + s.replace("'", "''") + "'";
          }
          break;
        case DOUBLE_QUOTED:
          return doubleQuoted(s);
        case LITERAL:
          if (!flow && s.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7f)) {
            return literal(s, old);
          }
          break;
        default:
          break;
      }
    }
    return flow ? renderFlow(value) : renderBlock(value);
  }

  private String literal(String s, ScalarNode old) {
    int start = index(old.getStartMark());
    int firstLine = nextLineStart(start);
    int indent = 0;
    while (firstLine + indent < text.length() && text.charAt(firstLine + indent) == ' ') {
      indent++;
    }
    if (indent == 0 || s.startsWith(" ")) {
      return doubleQuoted(s);
    }
    String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    if (body.endsWith("\n")) {
      return doubleQuoted(s); // keeping several trailing newlines needs `|+`; quoting is plainer
    }
    StringBuilder out = new StringBuilder(s.endsWith("\n") ? "|" : "|-");
    for (String line : body.split("\n", -1)) {
      out.append('\n').append(line.isEmpty() ? "" : " ".repeat(indent) + line);
    }
    return out.toString().replace("\n", lineBreak);
  }

  /**
   * A value on one line outside flow collections: as {@link #renderFlow}, but a string may hold
   * commas and brackets without quotes ({@code success_criteria: keys rotated, old ones gone}),
   * though not first ({@code [x]} would read as a list).
   */
  public static String renderBlock(Object value) {
    if (value instanceof String s
        && !INDICATOR_START.matcher(s).find()
        && isPlainSafe(s.replaceAll("[,\\[\\]{}]", ";"))) {
      return s;
    }
    return renderFlow(value);
  }

  /** A value as it may stand anywhere on one line: plain where safe, flow collections. */
  public static String renderFlow(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    if (value instanceof BigInteger || value instanceof Short || value instanceof Byte) {
      return value.toString();
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new YamlEditException("cannot write the number " + value);
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof String s) {
      // inside [...] and {...}, a plain `?` or `:` can end the scalar (YAML 1.1 flow rules)
      return isPlainSafe(s) && s.indexOf('?') < 0 && s.indexOf(':') < 0 ? s : doubleQuoted(s);
    }
    if (value instanceof Map<?, ?> map) {
      List<String> entries = new ArrayList<>();
      map.forEach((k, v) -> entries.add(renderKey(String.valueOf(k)) + ": " + renderFlow(v)));
      return "{" + String.join(", ", entries) + "}";
    }
    if (value instanceof List<?> list) {
      List<String> items = new ArrayList<>();
      list.forEach(v -> items.add(renderFlow(v)));
      return "[" + String.join(", ", items) + "]";
    }
    throw new YamlEditException("cannot write a value of type " + value.getClass().getSimpleName());
  }

  /** Keys are always read as text, so a word such as `on` needs no quotes. */
  private static String renderKey(String key) {
    return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : doubleQuoted(key);
  }

  /** A string that reads back as the same string when written without quotes, in any context. */
  static boolean isPlainSafe(String s) {
    if (s.isEmpty() || s.strip().length() != s.length() || INDICATOR_START.matcher(s).find()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
        return false;
      }
      if (",[]{}".indexOf(c) >= 0) {
        return false;
      }
    }
    if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
      return false;
    }
    return RESOLVER.resolve(NodeId.scalar, s, true).equals(Tag.STR)
        && !s.matches("(?i)[-+]?(\\.inf|\\.nan|[0-9][0-9_.,:eE+-]*|0x[0-9a-f_]+|0o[0-7]+)");
  }

  static String doubleQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f || c == 0x85 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---- checking the result

  private JsonNode expected(Pointer p, Object value) {
    JsonNode expected = tree.deepCopy();
    JsonNode parent = expected.at(p.parent().toString());
    if (parent instanceof ObjectNode object) {
      object.set(p.last(), toJson(value));
    } else if (parent instanceof ArrayNode array) {
      array.set(Integer.parseInt(p.last()), toJson(value));
    }
    return expected;
  }

  private YamlEditor verified(String edited, JsonNode expected) {
    JsonNode actual =
        readTree(edited)
            .orElseThrow(() -> new YamlEditException("would not be valid YAML after the edit"));
    if (!expected.equals(NUMBERS_BY_VALUE, actual)) {
      throw new YamlEditException("cannot be edited in place without changing other fields");
    }
    return new YamlEditor(edited, compose(edited), actual);
  }

  private static final Comparator<JsonNode> NUMBERS_BY_VALUE =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  static JsonNode toJson(Object value) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
      return object;
    }
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      list.forEach(v -> array.add(toJson(v)));
      return array;
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Number n) {
      return NODES.numberNode(new BigDecimal(renderFlow(n)));
    }
    return NODES.textNode(value.toString());
  }

  private static Optional<JsonNode> readTree(String text) {
    List<Problem> problems = new ArrayList<>();
    Optional<YamlDocument> document =
        new YamlParsing().parse(new SourceText("edited.yaml", text), problems::add);
    return document.map(YamlDocument::root);
  }

  private static Node compose(String text) {
    try {
      Node node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
      if (node == null) {
        throw new YamlEditException("holds no YAML document");
      }
      return node;
    } catch (RuntimeException e) {
      if (e instanceof YamlEditException edit) {
        throw edit;
      }
      throw new YamlEditException("is not valid YAML: " + e.getMessage());
    }
  }

  private static YamlEditException missing(String pointer) {
    return new YamlEditException("has no field " + display(pointer));
  }

  private static String display(String pointer) {
    return pointer.isEmpty() ? "at the top" : "`" + pointer.substring(1).replace('/', '.') + "`";
  }

  private static boolean isCollectionValue(Object value) {
    return value instanceof List<?> list && !list.isEmpty();
  }

  /** A JSON pointer split into unescaped tokens. */
  private record Pointer(List<String> tokens) {
    static Pointer parse(String pointer) {
      if (pointer.isEmpty()) {
        return new Pointer(List.of());
      }
      if (!pointer.startsWith("/")) {
        throw new IllegalArgumentException("not a JSON pointer: " + pointer);
      }
      List<String> tokens = new ArrayList<>();
      for (String token : pointer.substring(1).split("/", -1)) {
        tokens.add(PointerTokens.unescape(token));
      }
      return new Pointer(List.copyOf(tokens));
    }

    Pointer parent() {
      return new Pointer(tokens.subList(0, Math.max(0, tokens.size() - 1)));
    }

    Pointer child(String token) {
      List<String> more = new ArrayList<>(tokens);
      more.add(token);
      return new Pointer(List.copyOf(more));
    }

    String last() {
      return tokens.get(tokens.size() - 1);
    }

    @Override
    public String toString() {
      StringBuilder out = new StringBuilder();
      for (String token : tokens) {
        out.append('/').append(PointerTokens.escape(token));
      }
      return out.toString();
    }
  }
}
