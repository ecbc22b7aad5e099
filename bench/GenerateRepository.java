import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a git fast-import stream of a synthetic ISMS repository with history, the same bytes for
 * the same scale. Usage: {@code java bench/GenerateRepository.java SCALE | git fast-import}.
 *
 * <p>At scale 1: isms.yaml, 6 reviews (review.yaml, minutes.md, pack.md), 40 actions, 20 risks, 10
 * KPIs with quarterly measurements, 5 objectives, 15 findings, 15 incidents and 20 changes; about
 * 20 commits. Everything scales linearly: each review is committed three times (scaffolded, its pack
 * a week before the meeting, held with its minutes three days after), and the register changes
 * (items raised, actions completed, KPI measurements recorded) go into 2 x SCALE commits in date
 * order. History ends on 2026-11-20; a planned review 2026-Q4 (2026-12-15) has no pack yet.
 */
public final class GenerateRepository {
  static final LocalDate END = LocalDate.of(2026, 11, 20);
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
  static final String[] PEOPLE = {
    "Dana Ruiz", "Marco Diaz", "Priya Shah", "Lena Vogt", "Tobias Brandt", "Amara Okafor"
  };

  record Change(LocalDate day, String path, String text) {}

  record Commit(LocalDate day, int order, String message, Map<String, String> files) {}

  public static void main(String[] args) throws IOException {
    int scale = Integer.parseInt(args[0]);
    new GenerateRepository(scale).write(new BufferedOutputStream(System.out, 1 << 16));
  }

  private final int scale;
  private final LocalDate start;
  private final List<Change> data = new ArrayList<>();
  private final List<Commit> commits = new ArrayList<>();

  GenerateRepository(int scale) {
    this.scale = scale;
    this.start = END.minusYears(scale == 1 ? 2 : 10);
  }

  void write(OutputStream out) throws IOException {
    commits.add(new Commit(start, 0, "Start the ISMS repository", Map.of("isms.yaml", isms())));
    reviews();
    registers();
    dataCommits();
    commits.sort(Comparator.comparing(Commit::day).thenComparing(Commit::order));
    int mark = 0;
    for (Commit c : commits) {
      long epoch = c.day().atTime(10, 0).plusMinutes(mark % 600).toEpochSecond(ZoneOffset.ofHours(1));
      String who = "Bench <bench@example.invalid> " + epoch + " +0100\n";
      StringBuilder s = new StringBuilder();
      s.append("commit refs/heads/main\nmark :").append(++mark).append('\n');
      s.append("author ").append(who).append("committer ").append(who);
      out.write(s.toString().getBytes(StandardCharsets.UTF_8));
      data(out, c.message());
      for (Map.Entry<String, String> f : c.files().entrySet()) {
        out.write(("M 100644 inline " + f.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
        data(out, f.getValue());
      }
      out.write('\n');
    }
    out.flush();
  }

  private static void data(OutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write(("data " + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
    out.write(bytes);
    out.write('\n');
  }

  /** The day {@code i} of {@code n} evenly spread between two days. */
  private static LocalDate spread(LocalDate from, LocalDate to, int i, int n) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(days * i / Math.max(1, n));
  }

  private static String person(int i) {
    return PEOPLE[Math.floorMod(i, PEOPLE.length)];
  }

  private String isms() {
    return """
        format: 1
        organization: Benchbase
        framework: iso27001-2022
        top_management: [CEO]
        people:
          CEO: Dana Ruiz
          CTO: Marco Diaz
          Security Officer: Priya Shah
          Privacy Officer: Lena Vogt
        review_types:
          quarterly:
            every: P3M
            duration: 90m
            attendees: [CEO, CTO, Security Officer, Privacy Officer]
            chair: CTO
          annual:
            every: P1Y
            duration: 3h
            attendees: [CEO, CTO, Security Officer, Privacy Officer]
            chair: CEO
          ad-hoc:
            after_incidents: [sev1, sev2]
            within: P14D
            attendees: [CEO, CTO, Security Officer]
            chair: CEO
        policy:
          pack_lead_business_days: 5
          minutes_within: P14D
        """;
  }

  // ---------------------------------------------------------------- reviews

  private record Slot(String id, String type, LocalDate date, String trigger) {}

  private void reviews() {
    int wanted = 6 * scale;
    List<Slot> regular = new ArrayList<>();
    LocalDate first = start.plusDays(60);
    for (int year = start.getYear(); year <= END.getYear(); year++) {
      for (int q = 1; q <= 3; q++) {
        regular.add(new Slot(year + "-Q" + q, "quarterly", LocalDate.of(year, q * 3, 15), null));
      }
      regular.add(new Slot(year + "-annual", "annual", LocalDate.of(year, 12, 3), null));
    }
    regular.removeIf(s -> s.date().isBefore(first) || s.date().isAfter(LocalDate.of(2026, 10, 1)));
    List<Slot> slots = new ArrayList<>(regular.subList(Math.max(0, regular.size() - wanted), regular.size()));
    int adhoc = wanted - slots.size();
    java.util.Set<LocalDate> taken = new java.util.HashSet<>();
    slots.forEach(s -> taken.add(s.date()));
    for (int i = 0; i < adhoc; i++) {
      LocalDate day = spread(first, LocalDate.of(2026, 10, 15), i, adhoc);
      while (taken.contains(day)) {
        day = day.plusDays(1);
      }
      taken.add(day);
      String incident = String.format("INC-%05d", i + 1);
      slots.add(new Slot(day + "-adhoc", "ad-hoc", day, incident));
      data.add(new Change(day.minusDays(5), "incidents/" + incident + ".yaml", incident(i, day.minusDays(5), "sev2")));
    }
    for (int i = 0; i < slots.size(); i++) {
      Slot s = slots.get(i);
      String dir = "reviews/" + s.id() + "/";
      Map<String, String> scaffold = new LinkedHashMap<>();
      scaffold.put(dir + "review.yaml", review(s, "planned", i));
      scaffold.put(dir + "minutes.md", minutes(s, false));
      commits.add(new Commit(s.date().minusDays(14), 1, "Review " + s.id() + ": scaffold", scaffold));
      commits.add(new Commit(s.date().minusDays(7), 2, "Review " + s.id() + ": briefing pack",
          Map.of(dir + "pack.md", pack(s))));
      Map<String, String> held = new LinkedHashMap<>();
      held.put(dir + "review.yaml", review(s, "held", i));
      held.put(dir + "minutes.md", minutes(s, true));
      commits.add(new Commit(s.date().plusDays(3), 3, "Review " + s.id() + ": minutes", held));
    }
    Slot next = new Slot("2026-Q4", "quarterly", LocalDate.of(2026, 12, 15), null);
    commits.add(new Commit(END, 1, "Review 2026-Q4: scaffold", Map.of(
        "reviews/2026-Q4/review.yaml", review(next, "planned", 0),
        "reviews/2026-Q4/minutes.md", minutes(next, false))));
  }

  private String review(Slot s, String status, int i) {
    StringBuilder y = new StringBuilder();
    y.append("id: ").append(s.id()).append('\n');
    y.append("type: ").append(s.type()).append('\n');
    y.append("date: ").append(s.date()).append('\n');
    y.append("status: ").append(status).append('\n');
    y.append("chair: ").append(s.type().equals("quarterly") ? "Marco Diaz" : "Dana Ruiz").append('\n');
    if (s.trigger() != null) {
      y.append("trigger: ").append(s.trigger()).append('\n');
    }
    y.append("location: video call\n");
    if (status.equals("held")) {
      y.append("attendees:\n");
      y.append("  - {name: Dana Ruiz, role: CEO, present: true}\n");
      y.append("  - {name: Marco Diaz, role: CTO, present: true}\n");
      y.append("  - {name: Priya Shah, role: Security Officer, present: true}\n");
      if (!s.type().equals("ad-hoc")) {
        y.append("  - {name: Lena Vogt, role: Privacy Officer, present: ").append(i % 4 != 0)
            .append("}\n");
      }
    }
    return y.toString();
  }

  private static final String[][] INPUTS = {
    {"### 9.3.2 a) Status of actions from previous management reviews", "Actions from the previous review were walked through; two are overdue and were re-planned with their owners."},
    {"### 9.3.2 b) Changes in external and internal issues that are relevant to the information security management system", "No change of scope; the new supplier contracts were noted."},
    {"### 9.3.2 c) Changes in needs and expectations of interested parties that are relevant to the information security management system", "Two customers asked for evidence of annual penetration tests."},
    {"### 9.3.2 d) Feedback on the information security performance, including trends in", "Figures for the latest complete quarter, with the trend over four quarters."},
    {"#### 9.3.2 d.1) Nonconformities and corrective actions", "One minor nonconformity is open; its corrective action is on course."},
    {"#### 9.3.2 d.2) Monitoring and measurement results", "Training completion rose to 96 %; vulnerability remediation time fell to 6 days."},
    {"#### 9.3.2 d.3) Audit results", "The internal audit of access control found no nonconformity."},
    {"#### 9.3.2 d.4) Fulfilment of information security objectives", "Three of five objectives are on track; the availability objective is at risk."},
    {"### 9.3.2 e) Feedback from interested parties", "Customer questionnaires were answered within the agreed time."},
    {"### 9.3.2 f) Results of risk assessment and status of risk treatment plan", "Two risks were re-assessed; the ransomware risk stays high until the backup vault is done."},
    {"### 9.3.2 g) Opportunities for continual improvement", "Automating evidence collection for access reviews."},
  };

  private static final String[][] RESULTS = {
    {"### Decisions on continual improvement opportunities", "Management approved automating access-review evidence."},
    {"### Changes needed to the ISMS", "No change is needed: the scope, policies and controls stand, as no input showed a gap."},
    {"### Resource needs", "40 contractor hours for the backup vault, approved."},
    {"### Changes to information security objectives", "The objectives stand: each is measured and none became irrelevant."},
    {"### Actions", "| ID | Action | Owner | Due |\n|---|---|---|---|\n| ACT-00001 | Automate access-review evidence | Priya Shah | 2026-12-31 |"},
    {"### Conclusion on the suitability, adequacy and effectiveness of the ISMS", "The ISMS remains suitable, adequate and effective."},
  };

  private String minutes(Slot s, boolean written) {
    StringBuilder m = new StringBuilder();
    m.append("# Management review ").append(s.id()).append(": minutes\n\n");
    m.append("- Review: ").append(s.id()).append(" (").append(s.type()).append("), ").append(s.date()).append('\n');
    m.append("- Framework: ISO/IEC 27001:2022, clause 9.3\n\n");
    m.append("## Inputs (9.3.2)\n\n");
    section(m, INPUTS, written);
    m.append("## Results (9.3.3)\n\n");
    section(m, RESULTS, written);
    return m.toString();
  }

  private static void section(StringBuilder m, String[][] parts, boolean written) {
    for (String[] part : parts) {
      m.append(part[0]).append("\n\n");
      m.append(written ? part[1] : "<!-- Record what was discussed. -->").append("\n\n");
    }
  }

  private String pack(Slot s) {
    return "# Briefing pack: " + s.id() + "\n\nMeeting on " + s.date() + ". Figures as of "
        + s.date().minusDays(7) + ".\n";
  }

  // ---------------------------------------------------------------- registers

  private void registers() {
    LocalDate from = start.plusDays(1);
    LocalDate to = END.minusDays(1);
    int actions = 40 * scale;
    for (int i = 0; i < actions; i++) {
      String id = String.format("ACT-%05d", i + 1);
      LocalDate raised = spread(from, to, i, actions);
      LocalDate due = raised.plusDays(90 + i % 60);
      data.add(new Change(raised, "actions/" + id + ".yaml", action(id, i, raised, due, null)));
      LocalDate done = due.minusDays(i % 20);
      if (done.isBefore(to) && i % 7 != 0) {
        data.add(new Change(done, "actions/" + id + ".yaml", action(id, i, raised, due, done)));
      }
    }
    int risks = 20 * scale;
    for (int i = 0; i < risks; i++) {
      String id = String.format("R-%05d", i + 1);
      LocalDate identified = spread(from, to, i, risks);
      data.add(new Change(identified, "risks/" + id + ".yaml", risk(id, i, identified, "open")));
      LocalDate treated = identified.plusDays(200 + i % 100);
      if (treated.isBefore(to)) {
        data.add(new Change(treated, "risks/" + id + ".yaml", risk(id, i, identified, "treated")));
      }
    }
    int kpis = 10 * scale;
    for (int i = 0; i < kpis; i++) {
      String id = String.format("KPI-%04d", i + 1);
      LocalDate created = spread(from, END.minusDays(120), i, kpis);
      List<String> measured = new ArrayList<>();
      LocalDate quarterEnd = quarterEnd(created);
      data.add(new Change(created, "kpis/" + id + ".yaml", kpi(id, i, measured)));
      while (quarterEnd.plusDays(10).isBefore(to)) {
        int q = (quarterEnd.getMonthValue() - 1) / 3 + 1;
        measured.add("  - {period: " + quarterEnd.getYear() + "-Q" + q + ", value: "
            + (90 + (i * 7 + measured.size() * 3) % 11) + "}");
        data.add(new Change(quarterEnd.plusDays(10), "kpis/" + id + ".yaml", kpi(id, i, measured)));
        quarterEnd = quarterEnd(quarterEnd.plusDays(1));
      }
    }
    int objectives = 5 * scale;
    for (int i = 0; i < objectives; i++) {
      String id = String.format("OBJ-%04d", i + 1);
      LocalDate set = spread(from, to, i, objectives);
      data.add(new Change(set, "objectives/" + id + ".yaml", objective(id, i, set, kpis)));
    }
    int findings = 15 * scale;
    for (int i = 0; i < findings; i++) {
      String id = String.format("F-%05d", i + 1);
      LocalDate raised = spread(from, to, i, findings);
      data.add(new Change(raised, "findings/" + id + ".yaml", finding(id, i, raised, null)));
      LocalDate closed = raised.plusDays(60 + i % 90);
      if (closed.isBefore(to)) {
        data.add(new Change(closed, "findings/" + id + ".yaml", finding(id, i, raised, closed)));
      }
    }
    int triggers = (int) data.stream().filter(c -> c.path().startsWith("incidents/")).count();
    int incidents = 15 * scale - triggers;
    for (int i = 0; i < incidents; i++) {
      LocalDate opened = spread(from, to, i, incidents);
      String id = String.format("INC-%05d", triggers + i + 1);
      data.add(new Change(opened, "incidents/" + id + ".yaml",
          incident(triggers + i, opened, i % 3 == 0 ? "sev3" : "sev4")));
    }
    int changes = 20 * scale;
    for (int i = 0; i < changes; i++) {
      String id = String.format("CHG-%05d", i + 1);
      LocalDate day = spread(from, to, i, changes);
      data.add(new Change(day, "changes/" + id + ".yaml", change(id, i, day)));
    }
  }

  private static LocalDate quarterEnd(LocalDate day) {
    int q = (day.getMonthValue() - 1) / 3;
    return LocalDate.of(day.getYear(), q * 3 + 3, 1).plusMonths(1).minusDays(1);
  }

  private String action(String id, int i, LocalDate raised, LocalDate due, LocalDate done) {
    String owner = person(i);
    String status = done != null ? "completed" : i % 2 == 0 ? "open" : "in-progress";
    return "id: " + id + "\n"
        + "title: Synthetic action " + (i + 1) + " to improve access control and logging\n"
        + "source: " + String.format("F-%05d", i % Math.max(1, 15 * scale) + 1) + "\n"
        + "owner: " + owner + "\n"
        + "raised: " + raised + "\n"
        + "due: " + due + "\n"
        + "priority: " + (i % 3 == 0 ? "high" : i % 3 == 1 ? "medium" : "low") + "\n"
        + "success_criteria: Evidence attached in the ticket and checked by the Security Officer\n"
        + "status: " + status + "\n"
        + (done != null ? "completed_on: " + done + "\n" : "");
  }

  private String risk(String id, int i, LocalDate identified, String status) {
    return "id: " + id + "\n"
        + "title: Synthetic risk " + (i + 1) + " to the availability of the claims API\n"
        + "description: >-\n  A failure in a shared component stops the service for clinics; "
        + "the likelihood depends on the change rate.\n"
        + "owner: " + person(i + 1) + "\n"
        + "likelihood: " + (i % 5 + 1) + "\n"
        + "impact: " + ((i / 5) % 5 + 1) + "\n"
        + "treatment: modify\n"
        + "status: " + status + "\n"
        + "identified: " + identified + "\n"
        + "treatment_due: " + identified.plusDays(365) + "\n"
        + "controls:\n  - A.8.13 Information backup\n  - A.5.30 ICT readiness for business continuity\n";
  }

  private String kpi(String id, int i, List<String> measurements) {
    return "id: " + id + "\n"
        + "name: Synthetic KPI " + (i + 1) + "\n"
        + "target: {op: \">=\", value: 95, unit: \"%\"}\n"
        + "source: Monitoring dashboard\n"
        + "owner: " + person(i + 2) + "\n"
        + "frequency: quarterly\n"
        + "measurements:" + (measurements.isEmpty() ? " []\n" : "\n" + String.join("\n", measurements) + "\n");
  }

  private String objective(String id, int i, LocalDate set, int kpis) {
    return "id: " + id + "\n"
        + "title: Synthetic objective " + (i + 1) + "\n"
        + "owner: " + person(i + 3) + "\n"
        + "due: " + set.plusYears(1) + "\n"
        + "status: on-track\n"
        + "measure: " + String.format("KPI-%04d", i % kpis + 1) + " >= 95 % in every quarter\n";
  }

  private String finding(String id, int i, LocalDate raised, LocalDate closed) {
    return "id: " + id + "\n"
        + "title: Synthetic finding " + (i + 1) + "\n"
        + "audit: Internal audit " + raised.getYear() + "\n"
        + "audit_type: internal\n"
        + "kind: " + (i % 4 == 0 ? "minor-nc" : "observation") + "\n"
        + "raised: " + raised + "\n"
        + "status: " + (closed == null ? "open" : "closed") + "\n"
        + (closed == null ? "" : "closed: " + closed + "\n")
        + "control: A.5.15 Access control\n";
  }

  private String incident(int i, LocalDate opened, String severity) {
    String id = String.format("INC-%05d", i + 1);
    return "id: " + id + "\n"
        + "title: Synthetic incident " + (i + 1) + "\n"
        + "severity: " + severity + "\n"
        + "opened: " + opened + "T09:00:00+01:00\n"
        + "resolved: " + opened + "T13:30:00+01:00\n"
        + "customer_visible: " + (i % 5 == 0) + "\n"
        + "summary: >-\n  A synthetic incident with a short summary of what happened and what was done.\n";
  }

  private String change(String id, int i, LocalDate day) {
    return "id: " + id + "\n"
        + "date: " + day + "\n"
        + "kind: " + (i % 2 == 0 ? "external-issue" : "internal-issue") + "\n"
        + "title: Synthetic change " + (i + 1) + "\n"
        + "description: >-\n  A change in context that the next review considers.\n";
  }

  /** The register changes in date order, cut into 2 x SCALE commits. */
  private void dataCommits() {
    data.sort(Comparator.comparing(Change::day));
    int n = 2 * scale;
    for (int c = 0; c < n; c++) {
      List<Change> chunk = data.subList(data.size() * c / n, data.size() * (c + 1) / n);
      if (chunk.isEmpty()) {
        continue;
      }
      Map<String, String> files = new LinkedHashMap<>();
      chunk.forEach(ch -> files.put(ch.path(), ch.text()));
      LocalDate day = chunk.get(chunk.size() - 1).day();
      commits.add(new Commit(day, 0, "Registers up to " + day, files));
    }
  }
}
