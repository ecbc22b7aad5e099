package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.git.GitFacade;
import dev.isms.problem.Problem;
import dev.isms.store.AtomicFiles;
import dev.isms.store.FileKind;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.SourceText;
import dev.isms.store.YamlEditException;
import dev.isms.store.YamlEditor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.eclipse.jgit.revwalk.RevCommit;

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
    String before = read(file, rel);
    String after;
    try {
      after = edit.apply(YamlEditor.of(before)).text();
    } catch (YamlEditException e) {
      throw e.in(rel);
    }
    validate(kind, id, rel, after);
    String message = kind.schemaName() + "(" + id + "): " + change;
    return withGit(
        repo.root(),
        git -> {
          if (!after.equals(before)) {
            AtomicFiles.write(file, after);
          }
          return new ItemChange(id, rel, message, git.map(g -> commit(g, file, message)));
        });
  }

  /**
   * Creates a new item under the first free id the allocator gives: the file is claimed with a hard
   * link, which fails if another run took the id first, so two runs at once get two ids.
   */
  public ItemChange create(
      IsmsRepository repo, FileKind kind, IdAllocator ids, ItemText text, String change) {
    String id = ids.next();
    for (int attempt = 0; attempt < 20; attempt++) {
      String rel = IsmsRepository.pathOf(kind, id);
      String content = text.of(id);
      validate(kind, id, rel, content);
      Path file = repo.root().resolve(rel);
      String message = kind.schemaName() + "(" + id + "): " + change;
      String taken = id;
      Optional<ItemChange> made =
          withGit(
              repo.root(),
              git -> {
                if (!claim(file, content)) {
                  return Optional.empty();
                }
                return Optional.of(
                    new ItemChange(taken, rel, message, git.map(g -> commit(g, file, message))));
              });
      if (made.isPresent()) {
        return made.get();
      }
      id = ids.after(id);
    }
    throw IsmsException.input(
        "no free id found in " + kind.location() + "/ after 20 tries; give one with --id");
  }

  private static String read(Path file, String rel) {
    if (!Files.isRegularFile(file)) {
      throw IsmsException.input(rel + " does not exist");
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

  private String commit(GitFacade git, Path file, String message) {
    RevCommit made = git.commitOnly(List.of(file), message);
    return made.getName();
  }

  private <T> T withGit(Path root, java.util.function.Function<Optional<GitFacade>, T> work) {
    Optional<GitFacade> git = commit ? GitFacade.open(root, clock) : Optional.empty();
    try {
      git.ifPresent(GitFacade::identity); // no identity: refuse before writing
      return work.apply(git);
    } finally {
      git.ifPresent(GitFacade::close);
    }
  }

  /** Writes a new file under its name unless that name exists: false if another run was first. */
  private static boolean claim(Path file, String content) {
    Path temp = file.resolveSibling(".isms-" + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(temp, content, StandardCharsets.UTF_8);
      try {
        Files.createLink(file, temp);
      } catch (UnsupportedOperationException e) {
        Files.writeString(
            file, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
      }
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    } catch (IOException e) {
      throw IsmsException.input(
          "cannot write " + file + ": " + e.getMessage() + "; nothing was written", e);
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // a stray temporary file is harmless; the error that matters was reported
      }
    }
  }

  /** The text of a new item, given its id. */
  @FunctionalInterface
  public interface ItemText {
    String of(String id);
  }
}
