package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.Measurement;
import dev.isms.kpi.RegisterFigures;
import dev.isms.problem.Severity;
import dev.isms.render.Numbers;
import dev.isms.store.IsmsRepository;
import dev.isms.validation.FileKind;
import java.util.List;
import java.util.Optional;

/**
 * A computed KPI's recorded value that the registers contradict: a Sev-1 restore time of 3 h
 * recorded for a quarter whose only Sev-1 took 5 h, or 0 recorded for a quarter with no Sev-1 at
 * all (nothing to measure is {@code none}, not zero). Only periods the registers cover are redone
 * (see {@link RegisterFigures}).
 */
public final class KpiReconcileRule extends AbstractRule {
  public KpiReconcileRule() {
    super(
        new RuleInfo(
            "kpi-reconcile",
            Severity.ERROR,
            "A computed KPI's recorded value disagrees with what the registers give for that period",
            "Correct the measurement in kpis/<ID>.yaml to the value the registers give (`value:"
                + " none` for a period with nothing to measure), or correct the register if it is the one"
                + " in error.",
            Needs.ITEMS));
  }

  /** Recorded values are often rounded to one decimal: 2.8 for 2 h 50 min agrees. */
  static final double ROUNDING = 0.05;

  @Override
  public void check(CheckContext context, Findings findings) {
    IsmsRepository repo = context.repository();
    RegisterFigures figures = new RegisterFigures(repo.incidents(), repo.findings());
    List<Kpi> computed = repo.kpis().stream().filter(k -> k.computed() != null).toList();
    eachItem(
        computed,
        FileKind.KPI,
        Kpi::id,
        findings,
        (kpi, file) -> {
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
        });
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
