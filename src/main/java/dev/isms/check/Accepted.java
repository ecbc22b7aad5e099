package dev.isms.check;

import dev.isms.problem.Problem;

/** A finding that an entry of {@code .isms/accepted.yaml} accepts: reported, but no failure. */
public record Accepted(Problem problem, Acceptance acceptance) {
  /** The reason, who accepted it and until when, for every report. */
  public String describe() {
    return acceptance.reason()
        + " (accepted by "
        + acceptance.acceptedBy()
        + " until "
        + acceptance.until()
        + ")";
  }
}
