package dev.isms.pack;

import dev.isms.finding.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 9.3.2 d) 3): audit results. Every audit that raised a finding in the period or still has one
 * open, with its findings counted by kind, and the findings raised in the period one by one.
 */
final class AuditSection {
  record AuditRow(
      String audit,
      String type,
      String period,
      long majors,
      long minors,
      long observations,
      long opportunities,
      long open) {}

  record FindingRow(
      String id, String title, String audit, String kind, String raised, String status) {}

  private final PackContext ctx;

  AuditSection(PackContext ctx) {
    this.ctx = ctx;
  }

  Map<String, Object> view() {
    Map<String, List<Finding>> byAudit = new TreeMap<>();
    for (Finding f : ctx.repo().findings()) {
      if (f.raised() == null || !f.raised().isAfter(ctx.asOf())) {
        byAudit.computeIfAbsent(f.audit(), a -> new ArrayList<>()).add(f);
      }
    }
    List<AuditRow> audits = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : byAudit.entrySet()) {
      List<Finding> fs = e.getValue();
      boolean relevant = fs.stream().anyMatch(f -> f.isOpen() || ctx.inPeriod(f.raised()));
      if (!relevant) {
        continue;
      }
      String type =
          fs.stream().map(Finding::auditType).filter(t -> t != null).findFirst().orElse(Text.NONE);
      String first =
          fs.stream()
              .map(Finding::raised)
              .filter(d -> d != null)
              .min(Comparator.naturalOrder())
              .map(Object::toString)
              .orElse(Text.NONE);
      String last =
          fs.stream()
              .map(Finding::raised)
              .filter(d -> d != null)
              .max(Comparator.naturalOrder())
              .map(Object::toString)
              .orElse(Text.NONE);
      audits.add(
          new AuditRow(
              e.getKey(),
              type,
              first.equals(last) ? first : first + " to " + last,
              count(fs, "major-nc"),
              count(fs, "minor-nc"),
              count(fs, "observation"),
              count(fs, "opportunity"),
              fs.stream().filter(Finding::isOpen).count()));
    }
    List<FindingRow> raised =
        ctx.repo().findings().stream()
            .filter(f -> ctx.inPeriod(f.raised()))
            .sorted(Comparator.comparing(Finding::raised).thenComparing(Finding::id))
            .map(
                f ->
                    new FindingRow(
                        f.id(),
                        f.title(),
                        f.audit(),
                        kindLabel(f.kind()),
                        f.raised().toString(),
                        f.status()))
            .toList();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("audits", audits);
    view.put("hasAudits", !audits.isEmpty());
    view.put("raised", raised);
    view.put("hasRaised", !raised.isEmpty());
    view.put("period", ctx.sinceText());
    return view;
  }

  private static long count(List<Finding> fs, String kind) {
    return fs.stream().filter(f -> kind.equals(f.kind())).count();
  }

  static String kindLabel(String kind) {
    return switch (kind) {
      case "major-nc" -> "major nonconformity";
      case "minor-nc" -> "minor nonconformity";
      default -> kind;
    };
  }
}
