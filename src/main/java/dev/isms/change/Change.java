package dev.isms.change;

import java.time.LocalDate;

/** changes/&lt;ID&gt;.yaml: a dated change in context, or feedback from an interested party. */
public record Change(
    String id,
    LocalDate date,
    String kind,
    String title,
    String party,
    String description,
    String impact,
    Boolean significant) {

  /** Marked {@code significant: true}: a change that calls for a review where a type says so. */
  public boolean isSignificant() {
    return Boolean.TRUE.equals(significant);
  }
}
