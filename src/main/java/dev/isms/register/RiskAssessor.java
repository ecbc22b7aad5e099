package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.risk.Risk;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.YamlEditor;
import dev.isms.validation.FileKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code isms risk assess}: a new likelihood and impact for a risk (score = likelihood x impact),
 * the day of the assessment, and optionally a new treatment and its due date.
 */
public final class RiskAssessor {
  private final RepositoryLoader loader;
  private final Clock clock;

  public RiskAssessor(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** What {@code isms risk assess} was given; treatment and due may be null. */
  public record Options(
      String risk,
      int likelihood,
      int impact,
      String treatment,
      LocalDate due,
      boolean commit,
      LocalDate today) {}

  public ItemChange assess(Path root, Options o) {
    IsmsRepository repo = loader.loadValid(root);
    Risk risk = RegisterItems.require(repo.risks(), Risk::id, o.risk(), "risk", "risks");
    scale("--likelihood", o.likelihood());
    scale("--impact", o.impact());
    if (o.due() != null && o.due().isBefore(o.today())) {
      throw IsmsException.input(
          "--due " + o.due() + " is before today (" + o.today() + "); give a date to come");
    }
    String change =
        "assess "
            + o.likelihood()
            + "x"
            + o.impact()
            + "="
            + o.likelihood() * o.impact()
            + " (was "
            + risk.likelihood()
            + "x"
            + risk.impact()
            + "="
            + risk.score()
            + ")";
    return new ItemWriter(loader, clock, o.commit())
        .edit(
            repo,
            FileKind.RISK,
            risk.id(),
            e -> {
              YamlEditor edited =
                  e.set("/likelihood", o.likelihood())
                      .set("/impact", o.impact())
                      .set("/assessed", o.today());
              if (o.treatment() != null) {
                edited = edited.set("/treatment", o.treatment());
              }
              return o.due() == null ? edited : edited.set("/treatment_due", o.due());
            },
            change);
  }

  private static void scale(String option, int value) {
    if (value < 1 || value > 5) {
      throw IsmsException.input(option + " " + value + " is off the scale; give 1 to 5");
    }
  }
}
