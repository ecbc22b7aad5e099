package dev.isms.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.isms.IsmsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The obligations shipped with isms (every file in {@code obligations/}), selected by {@code
 * obligations:} in isms.yaml: which SOC 2 criteria and PCI DSS requirements a management review
 * serves. Each is validated as it loads.
 */
public final class ObligationCatalog {
  static final String FOLDER = "obligations";

  /** The obligation whose rules check PCI DSS 12.4.2 and 12.4.2.1. */
  public static final String PCI_DSS_4 = "pci-dss-4";

  /** The obligation whose rule checks SOC 2 CC4.2. */
  public static final String SOC2 = "soc2";

  private final Map<String, Obligation> obligations = new LinkedHashMap<>();

  public ObligationCatalog() {
    ObjectMapper yaml =
        YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    for (String id : BundledData.ids(FOLDER)) {
      String resource = FOLDER + "/" + id + ".yaml";
      try (InputStream in = ObligationCatalog.class.getResourceAsStream("/" + resource)) {
        if (in == null) {
          throw new IsmsException(2, "the obligation " + resource + " is missing from the jar");
        }
        Obligation o = yaml.readValue(in, Obligation.class);
        List<String> problems = problems(id, o);
        if (!problems.isEmpty()) {
          throw new IsmsException(
              2, "the obligation " + resource + " is invalid: " + problems.get(0));
        }
        obligations.put(id, o);
      } catch (IOException e) {
        throw new IsmsException(2, "the obligation " + resource + " cannot be read", e);
      }
    }
  }

  static List<String> problems(String id, Obligation o) {
    List<String> problems = new ArrayList<>();
    if (!id.equals(o.id())) {
      problems.add("its id is `" + o.id() + "`: make it `" + id + "`, as the file is named");
    }
    if (blank(o.title()) || blank(o.name()) || o.criteria().isEmpty()) {
      problems.add("give it a `title`, a short `name` and its `criteria`");
    }
    for (Obligation.Criterion c : o.criteria()) {
      if (blank(c.id()) || blank(c.title()) || blank(c.summary()) || blank(c.evidence())) {
        problems.add("criterion " + c.id() + " lacks its `id`, `title`, `summary` or `evidence`");
      }
    }
    return problems;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Optional<Obligation> find(String id) {
    return Optional.ofNullable(obligations.get(id));
  }

  /** The obligations of the ids isms.yaml lists, in its order; unknown ones are left out. */
  public List<Obligation> findAll(List<String> ids) {
    return ids.stream().map(this::find).flatMap(Optional::stream).toList();
  }

  public List<String> ids() {
    return List.copyOf(obligations.keySet());
  }
}
