package dev.isms.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The register that feeds a review input: the {@code data} key of an input in a clause set. A
 * closed set, so that a misspelt key stops the clause set from loading instead of printing "no
 * register feeds this input". An input no register feeds has no {@code data} key at all.
 */
public enum Feed {
  /** Actions from earlier reviews (actions/). */
  ACTIONS("actions"),
  /** Changes in external and internal issues (changes/ of kind external-issue, internal-issue). */
  CONTEXT_CHANGES("context-changes"),
  /** Changes in needs and expectations of interested parties (changes/). */
  PARTY_NEEDS("party-needs"),
  /** Feedback from interested parties, customers included (changes/). */
  PARTY_FEEDBACK("party-feedback"),
  /** Nonconformities and corrective actions (findings/). */
  NONCONFORMITIES("nonconformities"),
  /** Monitoring and measurement results (kpis/). */
  KPIS("kpis"),
  /** Audit results (findings/). */
  AUDITS("audits"),
  /** Fulfilment of objectives (objectives/). */
  OBJECTIVES("objectives"),
  /** Risk assessment and treatment (risks/). */
  RISKS("risks"),
  /** Opportunities for continual improvement (changes/ and findings/). */
  IMPROVEMENTS("improvements");

  private final String key;

  Feed(String key) {
    this.key = key;
  }

  /** The key as clause sets and isms.yaml write it. */
  @JsonValue
  public String key() {
    return key;
  }

  /** The feed a key names, or an error that lists the keys there are. */
  @JsonCreator
  public static Feed of(String key) {
    for (Feed f : values()) {
      if (f.key.equals(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown `data` key `" + key + "`: use one of " + keys() + ", or leave `data` out");
  }

  public static String keys() {
    return Arrays.stream(values()).map(Feed::key).collect(Collectors.joining(", "));
  }
}
