package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.History;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.config.ReviewType;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.git.CommitSummary;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import dev.isms.minutes.NoChangeClaim;
import dev.isms.minutes.TriggerRecord;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import dev.isms.store.IsmsRepository;
import dev.isms.store.RegisterChanges;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Clause 9.3.2: the minutes of every held review cover each mandatory input of its framework with
 * something more than the template's prompt. An auditor's first question about a review.
 */
public final class ReviewInputsRule extends MinutesRule {
  public ReviewInputsRule() {
    super(
        new RuleInfo(
            "review-inputs",
            Severity.ERROR,
            "The minutes of a held review leave out a mandatory input of its framework (9.3.2 a-g),"
                + " or hold only the template's prompt there",
            "Give every mandatory input its own section in reviews/<ID>/minutes.md, headed by its"
                + " clause reference (### 9.3.2 c) ...), and record what management considered;"
                + " write `N/A: <reason>` where an input truly did not apply.",
            Needs.CONFIG));
  }

  @Override
  void check(CheckContext context, Review review, ClauseSet set, Findings findings) {
    String minutesFile = CheckContext.minutesFile(review);
    if (!context.exists(minutesFile)) {
      findings.errorAt(
          CheckContext.reviewFile(review),
          "/status",
          "review "
              + review.id()
              + " is "
              + review.status()
              + " but has no minutes: write "
              + minutesFile
              + " with one section per input of "
              + set.title()
              + " clause "
              + set.clause()
              + " (the minutes are the evidence that the review took place)");
      return;
    }
    context.minutes(review).ifPresent(m -> checkMinutes(context, review, m, set, findings));
  }

  private void checkMinutes(
      CheckContext context, Review review, Minutes minutes, ClauseSet set, Findings findings) {
    String file = CheckContext.minutesFile(review);
    findings.checked(file);
    ClauseHeadings headings = new ClauseHeadings(minutes, set);
    for (Clause input : set.mandatoryInputs()) {
      String name = input.name();
      Optional<Heading> heading = headings.input(input);
      if (heading.isEmpty()) {
        findings.errorAtLine(
            file,
            headings.lineForMissingInput(input),
            "minutes of "
                + review.id()
                + " do not cover "
                + name
                + ": add a section headed `"
                + "#".repeat(input.id().contains(".") ? 4 : 3)
                + " "
                + (input.isProcedure() ? input.heading() + "`" : input.ref() + " ...`")
                + " that records what management considered"
                + (input.isProcedure() ? ": " + lowerFirst(input.prompt()) : ""));
        continue;
      }
      SectionContent content = headings.content(heading.get(), input);
      Optional<NoChangeClaim> claim = NoChangeClaim.parse(content.quote());
      if (claim.isPresent()) {
        verify(context, review, input, heading.get().line(), claim.get(), findings);
        continue;
      }
      judge(findings, file, heading.get().line(), name, content);
    }
    triggerOf(context, review).ifPresent(t -> checkTrigger(review, minutes, t, findings));
    if (context.config().reviewType(review.type()).map(ReviewType::isBeforeAudit).orElse(false)) {
      checkOpenFindings(review, minutes, findings);
    }
  }

  /** A "no change" claim is verified against the history when there is one. */
  @Override
  public boolean readsHistory() {
    return true;
  }

  /**
   * "No change since review X" in an input's section: true when X was held before this review and
   * no commit touched the input's register folders after X's day, up to this review's day; a false
   * claim is an error naming the commits that contradict it.
   */
  private static void verify(
      CheckContext context,
      Review review,
      Clause input,
      int line,
      NoChangeClaim claim,
      Findings findings) {
    String file = CheckContext.minutesFile(review);
    String said =
        "the section on "
            + (input.isProcedure() ? input.name() : input.ref())
            + " says `No change since review "
            + claim.reviewId()
            + "`";
    Optional<Review> since = context.repository().review(claim.reviewId());
    if (since.isEmpty() || !since.get().wasHeld() || !since.get().date().isBefore(review.date())) {
      findings.errorAtLine(
          file,
          line,
          said
              + ", but "
              + (since.isEmpty()
                  ? "there is no review " + claim.reviewId()
                  : "review " + claim.reviewId() + " was not held before " + review.id())
              + ": name an earlier held review, or record what management considered");
      return;
    }
    List<String> folders = input.data() == null ? List.of() : input.data().folders();
    if (folders.isEmpty()) {
      findings.errorAtLine(
          file,
          line,
          said
              + ", but no register feeds this input, so the history cannot show it: record what"
              + " management considered");
      return;
    }
    History history = context.history();
    if (history == null) {
      findings.warningAtLine(
          file,
          line,
          said
              + ", which cannot be verified without the full Git history: run the check in a full"
              + " clone, or record what management considered");
      return;
    }
    LocalDate from = since.get().date();
    Optional<LocalDate> start = history.earliestAuthorTime().map(t -> t.toLocalDate());
    if (start.isPresent() && start.get().isAfter(from)) {
      findings.warningAtLine(
          file,
          line,
          said
              + ", which the history cannot verify: it starts on "
              + start.get()
              + ", after "
              + claim.reviewId()
              + " ("
              + from
              + "), so what changed before then is not in Git; record what management"
              + " considered");
      return;
    }
    List<CommitSummary> contradicting =
        RegisterChanges.between(history, folders, from, review.date());
    if (contradicting.isEmpty()) {
      return; // verified: the registers hold nothing new since that review
    }
    List<String> named =
        contradicting.stream()
            .map(c -> c.shortId() + " (" + c.authorTime().toLocalDate() + ", " + c.subject() + ")")
            .toList();
    findings.errorAtLine(
        file,
        line,
        said
            + ", but "
            + Texts.plural(named.size(), "commit")
            + " changed "
            + folders.stream().map(f -> f + "/").collect(Collectors.joining(" or "))
            + " after "
            + claim.reviewId()
            + " ("
            + from
            + ") and by "
            + review.id()
            + " ("
            + review.date()
            + "): "
            + String.join(", ", named.size() > 5 ? named.subList(0, 5) : named)
            + (named.size() > 5 ? " and " + (named.size() - 5) + " more" : "")
            + "; record what changed and what management made of it");
  }

  /** The kind of item that called the review, when review.yaml names one the registers hold. */
  private static Optional<TriggerRecord> triggerOf(CheckContext context, Review review) {
    String id = review.trigger();
    if (id == null) {
      return Optional.empty();
    }
    IsmsRepository repo = context.repository();
    if (repo.incident(id).isPresent()) {
      return Optional.of(TriggerRecord.INCIDENT);
    }
    if (repo.finding(id).isPresent()) {
      return Optional.of(TriggerRecord.FINDING);
    }
    return repo.changes().stream().anyMatch(c -> id.equals(c.id()))
        ? Optional.of(TriggerRecord.CHANGE)
        : Optional.empty();
  }

  /** The trigger's own section: why an ad-hoc review was held is the first thing asked of it. */
  private void checkTrigger(
      Review review, Minutes minutes, TriggerRecord record, Findings findings) {
    String file = CheckContext.minutesFile(review);
    String parts =
        record.parts().stream()
            .map(p -> "`### " + p.heading() + "`")
            .collect(Collectors.joining(", "));
    Optional<Heading> section = minutes.find(TriggerRecord::opensTrigger);
    if (section.isEmpty()) {
      findings.errorAtLine(
          file,
          firstSectionLine(minutes),
          "minutes of "
              + review.id()
              + " do not record its trigger "
              + review.trigger()
              + ": add a section `## Trigger: "
              + review.trigger()
              + "` with "
              + parts
              + " (what the review was called for)");
      return;
    }
    List<Heading> below = headingsUnder(minutes, section.get());
    for (TriggerRecord.Part part : record.parts()) {
      Optional<Heading> h =
          below.stream()
              .filter(
                  x -> x.text().regionMatches(true, 0, part.heading(), 0, part.heading().length()))
              .findFirst();
      String name = part.heading().toLowerCase(Locale.ROOT) + " of " + review.trigger();
      if (h.isEmpty()) {
        findings.errorAtLine(
            file,
            section.get().line(),
            "the section on the trigger "
                + review.trigger()
                + " has no `### "
                + part.heading()
                + "`: add it and record the "
                + name);
        continue;
      }
      String text = minutes.section(h.get(), x -> false).text();
      judge(findings, file, h.get().line(), name, SectionContent.judge(text, part.prompt()));
    }
  }

  private void checkOpenFindings(Review review, Minutes minutes, Findings findings) {
    String file = CheckContext.minutesFile(review);
    Optional<Heading> section = minutes.find(TriggerRecord::opensOpenFindings);
    if (section.isEmpty()) {
      findings.errorAtLine(
          file,
          firstSectionLine(minutes),
          "minutes of pre-audit review "
              + review.id()
              + " have no section `## "
              + TriggerRecord.OPEN_FINDINGS
              + "`: record the state of each open audit finding before the audit (or `N/A:"
              + " <reason>` if none is open)");
      return;
    }
    String text = minutes.section(section.get(), x -> false).text();
    judge(
        findings,
        file,
        section.get().line(),
        "the open audit findings",
        SectionContent.judge(text, TriggerRecord.OPEN_FINDINGS_PROMPT));
  }

  /** The headings nested below {@code top}, up to the next one at its level or higher. */
  private static List<Heading> headingsUnder(Minutes minutes, Heading top) {
    List<Heading> all = minutes.headings();
    List<Heading> below = new ArrayList<>();
    for (int i = all.indexOf(top) + 1; i < all.size() && all.get(i).level() > top.level(); i++) {
      below.add(all.get(i));
    }
    return below;
  }

  /** Where a missing section belongs: before the inputs (the first level-2 heading after 1). */
  private static int firstSectionLine(Minutes minutes) {
    return minutes.headings().stream()
        .filter(h -> h.level() == 2)
        .map(Heading::line)
        .findFirst()
        .orElse(1);
  }

  private static void judge(
      Findings findings, String file, int line, String name, SectionContent content) {
    switch (content.verdict()) {
      case EMPTY ->
          findings.errorAtLine(
              file,
              line,
              "the section on "
                  + name
                  + " holds nothing but the template's prompt: record what management"
                  + " considered, or write `N/A: <reason>`");
      case BARE_NA ->
          findings.errorAtLine(
              file,
              line,
              "the section on "
                  + name
                  + " says only `"
                  + content.quote()
                  + "`: give the reason it does not apply (`N/A: <reason>`), or record what was"
                  + " considered");
      case PLACEHOLDER ->
          findings.errorAtLine(
              file,
              line,
              "the section on "
                  + name
                  + " holds only the placeholder `"
                  + content.quote()
                  + "`: record what management considered");
      case VAGUE ->
          findings.warningAtLine(
              file,
              line,
              "the section on "
                  + name
                  + " says only `"
                  + content.quote()
                  + "`, which an auditor reads as not considered: record what was found and"
                  + " decided");
      case RECORDED -> {}
    }
  }

  private static String lowerFirst(String s) {
    return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
