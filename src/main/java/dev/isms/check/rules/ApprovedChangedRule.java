package dev.isms.check.rules;

import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.History;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.git.CommitSummary;
import dev.isms.git.TagSummary;
import dev.isms.problem.Severity;
import dev.isms.review.ApprovalTag;
import dev.isms.review.StatusText;
import dev.isms.review.model.Review;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What management approved stays as it was: no file of an approved review may change after its
 * approval (the commit the tag review/&lt;ID&gt; points to, else the first commit that recorded
 * status: approved). A pack regenerated after the meeting is flagged too: it is no longer the pack
 * management saw.
 */
public final class ApprovedChangedRule extends AbstractRule {
  public ApprovedChangedRule() {
    super(
        new RuleInfo(
            "approved-changed",
            Severity.ERROR,
            "A file of an approved review changed after its approval (commit or tag review/<ID>),"
                + " or a held review's pack was regenerated after the meeting",
            "Restore the approved version (`git checkout <approval commit> -- <file>`) and commit"
                + " it; a correction of approved minutes needs a new decision of management, recorded in"
                + " the next review's minutes.",
            Needs.HISTORY));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    History history = context.history();
    for (Review review : context.heldReviews()) {
      String reviewFile = CheckContext.reviewFile(review);
      String folder = "reviews/" + review.id();
      Set<String> files = new TreeSet<>(history.filesEverCommittedUnder(folder));
      files.addAll(presentFiles(context, folder));
      Optional<CommitSummary> held = history.firstCommitWhere(reviewFile, StatusText::isHeld);
      Optional<String> approval =
          "approved".equals(review.status()) ? approvalCommit(history, review) : Optional.empty();
      for (String file : files) {
        findings.checked(file);
        if (approval.isPresent()) {
          checkApproved(context, findings, review, approval.get(), file);
        } else if (held.isPresent() && isPack(file)) {
          List<CommitSummary> after = history.commitsChangingAfter(file, held.get().id());
          if (!after.isEmpty()) {
            findings.warningAtLine(
                file,
                0,
                file
                    + " was regenerated after review "
                    + review.id()
                    + " was recorded as held (commit "
                    + held.get().describe()
                    + "), so it is no longer the pack management saw: "
                    + list(after)
                    + "; the pack as sent is at "
                    + held.get().shortId()
                    + " (`git show "
                    + held.get().shortId()
                    + ":<path>`)");
          }
        }
      }
    }
  }

  private static void checkApproved(
      CheckContext context, Findings findings, Review review, String approval, String file) {
    History history = context.history();
    List<CommitSummary> after = history.commitsChangingAfter(file, approval);
    String shortApproval = approval.substring(0, 7);
    if (!after.isEmpty()) {
      findings.errorAtLine(
          file,
          0,
          file
              + (context.exists(file) ? " changed" : " was deleted")
              + " after review "
              + review.id()
              + " was approved (commit "
              + shortApproval
              + "): "
              + list(after)
              + "; restore the approved version (`git checkout "
              + shortApproval
              + " -- "
              + file
              + "`) and record any correction in the next review's minutes");
      return;
    }
    Optional<String> approved = history.readAt(approval, file);
    Optional<String> now = read(context, file);
    if (!approved.equals(now)) {
      findings.errorAtLine(
          file,
          0,
          file
              + (now.isEmpty() ? " was deleted" : " was changed")
              + " in the work tree after review "
              + review.id()
              + " was approved (commit "
              + shortApproval
              + ")"
              + (approved.isEmpty() ? ", which did not hold it" : "")
              + ": restore the approved version (`git checkout "
              + shortApproval
              + " -- "
              + file
              + "`)");
    }
  }

  /** The approval: the commit of the tag review/ID, else the first commit marked approved. */
  static Optional<String> approvalCommit(History history, Review review) {
    Optional<TagSummary> tag = history.annotatedTag(ApprovalTag.name(review.id()));
    if (tag.isPresent()) {
      return Optional.of(tag.get().commitId());
    }
    return history
        .firstCommitWhere(CheckContext.reviewFile(review), StatusText::isApproved)
        .map(CommitSummary::id);
  }

  private static boolean isPack(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.equals("pack.md") || name.equals("pack.html");
  }

  private static String list(List<CommitSummary> commits) {
    return (commits.size() == 1 ? "commit " : commits.size() + " commits ")
        + commits.stream()
            .map(c -> c.describe() + " \"" + c.subject() + "\"")
            .collect(Collectors.joining(", "));
  }

  private static Set<String> presentFiles(CheckContext context, String folder) {
    Path dir = context.repository().root().resolve(folder);
    Set<String> files = new TreeSet<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (var stream = Files.list(dir)) {
      stream
          .filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> files.add(folder + "/" + p.getFileName()));
    } catch (java.io.IOException e) {
      // unreadable folder: the files Git knows are still checked
    }
    return files;
  }

  /** The file's text as Git would store it (bytes as UTF-8, as {@link History#readAt} reads). */
  static Optional<String> read(CheckContext context, String file) {
    Path path = context.repository().root().resolve(file);
    if (!Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new String(Files.readAllBytes(path), java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException e) {
      return Optional.empty();
    }
  }
}
