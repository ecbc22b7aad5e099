package dev.isms.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.risk.Risk;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskDeltaTest {
  private static Risk risk(String id, int l, int i, String owner, String status, LocalDate due) {
    return new Risk(
        id,
        "Risk " + id,
        null,
        owner,
        null,
        l,
        i,
        "modify",
        status,
        null,
        due,
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        null);
  }

  @Test
  void sameRegisterNoDelta() {
    List<Risk> register = List.of(risk("R-1", 3, 4, "A", "open", null));

    assertThat(RiskDelta.between(register, register).isEmpty()).isTrue();
  }

  @Test
  void everyChangedFieldWithItsOldAndNewValueInAFixedOrder() {
    Risk before = risk("R-1", 3, 4, "Marco Diaz", "open", LocalDate.of(2026, 10, 31));
    Risk after = risk("R-1", 2, 4, "Dana Ruiz", "treated", null);

    RiskDelta delta = RiskDelta.between(List.of(before), List.of(after));

    assertThat(delta.added()).isEmpty();
    assertThat(delta.closed()).isEmpty();
    assertThat(delta.changed())
        .containsExactly(
            new RiskDelta.FieldChange(
                "R-1",
                "Risk R-1",
                "score",
                "12 high (likelihood 3 × impact 4)",
                "8 medium (likelihood 2 × impact 4)"),
            new RiskDelta.FieldChange("R-1", "Risk R-1", "status", "open", "treated"),
            new RiskDelta.FieldChange("R-1", "Risk R-1", "treatment_due", "2026-10-31", "—"),
            new RiskDelta.FieldChange("R-1", "Risk R-1", "owner", "Marco Diaz", "Dana Ruiz"));
  }

  @Test
  void closedMeansStatusClosedOrFileRemovedAndAReopenedRiskIsAChange() {
    List<Risk> before =
        List.of(
            risk("R-1", 3, 3, "A", "open", null),
            risk("R-2", 3, 3, "A", "open", null),
            risk("R-3", 3, 3, "A", "closed", null),
            risk("R-4", 1, 1, "A", "closed", null));
    List<Risk> after =
        List.of(
            risk("R-1", 3, 3, "A", "closed", null),
            risk("R-3", 3, 3, "A", "open", null),
            risk("R-5", 5, 5, "B", "open", null));

    RiskDelta delta = RiskDelta.between(before, after);

    assertThat(delta.added()).extracting(Risk::id).containsExactly("R-5");
    assertThat(delta.closed())
        .extracting(c -> c.before().id() + (c.removed() ? " removed" : ""))
        .containsExactly("R-1", "R-2 removed");
    assertThat(delta.changed())
        .containsExactly(new RiskDelta.FieldChange("R-3", "Risk R-3", "status", "closed", "open"));
  }
}
