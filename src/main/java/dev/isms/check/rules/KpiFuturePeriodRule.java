package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.kpi.Measurement;
import dev.isms.problem.Severity;
import dev.isms.validation.FileKind;
import java.util.List;

/**
 * A measurement for a period that has not begun on the day of the check cannot have been measured:
 * it is a typo (2027-Q4 for 2026-Q4) or a value entered ahead of time. The pack would show it as
 * the current value and kpi-stale would fall silent, so it is an error, and both leave it out.
 */
public final class KpiFuturePeriodRule extends AbstractRule {
  public KpiFuturePeriodRule() {
    super(
        new RuleInfo(
            "kpi-future-period",
            Severity.ERROR,
            "A KPI has a measurement for a period that begins after the day of the check",
            "Correct the period in kpis/<ID>.yaml (2026-Q4, not 2027-Q4), or remove the value until"
                + " the period has begun and been measured.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    eachItem(
        context.repository().kpis(),
        FileKind.KPI,
        Kpi::id,
        findings,
        (kpi, file) -> {
          List<Measurement> measurements = kpi.measurements();
          for (int i = 0; i < measurements.size(); i++) {
            String period = measurements.get(i).period();
            if (!KpiPeriods.beginsAfter(period, context.asOf())) {
              continue;
            }
            findings.errorAt(
                file,
                "/measurements/" + i,
                Texts.named(kpi.id(), kpi.name())
                    + " has a measurement for "
                    + period
                    + ", which begins on "
                    + KpiPeriods.start(period)
                    + ", after "
                    + context.asOf()
                    + ": correct the period, or remove the value until it has been measured (the"
                    + " pack and kpi-stale leave it out)");
          }
        });
  }
}
