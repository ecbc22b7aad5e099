package dev.isms.store;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.isms.problem.Problem;
import dev.isms.validation.PointerTokens;
import dev.isms.validation.ProblemId;
import dev.isms.validation.YamlDocument;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses one YAML document into a tree with the position of every value. Aliases are refused: no
 * register needs them, Jackson would not expand them anyway, and refusing them closes the door on
 * alias bombs ("billion laughs") before any memory is spent.
 */
public final class YamlParsing {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private final YAMLFactory factory;

  /**
   * One copy of each pointer and each position among all the documents parsed here: a repository's
   * files repeat the same keys (/id, /measurements/0/value) at the same places, and the loader
   * keeps every document's positions for the rules, so at 100x this halves what they hold.
   */
  private final Map<String, String> pointers = new ConcurrentHashMap<>();

  private final YamlDocument.Position[] positionCache = new YamlDocument.Position[1 << 14];

  public YamlParsing() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowDuplicateKeys(true); // reported by us, with the line
    options.setNestingDepthLimit(50);
    options.setCodePointLimit((int) SafeFileReader.MAX_BYTES);
    this.factory = YAMLFactory.builder().loaderOptions(options).build();
  }

  public Optional<YamlDocument> parse(SourceText source, Consumer<Problem> problems) {
    String rel = source.relativePath();
    if (isBlank(source.text())) {
      problems.accept(
          ProblemId.EMPTY_FILE.error(
              rel,
              1,
              1,
              "is empty; add the item's fields (`isms schema` shows them) or delete the file"));
      return Optional.empty();
    }
    try (YAMLParser parser = factory.createParser(source.text())) {
      Map<String, YamlDocument.Position> positions = new HashMap<>();
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.accept(
            ProblemId.EMPTY_FILE.error(rel, 1, 1, "holds no YAML document; add the item's fields"));
        return Optional.empty();
      }
      Builder builder = new Builder(parser, rel, positions, problems, this);
      JsonNode root = builder.value("");
      if (builder.failed) {
        return Optional.empty();
      }
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        problems.accept(
            ProblemId.YAML_SYNTAX.error(
                rel,
                loc.getLineNr(),
                loc.getColumnNr(),
                "holds more than one YAML document (a second `---`); keep one item per file"));
        return Optional.empty();
      }
      return Optional.of(new YamlDocument(rel, root, Map.copyOf(positions)));
    } catch (Aborted e) {
      return Optional.empty();
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
        String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
        problems.accept(
            ProblemId.YAML_SYNTAX.error(
                rel,
                marked.getProblemMark().getLine() + 1,
                marked.getProblemMark().getColumn() + 1,
                "is not valid YAML: " + context + firstLine(marked.getProblem())));
        return Optional.empty();
      }
      JsonLocation loc = e.getLocation();
      problems.accept(
          ProblemId.YAML_SYNTAX.error(
              rel,
              loc == null ? 0 : loc.getLineNr(),
              loc == null ? 0 : loc.getColumnNr(),
              "is not valid YAML: " + firstLine(e.getOriginalMessage())));
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some limits (aliases, nesting) as unchecked exceptions.
      problems.accept(
          ProblemId.YAML_SYNTAX.error(
              rel, 0, 0, "is not valid YAML: " + firstLine(e.getMessage())));
      return Optional.empty();
    }
  }

  private static boolean isBlank(String text) {
    for (String line : text.split("\n", -1)) {
      String t = line.strip();
      if (!t.isEmpty() && !t.startsWith("#") && !t.equals("---") && !t.equals("...")) {
        return false;
      }
    }
    return true;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown parser error";
    }
    String line = message.strip().lines().findFirst().orElse(message).strip();
    return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
  }

  /** Stops parsing a document at the first alias: one report is enough, and bombs stay small. */
  private static final class Aborted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Aborted() {
      super(null, null, false, false);
    }
  }

  private String pointer(String pointer) {
    String known = pointers.putIfAbsent(pointer, pointer);
    return known == null ? pointer : known;
  }

  private YamlDocument.Position position(JsonLocation location) {
    int line = location.getLineNr();
    int column = location.getColumnNr();
    if (line < 1 || line > 1 << 9 || column < 1 || column > 1 << 5) {
      return new YamlDocument.Position(line, column);
    }
    // a race between two threads makes two equal records at worst: records are safely published
    int slot = ((line - 1) << 5) | (column - 1);
    YamlDocument.Position known = positionCache[slot];
    if (known == null) {
      known = new YamlDocument.Position(line, column);
      positionCache[slot] = known;
    }
    return known;
  }

  private static final class Builder {
    private final YAMLParser parser;
    private final String rel;
    private final Map<String, YamlDocument.Position> positions;
    private final Consumer<Problem> problems;
    private final YamlParsing shared;
    private boolean failed;

    Builder(
        YAMLParser parser,
        String rel,
        Map<String, YamlDocument.Position> positions,
        Consumer<Problem> problems,
        YamlParsing shared) {
      this.parser = parser;
      this.rel = rel;
      this.positions = positions;
      this.problems = problems;
      this.shared = shared;
    }

    /** Reads the value at the current token; leaves the parser on its last token. */
    JsonNode value(String pointer) throws IOException {
      JsonToken token = parser.currentToken();
      JsonLocation loc = parser.currentTokenLocation();
      positions.putIfAbsent(shared.pointer(pointer), shared.position(loc));
      if (parser.isCurrentAlias()) {
        fail(
            loc,
            ProblemId.YAML_ALIAS,
            "uses the YAML alias `*"
                + parser.getText()
                + "`; aliases are not allowed in ISMS files: write the value out");
        throw new Aborted();
      }
      switch (token) {
        case START_OBJECT:
          return object(pointer);
        case START_ARRAY:
          return array(pointer);
        case VALUE_STRING:
          return NODES.textNode(parser.getText());
        case VALUE_NUMBER_INT:
          return NODES.numberNode(parser.getBigIntegerValue());
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(parser.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          return NODES.textNode(parser.getText());
      }
    }

    private ObjectNode object(String pointer) throws IOException {
      ObjectNode node = NODES.objectNode();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        JsonLocation keyLoc = parser.currentTokenLocation();
        String child = pointer + "/" + PointerTokens.escape(name);
        if (node.has(name)) {
          fail(
              keyLoc,
              ProblemId.YAML_DUPLICATE_KEY,
              "repeats the key `" + name + "`; keep one of them");
        }
        positions.put(shared.pointer(child), shared.position(keyLoc));
        parser.nextToken();
        node.set(name, value(child));
      }
      return node;
    }

    private ArrayNode array(String pointer) throws IOException {
      ArrayNode node = NODES.arrayNode();
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        node.add(value(pointer + "/" + index++));
      }
      return node;
    }

    private void fail(JsonLocation loc, ProblemId rule, String message) {
      failed = true;
      problems.accept(rule.error(rel, loc.getLineNr(), loc.getColumnNr(), message));
    }
  }
}
