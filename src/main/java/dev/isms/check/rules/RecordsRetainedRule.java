package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.History;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.Policy;
import dev.isms.git.CommitSummary;
import dev.isms.git.TagSummary;
import dev.isms.problem.Severity;
import dev.isms.review.ApprovalTag;
import dev.isms.review.model.Review;
import dev.isms.store.Sha256;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Review records are kept for policy.retention_years (3 by default; MoS procedure 8.2): a review's
 * agenda, pack, minutes or review.yaml once committed may not disappear while the review is within
 * that period, and an approved review's files still hash to what its tag review/&lt;ID&gt;
 * recorded.
 */
public final class RecordsRetainedRule extends AbstractRule {
  public RecordsRetainedRule() {
    super(
        new RuleInfo(
            "records-retained",
            Severity.ERROR,
            "A record of a review within policy.retention_years (3 by default) was deleted, or an"
                + " approved review's file no longer hashes to what its tag review/<ID> recorded",
            "Restore the record from Git (`git checkout <commit>^ -- <file>`, the commit before the"
                + " one that deleted it) and commit it; review records are kept for the retention period"
                + " (isms.yaml policy.retention_years).",
            Needs.HISTORY));
  }

  private static final Pattern DATE = Pattern.compile("(?m)^date:\\s*[\"']?(\\d{4}-\\d{2}-\\d{2})");
  private static final List<String> RECORDS =
      List.of("review.yaml", "agenda.md", "pack.md", "minutes.md");

  @Override
  public void check(CheckContext context, Findings findings) {
    History history = context.history();
    int years = context.config().policy().retentionYears();
    LocalDate keepFrom = context.asOf().minusYears(years);
    for (String file : history.filesEverCommittedUnder("reviews")) {
      String[] parts = file.split("/");
      if (parts.length != 3 || !RECORDS.contains(parts[2])) {
        continue;
      }
      findings.checked(file);
      if (context.exists(file)) {
        continue;
      }
      String reviewId = parts[1];
      Optional<LocalDate> date = dateOf(context, history, reviewId);
      if (date.isEmpty() || date.get().isBefore(keepFrom) || date.get().isAfter(context.asOf())) {
        continue;
      }
      List<CommitSummary> commits = history.commitsChanging(file);
      String deletedBy =
          commits.isEmpty() ? "" : " by commit " + commits.get(commits.size() - 1).describe();
      findings.errorAtLine(
          file,
          0,
          file
              + ", a record of review "
              + reviewId
              + " (meeting "
              + date.get()
              + "), was deleted"
              + deletedBy
              + ", though records are kept "
              + Texts.plural(years, "year")
              + " ("
              + context.config().policy().cite(Policy.Key.RETENTION_YEARS)
              + "), until "
              + date.get().plusYears(years)
              + ": restore it from Git and commit it");
    }
    for (Review review : context.heldReviews()) {
      if (!"approved".equals(review.status())) {
        continue;
      }
      Optional<TagSummary> tag = history.annotatedTag(ApprovalTag.name(review.id()));
      if (tag.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> recorded :
          ApprovalTag.hashes(tag.get().message()).entrySet()) {
        String file = recorded.getKey();
        findings.checked(file);
        Optional<String> now = hash(context, file);
        if (now.isPresent() && now.get().equals(recorded.getValue())) {
          continue;
        }
        findings.errorAtLine(
            file,
            0,
            file
                + (now.isEmpty() ? " is missing" : " no longer hashes")
                + " to the SHA-256 the approval tag "
                + tag.get().name()
                + " recorded ("
                + recorded.getValue().substring(0, 12)
                + "...): restore the approved version (`git checkout "
                + tag.get().name()
                + " -- "
                + file
                + "`)");
      }
    }
  }

  private static Optional<String> hash(CheckContext context, String file) {
    java.nio.file.Path path = context.repository().root().resolve(file);
    if (!java.nio.file.Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Sha256.ofFile(path));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }

  /** The review's date: from the loaded review, else from its last committed review.yaml. */
  private static Optional<LocalDate> dateOf(
      CheckContext context, History history, String reviewId) {
    Optional<Review> review = context.repository().review(reviewId);
    if (review.isPresent()) {
      return Optional.ofNullable(review.get().date());
    }
    return history
        .lastCommittedText("reviews/" + reviewId + "/review.yaml")
        .map(DATE::matcher)
        .filter(Matcher::find)
        .map(m -> LocalDate.parse(m.group(1)));
  }
}
