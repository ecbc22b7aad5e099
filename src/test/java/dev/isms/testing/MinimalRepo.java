package dev.isms.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small valid ISMS repository (no Git) with one item of each kind, for bad-input tests. As of
 * 2026-11-24 it passes every rule of `isms check` too (minutes, top management, due dates).
 */
public final class MinimalRepo {
  private MinimalRepo() {}

  /** A quarterly review planned after 2026-Q3, for a pack of the period since it. */
  public static final String PLANNED_Q4 =
      """
      id: 2026-Q4
      type: quarterly
      date: 2026-12-08
      status: planned
      chair: Marco Diaz
      attendees:
        - {name: Dana Ruiz, role: CEO}
        - {name: Marco Diaz, role: CTO}
      """;

  public static Path create(Path dir) throws IOException {
    write(
        dir,
        "isms.yaml",
        """
        organization: Testco
        framework: iso27001-2022
        top_management: [CEO]
        review_types:
          quarterly: {every: P3M, duration: 90m, attendees: [CTO, Security Officer]}
          ad-hoc: {after_incidents: [sev1, sev2], within: P14D, attendees: [CEO, CTO]}
        policy: {pack_lead_business_days: 5, minutes_within: P14D}
        """);
    write(
        dir,
        "objectives/OBJ-1.yaml",
        """
        id: OBJ-1
        title: Keep the workforce security-aware
        status: on-track
        """);
    write(
        dir,
        "kpis/KPI-TRAINING.yaml",
        """
        id: KPI-TRAINING
        name: Security training completion
        target: {op: ">=", value: 95, unit: "%"}
        objective: OBJ-1
        measurements:
          - {period: 2026-Q2, value: 91.5}
          - {period: 2026-Q3, value: 96.0}
        """);
    write(
        dir,
        "incidents/INC-1.yaml",
        """
        id: INC-1
        title: Portal outage
        severity: sev1
        opened: 2026-08-04T09:12:00+02:00
        resolved: 2026-08-04T14:02:00+02:00
        customer_visible: true
        """);
    write(
        dir,
        "reviews/2026-Q3/review.yaml",
        """
        id: 2026-Q3
        type: quarterly
        date: 2026-09-15
        status: approved
        chair: Marco Diaz
        attendees:
          - {name: Dana Ruiz, role: CEO, present: true}
          - {name: Marco Diaz, role: CTO, present: true}
        approved_by: Dana Ruiz
        approved_on: 2026-09-22
        """);
    write(dir, "reviews/2026-Q3/minutes.md", CompleteMinutes.of("2026-Q3", "iso27001-2022"));
    write(
        dir,
        "reviews/2026-08-12-adhoc/review.yaml",
        """
        id: 2026-08-12-adhoc
        type: ad-hoc
        date: 2026-08-12
        status: approved
        trigger: INC-1
        attendees:
          - {name: Dana Ruiz, role: CEO, present: true}
        approved_by: Dana Ruiz
        approved_on: 2026-08-19
        """);
    write(
        dir,
        "reviews/2026-08-12-adhoc/minutes.md",
        CompleteMinutes.of("2026-08-12-adhoc", "iso27001-2022"));
    write(
        dir,
        "actions/ACT-1.yaml",
        """
        id: ACT-1
        title: Enforce phishing-resistant MFA for all admins
        source: 2026-Q3
        owner: Priya Shah
        due: 2026-12-31
        priority: high
        success_criteria: 100% of admin accounts on FIDO2 keys
        status: in-progress
        """);
    write(
        dir,
        "findings/F-1.yaml",
        """
        id: F-1
        title: Access reviews not evidenced
        audit: Internal audit 2026
        kind: minor-nc
        raised: 2026-05-04
        status: open
        corrective_actions: [ACT-1]
        """);
    return dir;
  }

  public static void write(Path root, String relative, String text) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
