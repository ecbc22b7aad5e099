package dev.isms.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each shipped clause set, item by item, as the standard letters and words it: auditors quote the
 * reference, so a wrong letter is a defect. Each list reads like the clause it stands for.
 */
class ClauseSetWordingTest {
  private static final FrameworkCatalog CATALOG = new FrameworkCatalog();

  /** Every input, parents included, as "reference title". */
  private static List<String> inputs(String id) {
    List<String> lines = new ArrayList<>();
    for (Clause c : CATALOG.find(id).orElseThrow().inputs()) {
      lines.add(c.ref() + " " + c.title());
      c.children().forEach(child -> lines.add(child.ref() + " " + child.title()));
    }
    return lines;
  }

  private static List<String> results(String id) {
    return CATALOG.find(id).orElseThrow().results().stream()
        .map(r -> r.ref() + " " + r.title() + (r.isRequired() ? "" : " (good practice)"))
        .toList();
  }

  @Test
  void iso9001_2015() {
    assertThat(inputs("iso9001-2015"))
        .containsExactly(
            "9.3.2 a) the status of actions from previous management reviews",
            "9.3.2 b) changes in external and internal issues that are relevant to the quality"
                + " management system",
            "9.3.2 c) information on the performance and effectiveness of the quality management"
                + " system, including trends in",
            "9.3.2 c) 1) customer satisfaction and feedback from relevant interested parties",
            "9.3.2 c) 2) the extent to which quality objectives have been met",
            "9.3.2 c) 3) process performance and conformity of products and services",
            "9.3.2 c) 4) nonconformities and corrective actions",
            "9.3.2 c) 5) monitoring and measurement results",
            "9.3.2 c) 6) audit results",
            "9.3.2 c) 7) the performance of external providers",
            "9.3.2 d) the adequacy of resources",
            "9.3.2 e) the effectiveness of actions taken to address risks and opportunities (see"
                + " 6.1)",
            "9.3.2 f) opportunities for improvement");
    assertThat(results("iso9001-2015"))
        .containsExactly(
            "9.3.3 a) Decisions on opportunities for improvement",
            "9.3.3 b) Any need for changes to the quality management system",
            "9.3.3 c) Resource needs",
            "9.3.3 Actions",
            "9.3.1 Conclusion on the suitability, adequacy and effectiveness of the QMS and its"
                + " alignment with the strategic direction");
  }

  @Test
  void iso42001_2023() {
    assertThat(inputs("iso42001-2023"))
        .containsExactly(
            "9.3.2 a) the status of actions from previous management reviews",
            "9.3.2 b) changes in external and internal issues that are relevant to the AI"
                + " management system",
            "9.3.2 c) changes in needs and expectations of interested parties that are relevant to"
                + " the AI management system",
            "9.3.2 d) information on the AI management system performance, including trends in",
            "9.3.2 d) 1) nonconformities and corrective actions",
            "9.3.2 d) 2) monitoring and measurement results",
            "9.3.2 d) 3) audit results",
            "9.3.2 e) opportunities for continual improvement");
    assertThat(results("iso42001-2023"))
        .containsExactly(
            "9.3.3 Decisions on continual improvement opportunities",
            "9.3.3 Changes needed to the AI management system",
            "9.3.3 Resource needs (good practice)",
            "9.3.3 Actions",
            "9.3.1 Conclusion on the suitability, adequacy and effectiveness of the AI management"
                + " system");
  }

  @Test
  void iso22301_2019() {
    assertThat(inputs("iso22301-2019"))
        .containsExactly(
            "9.3.2 a) the status of actions from previous management reviews",
            "9.3.2 b) changes in external and internal issues that are relevant to the business"
                + " continuity management system",
            "9.3.2 c) information on the business continuity performance, including trends in",
            "9.3.2 c) 1) nonconformities and corrective actions",
            "9.3.2 c) 2) monitoring and measurement evaluation results",
            "9.3.2 c) 3) audit results",
            "9.3.2 d) feedback from interested parties",
            "9.3.2 e) the need for changes to the BCMS, including the policy and objectives",
            "9.3.2 f) procedures and resources that could be used in the organization to improve"
                + " the BCMS's performance and effectiveness",
            "9.3.2 g) information from the business impact analysis and risk assessment",
            "9.3.2 h) output from the evaluation of business continuity documentation and"
                + " capabilities (see 8.6)",
            "9.3.2 i) risks or issues not adequately addressed in any previous risk assessment",
            "9.3.2 j) lessons learned and actions arising from near-misses and disruptions",
            "9.3.2 k) opportunities for continual improvement");
    assertThat(results("iso22301-2019"))
        .containsExactly(
            "9.3.3.1 Decisions on continual improvement opportunities",
            "9.3.3.1 Changes needed to the BCMS to improve its efficiency and effectiveness",
            "9.3.3.1 a) Variations to the scope of the BCMS",
            "9.3.3.1 b) Update of the BIA, risk assessment, business continuity strategies and"
                + " solutions, and business continuity plans",
            "9.3.3.1 c) Modification of procedures and controls to respond to internal or"
                + " external issues that may impact the BCMS",
            "9.3.3.1 d) How the effectiveness of controls will be measured",
            "9.3.3.2 a) Communication of the results to relevant interested parties",
            "9.3.3.2 b) Actions",
            "9.3.1 Conclusion on the suitability, adequacy and effectiveness of the BCMS");
  }

  @Test
  void iso27001_2022() {
    assertThat(inputs("iso27001-2022"))
        .containsExactly(
            "9.3.2 a) status of actions from previous management reviews",
            "9.3.2 b) changes in external and internal issues that are relevant to the information"
                + " security management system",
            "9.3.2 c) changes in needs and expectations of interested parties that are relevant to"
                + " the information security management system",
            "9.3.2 d) feedback on the information security performance, including trends in",
            "9.3.2 d) 1) nonconformities and corrective actions",
            "9.3.2 d) 2) monitoring and measurement results",
            "9.3.2 d) 3) audit results",
            "9.3.2 d) 4) fulfilment of information security objectives",
            "9.3.2 e) feedback from interested parties",
            "9.3.2 f) results of risk assessment and status of risk treatment plan",
            "9.3.2 g) opportunities for continual improvement");
  }

  @Test
  void theRegistersFeedTheInputsTheyEvidence() {
    ClauseSet qms = CATALOG.find("iso9001-2015").orElseThrow();

    assertThat(qms.inputFedBy(Feed.PARTY_FEEDBACK)).get().extracting(Clause::id).isEqualTo("c.1");
    assertThat(qms.inputFedBy(Feed.KPIS)).get().extracting(Clause::id).isEqualTo("c.5");
    assertThat(qms.inputFedBy(Feed.RISKS)).get().extracting(Clause::id).isEqualTo("e");
    assertThat(qms.inputFedBy(Feed.PARTY_NEEDS)).isEmpty();
  }
}
