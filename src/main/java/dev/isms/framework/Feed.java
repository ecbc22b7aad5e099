package dev.isms.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The register that feeds a review input: the {@code data} key of an input in a clause set. A
 * closed set, so that a misspelt key stops the clause set from loading instead of printing "no
 * register feeds this input". An input no register feeds has no {@code data} key at all.
 */
public enum Feed {
  /** Actions from earlier reviews (actions/). */
  ACTIONS("actions", "actions"),
  /**
   * Changes in external and internal issues (changes/ of kind external-issue, internal-issue), and
   * the supplier register (suppliers/).
   */
  CONTEXT_CHANGES("context-changes", "changes", "suppliers"),
  /** Changes in needs and expectations of interested parties (changes/). */
  PARTY_NEEDS("party-needs", "changes"),
  /** Feedback from interested parties, customers included (changes/). */
  PARTY_FEEDBACK("party-feedback", "changes"),
  /** Nonconformities and corrective actions (findings/, and the actions they call for). */
  NONCONFORMITIES("nonconformities", "findings", "actions"),
  /** Monitoring and measurement results (kpis/, and incidents/ for computed KPIs). */
  KPIS("kpis", "kpis", "incidents"),
  /** Audit results (findings/ and audits/). */
  AUDITS("audits", "findings", "audits"),
  /** Fulfilment of objectives (objectives/, and the kpis/ they rely on). */
  OBJECTIVES("objectives", "objectives", "kpis"),
  /** Risk assessment and treatment (risks/). */
  RISKS("risks", "risks"),
  /** Opportunities for continual improvement (changes/ and findings/). */
  IMPROVEMENTS("improvements", "changes", "findings"),
  /**
   * Incidents customers saw ({@code customer_visible: true}) or notified to an authority as a
   * personal-data breach ({@code breach_notified}): the events outsiders heard of (incidents/).
   */
  CUSTOMER_VISIBLE_INCIDENTS("customer-visible-incidents", "incidents"),
  /** Incidents notified to an authority as a personal-data breach (incidents/). */
  BREACH_NOTIFICATIONS("breach-notifications", "incidents");

  /**
   * The feeds an input of the organisation's own procedure may name ({@code
   * procedure.inputs[].data} in isms.yaml, whose schema lists the same keys): registers the
   * standard's inputs do not already present, so that no section is printed twice.
   */
  public static final Set<Feed> PROCEDURE =
      EnumSet.of(CUSTOMER_VISIBLE_INCIDENTS, BREACH_NOTIFICATIONS);

  private final String key;
  private final List<String> folders;

  Feed(String key, String... folders) {
    this.key = key;
    this.folders = List.of(folders);
  }

  /**
   * The register folders (relative to the ISMS root) that hold this input's data: a commit that
   * changes a register file there is new data for the input, and without one the minutes may say
   * "No change since review X" ({@code review new} offers it, {@code check} verifies it).
   */
  public List<String> folders() {
    return folders;
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
