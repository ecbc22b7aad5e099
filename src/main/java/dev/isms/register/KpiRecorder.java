package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.kpi.Kpi;
import dev.isms.kpi.KpiPeriods;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.FileKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code isms kpi record}: one measurement appended to a KPI's {@code measurements}, in the KPI's
 * frequency (a quarterly KPI takes 2026-Q4, a monthly one 2026-11, a yearly one 2026); a period
 * already recorded is replaced only with {@code --force}.
 */
public final class KpiRecorder {
  private static final Map<String, Pattern> PERIODS =
      Map.of(
          "monthly", Pattern.compile("^\\d{4}-(0[1-9]|1[0-2])$"),
          "quarterly", Pattern.compile("^\\d{4}-Q[1-4]$"),
          "yearly", Pattern.compile("^\\d{4}$"));
  private static final Map<String, String> EXAMPLES =
      Map.of("monthly", "2026-11", "quarterly", "2026-Q4", "yearly", "2026");

  private final RepositoryLoader loader;
  private final Clock clock;

  public KpiRecorder(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** What {@code isms kpi record} was given. */
  public record Options(
      String kpi, String period, String value, String note, boolean force, boolean commit) {}

  public ItemChange record(Path root, Options o) {
    IsmsRepository repo = loader.loadValid(root);
    Kpi kpi = RegisterItems.require(repo.kpis(), Kpi::id, o.kpi(), "KPI", "kpis");
    String frequency = frequency(kpi).orElse(null);
    if (frequency != null && !PERIODS.get(frequency).matcher(o.period()).matches()) {
      throw IsmsException.input(
          "--period "
              + o.period()
              + " is not a "
              + frequency
              + " period of "
              + kpi.id()
              + "; write it like "
              + EXAMPLES.get(frequency));
    }
    if (frequency == null
        && PERIODS.values().stream().noneMatch(p -> p.matcher(o.period()).matches())) {
      throw IsmsException.input(
          "--period " + o.period() + " is no period; write 2026-Q4, 2026-11 or 2026");
    }
    LocalDate today = LocalDate.now(clock);
    if (KpiPeriods.beginsAfter(o.period(), today)) {
      throw IsmsException.input(
          "--period "
              + o.period()
              + " begins on "
              + KpiPeriods.start(o.period())
              + ", after "
              + today
              + ": a period can be recorded once it has begun; check the year");
    }
    BigDecimal value = number(o.value());
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("period", o.period());
    entry.put("value", value);
    if (o.note() != null && !o.note().isBlank()) {
      entry.put("note", o.note().strip());
    }
    int existing = indexOf(kpi, o.period());
    if (existing >= 0 && !o.force()) {
      throw IsmsException.input(
          kpi.id()
              + " has a value for "
              + o.period()
              + " already ("
              + kpi.measurements().get(existing).value()
              + "); pass --force to replace it");
    }
    String change =
        (existing >= 0 ? "correct " : "record ") + o.period() + " = " + value.toPlainString();
    return new ItemWriter(loader, clock, o.commit())
        .edit(
            repo,
            FileKind.KPI,
            kpi.id(),
            e -> {
              if (existing < 0) {
                return e.append("/measurements", entry);
              }
              String at = "/measurements/" + existing;
              var edited = e.set(at + "/value", value);
              return entry.containsKey("note")
                  ? edited.set(at + "/note", entry.get("note"))
                  : edited;
            },
            change);
  }

  /** The KPI's own frequency, else the one its recorded periods show. */
  private static Optional<String> frequency(Kpi kpi) {
    if (kpi.frequency() != null) {
      return Optional.of(kpi.frequency());
    }
    return kpi.latest()
        .flatMap(
            m ->
                PERIODS.entrySet().stream()
                    .filter(e -> e.getValue().matcher(m.period()).matches())
                    .map(Map.Entry::getKey)
                    .findFirst());
  }

  private static int indexOf(Kpi kpi, String period) {
    for (int i = 0; i < kpi.measurements().size(); i++) {
      if (kpi.measurements().get(i).period().equals(period)) {
        return i;
      }
    }
    return -1;
  }

  private static BigDecimal number(String text) {
    try {
      BigDecimal value = new BigDecimal(text.strip());
      if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
        throw new NumberFormatException();
      }
      return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value;
    } catch (NumberFormatException e) {
      throw IsmsException.input(
          "--value " + text + " is not a number; write it like 97 or 91.5 (no unit, no %)");
    }
  }
}
