package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.check.Placeholders;
import dev.isms.config.IsmsConfig;
import dev.isms.config.Person;
import dev.isms.problem.Suggestions;
import dev.isms.store.IsmsRepository;
import dev.isms.store.ItemIds;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.YamlEditor;
import dev.isms.supplier.Supplier;
import dev.isms.supplier.SupplierNewOptions;
import dev.isms.supplier.SupplierReviewOptions;
import dev.isms.validation.FileKind;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The supplier register as commands: a new supplier under the id given or one made from its name
 * ({@code SUP-POSTWERK} for "Postwerk Mail GmbH"), and a security review recorded as the supplier's
 * {@code last_reviewed}, an edit of that one file that keeps the rest of it as the user wrote it.
 */
public final class SupplierService {
  /** As the schema's id pattern. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  /** As the schema's review_every pattern: years, months, weeks and days. */
  private static final Pattern PERIOD = Pattern.compile("P(?=\\d)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?");

  private static final String PREFIX = "SUP-";

  private final RepositoryLoader loader;
  private final Clock clock;

  public SupplierService(RepositoryLoader loader, Clock clock) {
    this.loader = loader;
    this.clock = clock;
  }

  /** A review recorded: the file change and a sentence on when the next one is due. */
  public record ReviewResult(ItemChange change, String detail) {}

  /** A new supplier and the sentence on its review status. */
  public record NewResult(ItemChange change, String detail) {}

  public NewResult create(Path root, SupplierNewOptions o) {
    IsmsRepository repo = loader.loadValid(root);
    String name = ActionService.required(o.name(), "--name");
    for (Supplier known : repo.suppliers()) {
      if (name.equalsIgnoreCase(known.name())) {
        throw IsmsException.input(
            name
                + " is in the register already as "
                + known.id()
                + " ("
                + IsmsRepository.pathOf(FileKind.SUPPLIER, known.id())
                + "); record its review with `isms supplier reviewed "
                + known.id()
                + "`");
      }
    }
    String id = o.id() == null ? idFrom(name) : validId(o.id().strip());
    String owner = owner(repo.config(), ActionService.required(o.owner(), "--owner"));
    if (o.lastReviewed() != null && o.lastReviewed().isAfter(o.today())) {
      throw IsmsException.input(
          "--last-reviewed "
              + o.lastReviewed()
              + " is after today ("
              + o.today()
              + "); give the day the last review took place, or leave it out if none has");
    }
    String every = o.reviewEvery() == null ? "P1Y" : period(o.reviewEvery());
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("name", name);
    fields.put("services", stripped(o.services()));
    fields.put("data_categories", stripped(o.dataCategories()));
    fields.put("subprocessor", o.subprocessor());
    fields.put("owner", owner);
    fields.put("last_reviewed", o.lastReviewed());
    fields.put("review_every", every);
    ItemChange change =
        new ItemWriter(loader, clock, o.commit())
            .createNamed(
                repo,
                FileKind.SUPPLIER,
                id,
                given -> NewItemText.of(FileKind.SUPPLIER, fields),
                "new, " + name);
    Supplier made =
        new Supplier(
            id,
            name,
            List.of(),
            List.of(),
            o.lastReviewed(),
            Period.parse(every),
            o.subprocessor(),
            owner,
            List.of());
    return new NewResult(change, status(made, o.today()));
  }

  public ReviewResult reviewed(Path root, SupplierReviewOptions o) {
    IsmsRepository repo = loader.loadValid(root);
    Supplier supplier =
        RegisterItems.require(repo.suppliers(), Supplier::id, o.id(), "supplier", "suppliers");
    LocalDate on = o.on() == null ? o.today() : o.on();
    if (on.isAfter(o.today())) {
      throw IsmsException.input(
          "--on "
              + on
              + " is after today ("
              + o.today()
              + "); record a review once it has taken place");
    }
    if (supplier.lastReviewed() != null && on.isBefore(supplier.lastReviewed())) {
      throw IsmsException.input(
          "--on "
              + on
              + " is before "
              + supplier.id()
              + "'s last review ("
              + supplier.lastReviewed()
              + "); give the day of a review since then");
    }
    String note = o.note() == null || o.note().isBlank() ? null : o.note().strip();
    if (note != null && Placeholders.isPlaceholder(note)) {
      throw IsmsException.input(
          "--note `" + note + "` says nothing; write what the review found, or leave --note out");
    }
    UnaryOperator<YamlEditor> edit;
    if (note == null) {
      edit = e -> e.set("/last_reviewed", on);
    } else {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("on", on);
      entry.put("note", note);
      edit = e -> e.set("/last_reviewed", on).append("/review_notes", entry);
    }
    ItemChange change =
        new ItemWriter(loader, clock, o.commit())
            .edit(
                repo,
                FileKind.SUPPLIER,
                supplier.id(),
                edit,
                "reviewed " + on + (note == null ? "" : "\n\n" + note));
    return new ReviewResult(change, status(supplier.reviewedOn(on), o.today()));
  }

  /** "SUP-MAIL (Postwerk Mail GmbH) was reviewed on ...; the next review is due ...". */
  private static String status(Supplier s, LocalDate today) {
    String who = s.id() + " (" + s.name() + ")";
    Optional<LocalDate> due = s.nextReviewDue();
    if (due.isEmpty()) {
      return who
          + " has not been reviewed yet; record its first review with `isms supplier reviewed "
          + s.id()
          + "` (until then supplier-review-overdue reports it)";
    }
    return who
        + " was reviewed on "
        + s.lastReviewed()
        + "; the next review is due "
        + due.get()
        + " (every "
        + s.cadence()
        + ")"
        + (s.isReviewOverdueOn(today) ? ", which has passed" : "");
  }

  /**
   * SUP- and the name's first word in capitals, letters and digits only: "Postwerk Mail GmbH" is
   * SUP-POSTWERK, "Überweisung AG" SUP-UBERWEISUNG.
   */
  static String idFrom(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toUpperCase(Locale.ROOT);
    for (String word : ascii.split("[^A-Z0-9]+")) {
      if (!word.isEmpty()) {
        return PREFIX + (word.length() > 24 ? word.substring(0, 24) : word);
      }
    }
    throw IsmsException.input(
        "--name `" + name + "` has no letters or digits to make an id of; give one with --id");
  }

  private static String validId(String id) {
    if (!ID.matcher(id).matches()) {
      throw IsmsException.input(
          "--id `"
              + id
              + "` is not a valid id: use up to 64 letters, digits, `.`, `_` and `-`, starting"
              + " with a letter or digit, e.g. SUP-AWS");
    }
    ItemIds.windowsProblem(id)
        .ifPresent(
            why -> {
              throw IsmsException.input("--id " + id + " " + why + "; give another id");
            });
    return id;
  }

  /**
   * The owner as a person's name: a role under {@code people:} stands for the person holding it; a
   * name must be one of theirs. Without {@code people:} there is nothing to check against.
   */
  private static String owner(IsmsConfig config, String given) {
    Map<String, Person> people = config.people();
    if (people.isEmpty()) {
      return given;
    }
    for (Map.Entry<String, Person> held : people.entrySet()) {
      if (held.getKey().equalsIgnoreCase(given) && held.getValue().name() != null) {
        return held.getValue().name();
      }
    }
    for (Person person : people.values()) {
      if (person.name() != null && person.name().equalsIgnoreCase(given)) {
        return person.name();
      }
    }
    Set<String> known = new LinkedHashSet<>(people.keySet());
    people.values().stream().map(Person::name).forEach(known::add);
    throw IsmsException.input(
        "--owner "
            + given
            + " is no role or person under people: in isms.yaml; give one of them, or add the"
            + " person there first."
            + Suggestions.didYouMean(given, known));
  }

  private static String period(String given) {
    String upper = given.strip().toUpperCase(Locale.ROOT);
    boolean valid;
    try {
      valid = PERIOD.matcher(upper).matches() && !Period.parse(upper).isZero();
    } catch (DateTimeParseException | ArithmeticException e) {
      valid = false; // more years than a Period holds
    }
    if (!valid) {
      throw IsmsException.input(
          "--review-every "
              + given
              + " is not an ISO 8601 period of years, months, weeks or days; write it like P1Y,"
              + " P6M or P90D");
    }
    return upper;
  }

  private static List<String> stripped(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        out.add(value.strip());
      }
    }
    return out;
  }
}
