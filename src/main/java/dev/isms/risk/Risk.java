package dev.isms.risk;

import java.time.LocalDate;
import java.util.List;

/** risks/&lt;ID&gt;.yaml: one risk of the register. */
public record Risk(
    String id,
    String title,
    String description,
    String owner,
    String asset,
    int likelihood,
    int impact,
    String treatment,
    String status,
    Residual residual,
    LocalDate treatmentDue,
    LocalDate identified,
    LocalDate assessed,
    LocalDate closed,
    String acceptedBy,
    List<String> controls,
    List<String> actions,
    String notes) {

  public Risk {
    controls = controls == null ? List.of() : List.copyOf(controls);
    actions = actions == null ? List.of() : List.copyOf(actions);
  }

  public int score() {
    return likelihood * impact;
  }

  public RiskLevel level() {
    return RiskLevel.of(score());
  }

  public boolean isOpen() {
    return "open".equals(status);
  }

  /** A risk whose treatment is complete and whose residual is assessed stands at its residual. */
  public boolean residualApplies() {
    return "treated".equals(status) && residual != null;
  }

  /** The score that counts against the risk appetite: residual once treated, else inherent. */
  public int standingScore() {
    return residualApplies() ? residual.score() : score();
  }

  /** Not closed, not accepted by management, and standing above the appetite. */
  public boolean isAboveAppetite(int appetite) {
    return !"closed".equals(status) && !"accepted".equals(status) && standingScore() > appetite;
  }

  /** Likelihood and impact left after treatment. */
  public record Residual(int likelihood, int impact) {
    public int score() {
      return likelihood * impact;
    }
  }
}
