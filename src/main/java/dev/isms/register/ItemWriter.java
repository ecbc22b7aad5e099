package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.git.RepositoryWriter;
import dev.isms.git.Written;
import dev.isms.problem.Problem;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.SourceText;
import dev.isms.store.YamlEditException;
import dev.isms.store.YamlEditor;
import dev.isms.validation.FileKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Writes one register item's file and commits only that file: an edit of an existing item through
 * the {@link YamlEditor} (the rest of the user's file stays as it was), or a new item under an id
 * nobody else took. The result must read back as a valid item of its kind, or nothing is written.
 */
public final class ItemWriter {
  private final RepositoryLoader loader;
  private final Clock clock;
  private final boolean commit;

  public ItemWriter(RepositoryLoader loader, Clock clock, boolean commit) {
    this.loader = loader;
    this.clock = clock;
    this.commit = commit;
  }

  /** Edits the item's file; {@code change} names what happened ("complete", "record 2026-Q4"). */
  public ItemChange edit(
      IsmsRepository repo,
      FileKind kind,
      String id,
      UnaryOperator<YamlEditor> edit,
      String change) {
    String rel = IsmsRepository.pathOf(kind, id);
    Path file = repo.root().resolve(rel);
    String message = kind.schemaName() + "(" + id + "): " + change;
    try (RepositoryWriter writer = RepositoryWriter.open(repo.root(), clock, commit)) {
      String before = read(file, rel); // under the lock: another run's edit is not lost
      String after;
      try {
        after = edit.apply(YamlEditor.of(before)).text();
      } catch (YamlEditException e) {
        throw e.in(rel);
      }
      validate(kind, id, rel, after);
      return change(id, rel, message, writer.write(Map.of(file, after), message));
    }
  }

  /**
   * Creates a new item under the first free id the allocator gives. The repository lock is held
   * from the look for a free name to the commit, so two runs at once get two ids.
   */
  public ItemChange create(
      IsmsRepository repo, FileKind kind, IdAllocator ids, ItemText text, String change) {
    try (RepositoryWriter writer = RepositoryWriter.open(repo.root(), clock, commit)) {
      String id = ids.next();
      for (int attempt = 0; attempt < 1000; attempt++) {
        String rel = IsmsRepository.pathOf(kind, id);
        Path file = repo.root().resolve(rel);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
          id = ids.after(id);
          continue;
        }
        String content = text.of(id);
        validate(kind, id, rel, content);
        String message = kind.schemaName() + "(" + id + "): " + change;
        return change(id, rel, message, writer.write(Map.of(file, content), message));
      }
      throw IsmsException.input(
          "no free id found in " + kind.location() + "/ after 1000 tries; tidy the register");
    }
  }

  /**
   * Creates a new item under the id given (a register whose ids are names, such as {@code
   * SUP-AWS}); an item of that id already there is refused, under the repository lock, and nothing
   * is written.
   */
  public ItemChange createNamed(
      IsmsRepository repo, FileKind kind, String id, ItemText text, String change) {
    try (RepositoryWriter writer = RepositoryWriter.open(repo.root(), clock, commit)) {
      String rel = IsmsRepository.pathOf(kind, id);
      Path file = repo.root().resolve(rel);
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        throw IsmsException.input(
            rel + " exists already; give another id with --id, or edit that file");
      }
      String content = text.of(id);
      validate(kind, id, rel, content);
      String message = kind.schemaName() + "(" + id + "): " + change;
      return change(id, rel, message, writer.write(Map.of(file, content), message));
    }
  }

  private static ItemChange change(String id, String rel, String message, Written written) {
    return new ItemChange(id, rel, message, written.commitName(), written.outcome().note());
  }

  private static String read(Path file, String rel) {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw IsmsException.input(rel + " is not a regular file; isms edits register files only");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw IsmsException.input("cannot read " + rel + ": " + e.getMessage(), e);
    }
  }

  /** The new text must load as a valid item of its kind, exactly as the loader would read it. */
  private void validate(FileKind kind, String id, String rel, String text) {
    List<Problem> problems = new ArrayList<>();
    Class<?> type = ItemTypes.of(kind);
    loader.readItem(kind, type, new SourceText(rel, text), id, problems::add);
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    if (!errors.isEmpty()) {
      throw IsmsException.input(errors.get(0) + " (after the change; nothing was written)");
    }
  }

  /** The text of a new item, given its id. */
  @FunctionalInterface
  public interface ItemText {
    String of(String id);
  }
}
