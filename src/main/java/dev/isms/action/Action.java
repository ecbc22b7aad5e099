package dev.isms.action;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** actions/&lt;ID&gt;.yaml: an action with its owner, due date and success criteria. */
public record Action(
    String id,
    String title,
    String description,
    String source,
    String owner,
    LocalDate raised,
    LocalDate due,
    String priority,
    String successCriteria,
    String status,
    LocalDate completedOn,
    String evidence,
    String verifiedBy,
    String cancelReason,
    String escalatedTo,
    String notes,
    String resources,
    List<String> dependsOn,
    List<Blocker> blockers,
    List<Escalation> escalations) {

  public Action {
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    blockers = blockers == null ? List.of() : List.copyOf(blockers);
    escalations = escalations == null ? List.of() : List.copyOf(escalations);
  }

  /** What stopped the work, recorded by {@code isms action block}. */
  public record Blocker(LocalDate on, String reason) {}

  /** One step up the escalation path, recorded by {@code isms action escalate}. */
  public record Escalation(LocalDate on, String to, String reason) {}

  private static final Set<String> FINISHED = Set.of("completed", "closed", "cancelled");

  /** Completed, closed or cancelled: nothing more is expected of the owner. */
  public boolean isFinished() {
    return FINISHED.contains(status);
  }

  /**
   * Escalated by its status: the pack, the agenda and {@link Escalations} judge it so, whether or
   * not a dated step up the escalation path was recorded.
   */
  public boolean isEscalated() {
    return "escalated".equals(status);
  }

  public boolean isOverdueOn(LocalDate day) {
    return !isFinished() && due != null && due.isBefore(day);
  }

  /** Whether the action was still open on that day, judged by its dates. */
  public boolean wasOpenOn(LocalDate day) {
    if (raised != null && raised.isAfter(day)) {
      return false;
    }
    if (completedOn != null) {
      return completedOn.isAfter(day);
    }
    return !isFinished();
  }
}
