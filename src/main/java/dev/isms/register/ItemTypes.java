package dev.isms.register;

import dev.isms.action.Action;
import dev.isms.audit.Audit;
import dev.isms.change.Change;
import dev.isms.config.IsmsConfig;
import dev.isms.finding.Finding;
import dev.isms.incident.Incident;
import dev.isms.kpi.Kpi;
import dev.isms.objective.Objective;
import dev.isms.review.model.Review;
import dev.isms.risk.Risk;
import dev.isms.supplier.Supplier;
import dev.isms.validation.FileKind;

/** The record each kind of file binds to, as the loader reads it. */
final class ItemTypes {
  private ItemTypes() {}

  static Class<?> of(FileKind kind) {
    return switch (kind) {
      case ISMS -> IsmsConfig.class;
      case KPI -> Kpi.class;
      case OBJECTIVE -> Objective.class;
      case RISK -> Risk.class;
      case ACTION -> Action.class;
      case FINDING -> Finding.class;
      case INCIDENT -> Incident.class;
      case CHANGE -> Change.class;
      case AUDIT -> Audit.class;
      case SUPPLIER -> Supplier.class;
      case REVIEW -> Review.class;
    };
  }
}
