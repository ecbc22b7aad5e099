package dev.isms.check;

import dev.isms.problem.Problem;
import java.time.LocalDate;

/**
 * One entry of {@code .isms/accepted.yaml}: findings of {@code rule} on one item (or one file) that
 * management accepted, why, who accepted them and until when. {@code line} is the entry's line.
 */
public record Acceptance(
    String rule,
    String item,
    String file,
    String reason,
    String acceptedBy,
    LocalDate until,
    int line) {

  /** Whether this entry names the finding: same rule, and the finding's item or file. */
  public boolean covers(Problem p) {
    if (!rule.equals(p.ruleId())) {
      return false;
    }
    return (item != null && item.equals(ItemIds.of(p.file())))
        || (file != null && file.equals(p.file()));
  }

  /** Whether it still holds on {@code day} (the last day it holds is {@code until}). */
  public boolean holdsOn(LocalDate day) {
    return !day.isAfter(until);
  }

  /** {@code RULE:ITEM}, as `isms check --accept` takes it. */
  public String target() {
    return rule + ":" + (item != null ? item : file);
  }
}
