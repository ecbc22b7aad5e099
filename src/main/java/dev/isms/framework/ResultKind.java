package dev.isms.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a review result (9.3.3) records, the {@code kind} of a result in a clause set: a decision in
 * words, the table of actions, or the conclusion on suitability, adequacy and effectiveness.
 */
public enum ResultKind {
  /** Decisions or needs recorded in words. */
  DECISION("decision"),
  /** One table row per action, with owner and due date. */
  ACTIONS("actions"),
  /** Whether the management system remains suitable, adequate and effective. */
  CONCLUSION("conclusion");

  private final String key;

  ResultKind(String key) {
    this.key = key;
  }

  @JsonValue
  public String key() {
    return key;
  }

  @JsonCreator
  public static ResultKind of(String key) {
    for (ResultKind k : values()) {
      if (k.key.equals(key)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "unknown result `kind` `"
            + key
            + "`: use one of "
            + Arrays.stream(values()).map(ResultKind::key).collect(Collectors.joining(", ")));
  }
}
