package dev.isms.finding;

import java.time.LocalDate;
import java.util.List;

/** findings/&lt;ID&gt;.yaml: an audit finding or nonconformity. */
public record Finding(
    String id,
    String title,
    String description,
    String audit,
    String auditType,
    String kind,
    LocalDate raised,
    String status,
    LocalDate closed,
    String clause,
    String control,
    List<String> correctiveActions) {

  public Finding {
    correctiveActions = correctiveActions == null ? List.of() : List.copyOf(correctiveActions);
  }

  /** This finding with the audit type taken from the audit it names, where it gives none. */
  public Finding withAuditType(String type) {
    if (auditType != null || type == null) {
      return this;
    }
    return new Finding(
        id,
        title,
        description,
        audit,
        type,
        kind,
        raised,
        status,
        closed,
        clause,
        control,
        correctiveActions);
  }

  public boolean isNonconformity() {
    return "major-nc".equals(kind) || "minor-nc".equals(kind);
  }

  public boolean isOpen() {
    return !"closed".equals(status);
  }
}
