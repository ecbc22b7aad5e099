package dev.isms.register;

import dev.isms.IsmsException;
import dev.isms.problem.Suggestions;
import java.util.List;
import java.util.function.Function;

/** Finds one item of a register by id, or refuses with the ids it might have meant. */
final class RegisterItems {
  private RegisterItems() {}

  /**
   * The item of {@code items} whose id is {@code id}; otherwise exit 2 with "no KIND ID in
   * FOLDER/." and a suggestion.
   */
  static <T> T require(
      List<T> items, Function<T, String> idOf, String id, String kind, String folder) {
    List<String> ids = items.stream().map(idOf).toList();
    return items.stream()
        .filter(item -> idOf.apply(item).equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                IsmsException.input(
                    "no "
                        + kind
                        + " "
                        + id
                        + " in "
                        + folder
                        + "/."
                        + Suggestions.didYouMean(id, ids)));
  }
}
