package dev.isms.audit;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Questions about the audits register: which external audit comes next, which came last. */
public record Audits(List<Audit> all) {
  private static final Comparator<Audit> BY_START =
      Comparator.comparing(Audit::starts).thenComparing(Audit::id);

  public Audits {
    all = all.stream().sorted(BY_START).toList();
  }

  /** The first external audit booked to start after {@code day}. */
  public Optional<Audit> nextExternalAfter(LocalDate day) {
    return all.stream().filter(Audit::isExternal).filter(a -> a.starts().isAfter(day)).findFirst();
  }

  /** The external audits that started on or before {@code day}, latest first. */
  public List<Audit> externalStartedBy(LocalDate day) {
    return all.stream()
        .filter(Audit::isExternal)
        .filter(a -> !a.starts().isAfter(day))
        .sorted(BY_START.reversed())
        .toList();
  }

  public Optional<Audit> byId(String id) {
    return all.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
