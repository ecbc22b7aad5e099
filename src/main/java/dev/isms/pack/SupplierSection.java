package dev.isms.pack;

import dev.isms.supplier.Supplier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Under 9.3.2 b): each supplier's security review status (suppliers/, A.5.19 to A.5.22), and the
 * subprocessor changes of the period covered.
 */
final class SupplierSection {
  record Row(
      String id,
      String name,
      String services,
      String data,
      String lastReviewed,
      String found,
      String nextDue,
      String status,
      boolean overdue) {}

  private SupplierSection() {}

  /**
   * What the latest review with a note found ({@code review_notes}), dated where it is not the last
   * review, so that management reads the finding beside the date and not only that a review took
   * place.
   */
  private static String found(Supplier s) {
    return s.latestNote()
        .map(
            n ->
                n.note().strip()
                    + (n.on().equals(s.lastReviewed()) ? "" : " (review of " + n.on() + ")"))
        .orElse(Text.NONE);
  }

  static Map<String, Object> view(PackContext ctx) {
    List<Row> rows = new ArrayList<>();
    long overdue = 0;
    for (Supplier s : ctx.repo().suppliers()) {
      boolean late = s.isReviewOverdueOn(ctx.asOf());
      overdue += late ? 1 : 0;
      rows.add(
          new Row(
              s.id(),
              s.name() + (Boolean.TRUE.equals(s.subprocessor()) ? " (subprocessor)" : ""),
              s.services().isEmpty() ? Text.NONE : String.join(", ", s.services()),
              s.dataCategories().isEmpty() ? Text.NONE : String.join(", ", s.dataCategories()),
              Text.date(s.lastReviewed()),
              found(s),
              s.nextReviewDue().map(Object::toString).orElse("now"),
              late ? "overdue" : "reviewed",
              late));
    }
    return Map.of(
        "rows",
        rows,
        "hasRows",
        !rows.isEmpty(),
        "summary",
        rows.isEmpty()
            ? "none recorded; add a file per supplier and subprocessor to follow its security"
                + " review (A.5.19 to A.5.22)."
            : rows.size()
                + (rows.size() == 1 ? " supplier, " : " suppliers, ")
                + overdue
                + " with the security review overdue on "
                + ctx.asOf()
                + ".",
        "subprocessorChanges",
        ChangeSection.view(ctx, ChangeSection.SUBPROCESSORS, false));
  }
}
