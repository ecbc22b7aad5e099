package dev.isms.review;

import dev.isms.config.IsmsConfig;
import dev.isms.config.ReviewType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who attends a review and who presents what: the roles of its type, mapped to the people of
 * isms.yaml. A role nobody is named for stays as the role, so the agenda still reads and the output
 * can ask for a {@code people:} entry.
 */
public record Participants(Person chair, List<Person> attendees, List<String> unnamedRoles) {

  public Participants {
    attendees = List.copyOf(attendees);
    unnamedRoles = List.copyOf(unnamedRoles);
  }

  /** One attendee: a person's name (or the role itself, if isms.yaml names nobody) and role. */
  public record Person(String name, String role) {}

  /** Someone presenting an agenda item; {@code standsInFor} is the absent role, if any. */
  public record Presenter(Person person, String standsInFor) {
    public String text() {
      return standsInFor == null ? person.name() : person.name() + " (for the " + standsInFor + ")";
    }
  }

  /**
   * The attendees of a review of this type. The chair attends even if the type's list leaves the
   * role out; a type without attendees gets top management, and so does a type whose attendees hold
   * no top-management role (a pre-audit review of the CTO and the security officer): 9.3.1 wants
   * top management present, so it is invited, not only asked to confirm.
   */
  public static Participants of(IsmsConfig config, ReviewType type) {
    Set<String> roles = new LinkedHashSet<>(type.attendees());
    if (roles.isEmpty()) {
      roles.addAll(config.topManagement());
    }
    String chairRole = type.chair() != null ? type.chair() : defaultChair(config, roles);
    if (roles.stream().noneMatch(config.topManagement()::contains)) {
      roles.addAll(config.topManagement());
    }
    if (!roles.contains(chairRole)) {
      Set<String> withChair = new LinkedHashSet<>();
      withChair.add(chairRole);
      withChair.addAll(roles);
      roles = withChair;
    }
    List<Person> people = new ArrayList<>();
    List<String> unnamed = new ArrayList<>();
    for (String role : roles) {
      Optional<String> name = config.personFor(role);
      if (name.isEmpty()) {
        unnamed.add(role);
      }
      people.add(new Person(name.orElse(role), role));
    }
    Person chair =
        people.stream().filter(p -> p.role().equals(chairRole)).findFirst().orElseThrow();
    return new Participants(chair, people, unnamed);
  }

  /** Without a configured chair, the first top-management role that attends, else the first. */
  private static String defaultChair(IsmsConfig config, Set<String> roles) {
    return roles.stream()
        .filter(config.topManagement()::contains)
        .findFirst()
        .orElse(roles.iterator().next());
  }

  /**
   * The attendee who presents an item the framework gives to {@code role}; the chair when that role
   * does not attend (an ad-hoc review may leave the Privacy Officer out).
   */
  public Presenter presenter(String role) {
    if (role == null) {
      return new Presenter(chair, null);
    }
    return attendees.stream()
        .filter(p -> p.role().equals(role))
        .findFirst()
        .map(p -> new Presenter(p, null))
        .orElseGet(() -> new Presenter(chair, role));
  }

  /** Whether any attendee holds a top-management role. */
  public boolean includesAnyOf(List<String> roles) {
    return attendees.stream().anyMatch(p -> roles.contains(p.role()));
  }
}
