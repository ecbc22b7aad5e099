package dev.isms.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.isms.IsmsException;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The clause sets shipped with isms, selected by {@code framework:} in isms.yaml. */
public final class FrameworkCatalog {
  /** Listed here rather than discovered, so that the jar and the IDE agree. */
  private static final List<String> BUILT_IN = List.of("iso27001-2022", "iso27001-2013");

  private final Map<String, ClauseSet> sets = new LinkedHashMap<>();

  public FrameworkCatalog() {
    ObjectMapper yaml =
        YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    for (String id : BUILT_IN) {
      String resource = "/frameworks/" + id + ".yaml";
      try (InputStream in = FrameworkCatalog.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IsmsException(2, "the clause set " + resource + " is missing from the jar");
        }
        sets.put(id, yaml.readValue(in, ClauseSet.class));
      } catch (IOException e) {
        throw new IsmsException(2, "the clause set " + resource + " cannot be read", e);
      }
    }
  }

  public Optional<ClauseSet> find(String id) {
    return Optional.ofNullable(id == null ? null : sets.get(id));
  }

  public List<String> ids() {
    return List.copyOf(sets.keySet());
  }
}
