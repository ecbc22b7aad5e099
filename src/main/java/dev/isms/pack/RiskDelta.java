package dev.isms.pack;

import dev.isms.risk.Risk;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How the risk register changed between two snapshots: risks added, risks closed (status closed
 * now, or the file removed), and for the others every field that changed with its old and new
 * value. The score is shown with its level and factors, since that is what management looks at.
 */
public record RiskDelta(List<Risk> added, List<Closed> closed, List<FieldChange> changed) {

  /** A risk closed since; {@code after} is null when its file was removed instead. */
  public record Closed(Risk before, Risk after) {
    public boolean removed() {
      return after == null;
    }
  }

  public record FieldChange(
      String riskId, String title, String field, String before, String after) {}

  private record Field(String name, Function<Risk, String> value) {}

  /** The fields compared, in the order they are listed. */
  private static final List<Field> FIELDS =
      List.of(
          new Field("score", RiskDelta::score),
          new Field("status", Risk::status),
          new Field("treatment", Risk::treatment),
          new Field("treatment_due", r -> Objects.toString(r.treatmentDue(), null)),
          new Field("owner", Risk::owner),
          new Field(
              "residual",
              r ->
                  r.residual() == null
                      ? null
                      : r.residual().score()
                          + " (likelihood "
                          + r.residual().likelihood()
                          + " × impact "
                          + r.residual().impact()
                          + ")"),
          new Field("title", Risk::title),
          new Field("asset", Risk::asset),
          new Field("accepted_by", Risk::acceptedBy),
          new Field(
              "controls", r -> r.controls().isEmpty() ? null : String.join(", ", r.controls())),
          new Field("actions", r -> r.actions().isEmpty() ? null : String.join(", ", r.actions())));

  public RiskDelta {
    added = List.copyOf(added);
    closed = List.copyOf(closed);
    changed = List.copyOf(changed);
  }

  public static RiskDelta between(Collection<Risk> before, Collection<Risk> after) {
    Map<String, Risk> then = byId(before);
    Map<String, Risk> now = byId(after);
    List<Risk> added = new ArrayList<>();
    List<Closed> closed = new ArrayList<>();
    List<FieldChange> changed = new ArrayList<>();
    for (Risk r : now.values()) {
      if (!then.containsKey(r.id())) {
        added.add(r);
      }
    }
    for (Risk old : then.values()) {
      Risk current = now.get(old.id());
      boolean wasClosed = "closed".equals(old.status());
      if (current == null) {
        if (!wasClosed) {
          closed.add(new Closed(old, null));
        }
      } else if (!wasClosed && "closed".equals(current.status())) {
        closed.add(new Closed(old, current));
      } else {
        for (Field f : FIELDS) {
          String a = f.value().apply(old);
          String b = f.value().apply(current);
          if (!Objects.equals(a, b)) {
            changed.add(
                new FieldChange(
                    current.id(), current.title(), f.name(), Text.orNone(a), Text.orNone(b)));
          }
        }
      }
    }
    return new RiskDelta(added, closed, changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && closed.isEmpty() && changed.isEmpty();
  }

  static String score(Risk r) {
    return r.score()
        + " "
        + r.level().label()
        + " (likelihood "
        + r.likelihood()
        + " × impact "
        + r.impact()
        + ")";
  }

  private static Map<String, Risk> byId(Collection<Risk> risks) {
    Map<String, Risk> map = new TreeMap<>(Comparator.naturalOrder());
    for (Risk r : risks) {
      map.put(r.id(), r);
    }
    return map;
  }
}
