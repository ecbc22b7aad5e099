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
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A KPI without a value for its latest complete period: the review would see a stale snapshot, and
 * "snapshots with no trends" is what auditors flag. KPIs that isms computes from the registers are
 * never stale.
 */
public final class KpiStaleRule extends AbstractRule {
  public KpiStaleRule() {
    super(
        new RuleInfo(
            "kpi-stale",
            Severity.WARNING,
            "A KPI has no measurement for its latest complete period (month, quarter or year by its"
                + " frequency)",
            "Add the period's value to the KPI's measurements in kpis/<ID>.yaml ({period: 2026-Q3,"
                + " value: ...}); if it cannot be measured, add the value with a note saying why.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    List<Kpi> recorded =
        context.repository().kpis().stream().filter(k -> k.computed() == null).toList();
    eachItem(
        recorded,
        FileKind.KPI,
        Kpi::id,
        findings,
        (recordedKpi, file) -> {
          // a period that has not begun is no measurement (kpi-future-period reports it)
          Kpi kpi = KpiPeriods.asOf(recordedKpi, context.asOf());
          Frequency frequency = Frequency.of(kpi);
          String due = frequency.latestCompleteBefore(context.asOf());
          boolean measured =
              kpi.measurements().stream()
                  .map(Measurement::period)
                  .anyMatch(p -> Frequency.ofPeriod(p) == frequency && p.compareTo(due) >= 0);
          if (measured) {
            return;
          }
          Optional<Measurement> latest = kpi.latest();
          findings.warningAt(
              file,
              kpi.measurements().isEmpty() ? "/name" : "/measurements",
              Texts.named(kpi.id(), kpi.name())
                  + " has no measurement for "
                  + due
                  + ", the latest complete "
                  + frequency.unit
                  + " before "
                  + context.asOf()
                  + latest.map(m -> " (latest: " + m.period() + ")").orElse(" (it has none)")
                  + ": add `{period: "
                  + due
                  + ", value: ...}` to its measurements");
        });
  }

  /** How often a KPI is measured, and how its periods are written. */
  enum Frequency {
    MONTHLY("month"),
    QUARTERLY("quarter"),
    HALF_YEARLY("half-year"),
    YEARLY("year");

    final String unit;

    Frequency(String unit) {
      this.unit = unit;
    }

    /** The KPI's frequency, else the form of its latest period, else quarterly. */
    static Frequency of(Kpi kpi) {
      if (kpi.frequency() != null) {
        return switch (kpi.frequency()) {
          case "monthly" -> MONTHLY;
          case "yearly" -> YEARLY;
          default -> QUARTERLY;
        };
      }
      return kpi.latest().map(m -> ofPeriod(m.period())).orElse(QUARTERLY);
    }

    static Frequency ofPeriod(String period) {
      if (period.length() == 4) {
        return YEARLY;
      }
      return switch (period.charAt(5)) {
        case 'Q' -> QUARTERLY;
        case 'H' -> HALF_YEARLY;
        default -> MONTHLY;
      };
    }

    /** The last period that ended before the given day, written as measurements write it. */
    String latestCompleteBefore(LocalDate day) {
      int year = day.getYear();
      int month = day.getMonthValue();
      return switch (this) {
        case MONTHLY -> YearMonth.of(year, month).minusMonths(1).toString();
        case QUARTERLY -> {
          int quarter = (month - 1) / 3 + 1;
          yield quarter == 1 ? (year - 1) + "-Q4" : year + "-Q" + (quarter - 1);
        }
        case HALF_YEARLY -> month <= 6 ? (year - 1) + "-H2" : year + "-H1";
        case YEARLY -> String.valueOf(year - 1);
      };
    }
  }
}
