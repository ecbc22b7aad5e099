package dev.isms.pack;

import dev.isms.IsmsException;
import dev.isms.problem.Suggestions;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which review a pack briefs. */
final class ReviewSelector {
  private ReviewSelector() {}

  /**
   * The review named, or else the next planned one: the earliest planned on or after the day, else
   * the latest planned one (a review whose date passed without being held).
   */
  static Review select(IsmsRepository repo, String id, LocalDate day) {
    if (id != null) {
      return repo.review(id)
          .orElseThrow(
              () ->
                  IsmsException.input(
                      "there is no review `"
                          + id
                          + "`: reviews/"
                          + id
                          + "/review.yaml does not exist; create"
                          + " it with `isms review new`, or name an existing one ("
                          + String.join(", ", ids(repo))
                          + ")."
                          + Suggestions.didYouMean(id, ids(repo))));
    }
    List<Review> planned =
        repo.reviews().stream().filter(r -> "planned".equals(r.status())).toList();
    Optional<Review> next =
        planned.stream().filter(r -> !r.date().isBefore(day)).min(IsmsRepository.BY_DATE);
    return next.or(() -> planned.stream().max(IsmsRepository.BY_DATE))
        .orElseThrow(
            () ->
                IsmsException.input(
                    "there is no planned review to brief: plan one with `isms review new`, then run"
                        + " `isms pack` again (or name a review: `isms pack REVIEW-ID`)"));
  }

  private static List<String> ids(IsmsRepository repo) {
    return repo.reviews().stream().map(Review::id).sorted(Comparator.naturalOrder()).toList();
  }
}
