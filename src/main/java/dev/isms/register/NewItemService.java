package dev.isms.register;

import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.validation.FileKind;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code isms finding|incident|change|objective|audit new}: a new item under its register's next
 * id, with the fields given in the order given, valid against its schema or not written at all.
 */
public final class NewItemService {
  private static final Map<FileKind, String> DEFAULT_IDS =
      Map.of(
          FileKind.FINDING, "F-{year}-000",
          FileKind.INCIDENT, "INC-{year}-000",
          FileKind.CHANGE, "CHG-{year}-000",
          FileKind.AUDIT, "AUD-{year}-00",
          FileKind.OBJECTIVE, "OBJ-0",
          FileKind.RISK, "R-000");

  private final RepositoryLoader loader;
  private final Clock clock;

  public NewItemService(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** Creates the item; {@code fields} leaves out the id, absent values are left out. */
  public ItemChange create(
      Path root, FileKind kind, Map<String, Object> fields, boolean commit, LocalDate today) {
    IsmsRepository repo = loader.loadValid(root);
    List<String> ids = idsOf(repo, kind);
    IdAllocator allocator = IdAllocator.of(ids, DEFAULT_IDS.get(kind), today);
    return new ItemWriter(loader, clock, commit)
        .create(
            repo,
            kind,
            allocator,
            id -> {
              Map<String, Object> all = new LinkedHashMap<>();
              all.put("id", id);
              all.putAll(fields);
              return NewItemText.of(kind, all);
            },
            "new" + (fields.get("title") == null ? "" : ", " + fields.get("title")));
  }

  private static List<String> idsOf(IsmsRepository repo, FileKind kind) {
    return switch (kind) {
      case FINDING -> repo.findings().stream().map(f -> f.id()).toList();
      case INCIDENT -> repo.incidents().stream().map(i -> i.id()).toList();
      case CHANGE -> repo.changes().stream().map(c -> c.id()).toList();
      case AUDIT -> repo.audits().stream().map(a -> a.id()).toList();
      case OBJECTIVE -> repo.objectives().stream().map(o -> o.id()).toList();
      case RISK -> repo.risks().stream().map(r -> r.id()).toList();
      default -> throw new IllegalArgumentException("no `new` for " + kind);
    };
  }
}
