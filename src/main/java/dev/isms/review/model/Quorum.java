package dev.isms.review.model;

import dev.isms.config.ReviewType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who had to be at a held review, and whether they were: clause 9.3.1 asks top management to review
 * the ISMS, so by default one person of a top-management role must be present; a review type's
 * {@code required_roles} asks for every listed role instead. A present attendee recorded with
 * {@code delegate_for} covers that role only when the review type authorises it ({@code delegates:
 * {CEO: [CTO]}}), because an auditor asks who allowed the stand-in.
 */
public record Quorum(List<String> roles, boolean everyRole, ReviewType type) {

  public Quorum {
    roles = List.copyOf(roles);
  }

  /** The quorum of a review of {@code type} (null when the type is unknown). */
  public static Quorum of(ReviewType type, List<String> topManagement) {
    if (type != null && !type.requiredRoles().isEmpty()) {
      return new Quorum(type.requiredRoles(), true, type);
    }
    return new Quorum(topManagement, false, type);
  }

  /** How a role was covered: by someone of that role, or by an authorised delegate. */
  public record Cover(String role, Review.Attendee by, boolean delegated) {}

  /** A present attendee who stood in for a role the review type does not let them stand in for. */
  public record UnauthorisedDelegate(Review.Attendee attendee, String role) {}

  /** The outcome for one review. */
  public record Assessment(
      List<Cover> covered,
      List<String> missing,
      List<UnauthorisedDelegate> unauthorised,
      boolean everyRole) {

    /** Whether the review had its quorum. */
    public boolean met() {
      return everyRole ? missing.isEmpty() : !covered.isEmpty();
    }

    public List<Cover> delegations() {
      return covered.stream().filter(Cover::delegated).toList();
    }
  }

  /** Whether {@code attendee} may stand in for {@code role} at a review of this quorum's type. */
  public boolean mayStandIn(Review.Attendee attendee, String role) {
    if (type == null) {
      return false;
    }
    return type.delegatesFor(role).stream()
        .anyMatch(
            who -> who.equalsIgnoreCase(attendee.role()) || who.equalsIgnoreCase(attendee.name()));
  }

  public Assessment assess(Review review) {
    List<Cover> covered = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    List<UnauthorisedDelegate> unauthorised = new ArrayList<>();
    for (String role : roles) {
      Optional<Review.Attendee> inPerson =
          review.attendees().stream()
              .filter(a -> a.isPresent() && same(a.role(), role))
              .findFirst();
      if (inPerson.isPresent()) {
        covered.add(new Cover(role, inPerson.get(), false));
        continue;
      }
      Optional<Review.Attendee> delegate = Optional.empty();
      for (Review.Attendee a : review.attendees()) {
        if (!a.isPresent() || a.delegateFor() == null || !same(a.delegateFor(), role)) {
          continue;
        }
        if (mayStandIn(a, role)) {
          delegate = Optional.of(a);
          break;
        }
        unauthorised.add(new UnauthorisedDelegate(a, role));
      }
      if (delegate.isPresent()) {
        covered.add(new Cover(role, delegate.get(), true));
      } else {
        missing.add(role);
      }
    }
    return new Assessment(covered, missing, unauthorised, everyRole);
  }

  private static boolean same(String a, String b) {
    return a != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
