package dev.isms.framework;

import static org.assertj.core.api.Assertions.assertThat;

import dev.isms.framework.Obligation.Criterion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The obligations' data read like the public descriptions of the criteria and requirements. */
class ObligationDataTest {
  private final ObligationCatalog catalog = new ObligationCatalog();

  private List<String> lines(String id) {
    return catalog.find(id).orElseThrow().criteria().stream()
        .map(c -> c.id() + " " + c.title() + ": " + c.summary())
        .toList();
  }

  @Test
  void soc2MonitoringActivitiesAndTheBoardsCriteria() {
    assertThat(catalog.find("soc2").orElseThrow().name()).isEqualTo("SOC 2");
    assertThat(lines("soc2"))
        .containsExactly(
            "CC4.1 Monitoring activities: The entity selects, develops and performs ongoing"
                + " and/or separate evaluations to ascertain whether the components of internal"
                + " control are present and functioning.",
            "CC4.2 Deficiencies communicated: The entity evaluates and communicates internal"
                + " control deficiencies in a timely manner to those responsible for taking"
                + " corrective action, including senior management and the board of directors, as"
                + " appropriate.",
            "CC1.2 Board oversight: The board of directors demonstrates independence from"
                + " management and exercises oversight of the development and performance of"
                + " internal control.",
            "CC2.2 Internal communication: The entity internally communicates information,"
                + " including objectives and responsibilities for internal control, necessary to"
                + " support the functioning of internal control.");
    assertThat(catalog.find("soc2").orElseThrow().criteria())
        .extracting(Criterion::id, Criterion::when)
        .containsExactly(
            org.assertj.core.api.Assertions.tuple("CC4.1", Criterion.When.ALWAYS),
            org.assertj.core.api.Assertions.tuple("CC4.2", Criterion.When.ALWAYS),
            org.assertj.core.api.Assertions.tuple("CC1.2", Criterion.When.BOARD_ATTENDS),
            org.assertj.core.api.Assertions.tuple("CC2.2", Criterion.When.BOARD_ATTENDS));
  }

  @Test
  void pciDss4ServiceProviderReviews() {
    assertThat(catalog.find("pci-dss-4").orElseThrow().title()).isEqualTo("PCI DSS v4.0");
    assertThat(lines("pci-dss-4"))
        .containsExactly(
            "12.4.2 Reviews at least every three months by other personnel: Service providers"
                + " only: reviews at least once every three months confirm that personnel perform"
                + " their tasks in accordance with all security policies and operational"
                + " procedures; they are performed by personnel other than those responsible for"
                + " the given task.",
            "12.4.2.1 Reviews documented and signed off: Service providers only: the reviews are"
                + " documented with their results, the remediation actions for tasks found not"
                + " performed, and the review and sign-off of the results by the personnel"
                + " responsible for the PCI DSS compliance programme.");
  }

  @Test
  void theBoardsCriteriaAreEvidencedOnlyWhereABoardMemberAttends() {
    List<Obligation> soc2 = catalog.findAll(List.of("soc2"));

    assertThat(Obligation.evidenceLines(soc2, List.of("CEO", "CTO")))
        .extracting(l -> l.substring(0, l.indexOf(" (")))
        .containsExactly("SOC 2 CC4.1", "SOC 2 CC4.2");
    assertThat(Obligation.evidenceLines(soc2, List.of("CEO", "Board observer")))
        .extracting(l -> l.substring(0, l.indexOf(" (")))
        .containsExactly("SOC 2 CC4.1", "SOC 2 CC4.2", "SOC 2 CC1.2", "SOC 2 CC2.2");
  }

  @Test
  void anObligationFileMustMatchItsNameAndExplainEachCriterion() {
    Obligation bad =
        new Obligation(
            "soc-2",
            "SOC 2",
            "SOC 2",
            List.of(new Criterion("CC4.1", "Monitoring", "x", null, null, null)));

    assertThat(ObligationCatalog.problems("soc2", bad))
        .containsExactly(
            "its id is `soc-2`: make it `soc2`, as the file is named",
            "criterion CC4.1 lacks its `id`, `title`, `summary` or `evidence`");
  }
}
