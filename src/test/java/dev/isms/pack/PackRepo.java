package dev.isms.pack;

import dev.isms.testing.MinimalRepo;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A small ISMS for pack tests: the 2026-Q3 review held on 2026-09-15 and the 2026-Q4 review planned
 * for 2026-12-15, with risks written by the test.
 */
final class PackRepo {
  private PackRepo() {}

  static Path create(Path root) throws IOException {
    write(
        root,
        "isms.yaml",
        """
        organization: Denialbase
        framework: iso27001-2022
        top_management: [CEO]
        people: {CEO: Dana Ruiz, CTO: Marco Diaz, Security Officer: Priya Shah}
        review_types:
          quarterly: {every: P3M, duration: 90m, chair: CTO, attendees: [CTO, Security Officer]}
        policy: {pack_lead_business_days: 5, minutes_within: P14D}
        """);
    write(
        root,
        "reviews/2026-Q3/review.yaml",
        """
        id: 2026-Q3
        type: quarterly
        date: 2026-09-15
        status: held
        chair: Marco Diaz
        attendees:
          - {name: Marco Diaz, role: CTO, present: true}
          - {name: Dana Ruiz, role: CEO, present: true}
        """);
    write(
        root,
        "reviews/2026-Q4/review.yaml",
        """
        id: 2026-Q4
        type: quarterly
        date: 2026-12-15
        status: planned
        chair: Marco Diaz
        """);
    write(
        root,
        "kpis/KPI-TRAINING.yaml",
        """
        id: KPI-TRAINING
        name: Security training completion
        target: {op: ">=", value: 95, unit: "%"}
        measurements:
          - {period: 2026-Q1, value: 90}
          - {period: 2026-Q2, value: 91.5}
          - {period: 2026-Q3, value: 96}
        """);
    return root;
  }

  static String risk(
      String id,
      String title,
      String owner,
      int likelihood,
      int impact,
      String status,
      String more) {
    return "id: "
        + id
        + "\ntitle: "
        + title
        + "\nowner: "
        + owner
        + "\nlikelihood: "
        + likelihood
        + "\nimpact: "
        + impact
        + "\ntreatment: modify\nstatus: "
        + status
        + "\n"
        + more;
  }

  static void write(Path root, String relative, String text) throws IOException {
    MinimalRepo.write(root, relative, text);
  }
}
