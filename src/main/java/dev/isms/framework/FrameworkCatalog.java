package dev.isms.framework;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.isms.IsmsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The clause sets shipped with isms (every file in {@code frameworks/}), selected by {@code
 * framework:} in isms.yaml. Each is validated as it loads: unknown keys, an unknown {@code data} or
 * {@code kind}, a missing reference or title, a repeated id, or results without exactly one table
 * of actions and one conclusion stop isms with the file, the line and the fix.
 */
public final class FrameworkCatalog {
  static final String FOLDER = "frameworks";

  private final Map<String, ClauseSet> sets = new LinkedHashMap<>();

  public FrameworkCatalog() {
    for (String id : BundledData.ids(FOLDER)) {
      String resource = FOLDER + "/" + id + ".yaml";
      try (InputStream in = FrameworkCatalog.class.getResourceAsStream("/" + resource)) {
        if (in == null) {
          throw new IsmsException(2, "the clause set " + resource + " is missing from the jar");
        }
        sets.put(id, parse(resource, id, in));
      } catch (IOException e) {
        throw new IsmsException(2, "the clause set " + resource + " cannot be read", e);
      }
    }
  }

  /** Reads and validates one clause set; {@code id} is the id its file name gives it. */
  static ClauseSet parse(String name, String id, InputStream in) throws IOException {
    String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    ObjectMapper yaml =
        YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addHandler(UNKNOWN_KEY)
            .build();
    ClauseSet set;
    try {
      set = yaml.readValue(text, ClauseSet.class);
    } catch (JsonProcessingException e) {
      throw new IsmsException(2, "the clause set " + name + at(e, text) + reason(e), e);
    }
    List<String> problems = problems(id, set);
    if (!problems.isEmpty()) {
      throw new IsmsException(2, "the clause set " + name + " is invalid: " + problems.get(0));
    }
    return set;
  }

  /** A key no clause set has, reported at the key's own line. */
  private static final DeserializationProblemHandler UNKNOWN_KEY =
      new DeserializationProblemHandler() {
        @Override
        public boolean handleUnknownProperty(
            DeserializationContext ctxt,
            JsonParser p,
            JsonDeserializer<?> deserializer,
            Object bean,
            String key) {
          throw new UnknownKey(key);
        }
      };

  /** Thrown from inside Jackson, which wraps it; {@link #root} finds it again. */
  private static final class UnknownKey extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;

    UnknownKey(String key) {
      super(
          "unknown key `"
              + key
              + "`: a clause set takes id, title, clause, inputs, results; a clause takes id, ref,"
              + " title, data, presenter, prompt, kind, required, children");
      this.key = key;
    }
  }

  private static Throwable root(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * The line of the problem: Jackson's, or for an unknown key the first line that sets it (records
   * are read through a buffer that has no locations).
   */
  private static String at(JsonProcessingException e, String text) {
    int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
    if (root(e) instanceof UnknownKey u) {
      Pattern key = Pattern.compile("^\\s*(?:-\\s+)?" + Pattern.quote(u.key) + "\\s*:");
      List<String> lines = text.lines().toList();
      line = -1;
      for (int i = 0; i < lines.size() && line < 0; i++) {
        line = key.matcher(lines.get(i)).find() ? i + 1 : -1;
      }
    }
    return line < 1 ? ": " : ":" + line + ": ";
  }

  private static String reason(JsonProcessingException e) {
    Throwable root = root(e);
    return root instanceof IllegalArgumentException ? root.getMessage() : e.getOriginalMessage();
  }

  /** What is wrong with a clause set that parsed, first problem first. */
  static List<String> problems(String id, ClauseSet set) {
    List<String> problems = new ArrayList<>();
    if (!id.equals(set.id())) {
      problems.add("its id is `" + set.id() + "`: make it `" + id + "`, as the file is named");
    }
    if (blank(set.title()) || blank(set.clause())) {
      problems.add("give it a `title` and the `clause` it lists (such as 9.3)");
    }
    if (set.inputs().isEmpty()) {
      problems.add("it lists no `inputs`");
    }
    Set<String> ids = new HashSet<>();
    List<Clause> all = new ArrayList<>();
    for (Clause c : set.inputs()) {
      all.add(c);
      all.addAll(c.children());
    }
    for (Clause c : all) {
      if (blank(c.id()) || blank(c.ref()) || blank(c.title())) {
        problems.add("an input lacks its `id`, `ref` or `title` (" + c.heading() + ")");
      } else if (!ids.add(c.id())) {
        problems.add("the input id `" + c.id() + "` is used twice");
      }
      if (c.isProcedure()) {
        problems.add("`procedure` is set in isms.yaml (the organisation's own inputs), not here");
      }
      if (c.hasChildren() && c.data() != null) {
        problems.add("input " + c.ref() + " has children, so its `data` belongs to them");
      }
    }
    Set<String> resultIds = new HashSet<>();
    for (Clause r : set.results()) {
      if (blank(r.id()) || blank(r.title())) {
        problems.add("a result lacks its `id` or `title`");
      } else if (!resultIds.add(r.id())) {
        problems.add("the result id `" + r.id() + "` is used twice");
      }
    }
    for (ResultKind kind : List.of(ResultKind.ACTIONS, ResultKind.CONCLUSION)) {
      long n = set.results().stream().filter(r -> r.kind() == kind).count();
      if (n != 1) {
        problems.add(
            "it has "
                + n
                + " results of kind `"
                + kind.key()
                + "`: give exactly one result `kind: "
                + kind.key()
                + "`");
      }
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /**
   * The clause set of an id, or of several joined by {@code +} (an integrated review, as {@code
   * frameworks:} in isms.yaml gives and review.yaml records it); empty if any part is unknown.
   */
  public Optional<ClauseSet> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    List<ClauseSet> members = new ArrayList<>();
    for (String part : id.split(Pattern.quote(IntegratedSet.JOIN))) {
      ClauseSet set = sets.get(part.strip());
      if (set == null) {
        return Optional.empty();
      }
      if (!members.contains(set)) {
        members.add(set);
      }
    }
    return Optional.of(IntegratedSet.of(members));
  }

  /** The clause set of an integrated review of the standards listed, in that order. */
  public Optional<ClauseSet> find(List<String> ids) {
    return ids.isEmpty() ? Optional.empty() : find(String.join(IntegratedSet.JOIN, ids));
  }

  public List<String> ids() {
    return List.copyOf(sets.keySet());
  }
}
