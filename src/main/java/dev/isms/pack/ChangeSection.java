package dev.isms.pack;

import dev.isms.change.Change;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dated entries of changes/ of some kinds within the period the pack covers: changes in context
 * (9.3.2 b), needs (c) and feedback (e) of interested parties, improvement opportunities (g) and
 * subprocessor changes.
 */
final class ChangeSection {
  static final Set<String> CONTEXT = Set.of("external-issue", "internal-issue");
  static final Set<String> NEEDS = Set.of("interested-party-need");
  static final Set<String> FEEDBACK = Set.of("interested-party-feedback");
  static final Set<String> IMPROVEMENTS = Set.of("improvement-opportunity");
  static final Set<String> SUBPROCESSORS = Set.of("subprocessor");

  record Row(
      String id,
      String date,
      String kind,
      String title,
      String party,
      String details,
      String impact) {}

  private ChangeSection() {}

  static List<Change> changes(PackContext ctx, Set<String> kinds) {
    return ctx.repo().changes().stream()
        .filter(c -> kinds.contains(c.kind()) && ctx.inPeriod(c.date()))
        .sorted(Comparator.comparing(Change::date).thenComparing(Change::id))
        .toList();
  }

  /**
   * @param showKind whether the table says which kind each row is (b mixes external and internal)
   */
  static Map<String, Object> view(PackContext ctx, Set<String> kinds, boolean showKind) {
    List<Row> rows = new ArrayList<>();
    for (Change c : changes(ctx, kinds)) {
      rows.add(
          new Row(
              c.id(),
              c.date().toString(),
              label(c.kind()),
              c.title(),
              Text.orNone(c.party()),
              Text.orNone(c.description()),
              Text.orNone(c.impact())));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("rows", rows);
    view.put("hasRows", !rows.isEmpty());
    view.put("showKind", showKind);
    view.put("kinds", String.join(" or ", kinds.stream().sorted().toList()));
    view.put("period", ctx.sinceText());
    return view;
  }

  static String label(String kind) {
    return switch (kind) {
      case "external-issue" -> "external";
      case "internal-issue" -> "internal";
      case "interested-party-need" -> "need";
      case "interested-party-feedback" -> "feedback";
      case "improvement-opportunity" -> "improvement";
      default -> kind;
    };
  }
}
