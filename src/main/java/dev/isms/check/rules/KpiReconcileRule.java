package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.Measurement;
import dev.isms.kpi.RegisterFigures;
import dev.isms.problem.Severity;
import dev.isms.render.Numbers;
import dev.isms.store.FileKind;
import dev.isms.store.IsmsRepository;
import java.util.Optional;

/**
 * A computed KPI's recorded value that the registers contradict: a Sev-1 restore time of 3 h
 * recorded for a quarter whose only Sev-1 took 5 h, or 0 recorded for a quarter with no Sev-1 at
 * all (nothing to measure is {@code none}, not zero). Only periods the registers cover are redone
 * (see {@link RegisterFigures}).
 */
public final class KpiReconcileRule implements Rule {
  /** Recorded values are often rounded to one decimal: 2.8 for 2 h 50 min agrees. */
  static final double ROUNDING = 0.05;

  @Override
  public String id() {
    return "kpi-reconcile";
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "A computed KPI's recorded value disagrees with what the registers give for that period";
  }

  @Override
  public String help() {
    return "Correct the measurement in kpis/<ID>.yaml to the value the registers give (`value:"
        + " none` for a period with nothing to measure), or correct the register if it is the one"
        + " in error.";
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repo = context.repository();
    RegisterFigures figures = new RegisterFigures(repo.incidents(), repo.findings());
    for (Kpi kpi : repo.kpis()) {
      if (kpi.computed() == null) {
        continue;
      }
      String file = IsmsRepository.pathOf(FileKind.KPI, kpi.id());
      findings.checked(file);
      for (int i = 0; i < kpi.measurements().size(); i++) {
        Measurement m = kpi.measurements().get(i);
        Optional<RegisterFigures.Figure> figure =
            figures.recompute(kpi.computed(), m.period(), context.asOf());
        if (figure.isEmpty() || agrees(m, figure.get())) {
          continue;
        }
        findings.errorAt(
            file,
            "/measurements/" + i + "/value",
            Texts.named(kpi.id(), kpi.name())
                + " records "
                + text(m.amount(), kpi)
                + " for "
                + m.period()
                + ", but the registers give "
                + text(figure.get().value(), kpi)
                + " ("
                + figure.get().basis()
                + "): correct the measurement, or the register");
      }
    }
  }

  private static boolean agrees(Measurement m, RegisterFigures.Figure figure) {
    if (m.isNone() || figure.value().isEmpty()) {
      return m.isNone() && figure.value().isEmpty();
    }
    return Math.abs(m.value() - figure.value().get()) <= ROUNDING + 1e-9;
  }

  private static String text(Optional<Double> value, Kpi kpi) {
    return value.map(v -> Numbers.withUnit(v, kpi.target().unit())).orElse(Measurement.NONE);
  }
}
