package dev.isms.pack;

import dev.isms.git.CommitSummary;
import dev.isms.git.GitFacade;
import dev.isms.git.MissingHistoryException;
import dev.isms.problem.Problem;
import dev.isms.risk.Risk;
import dev.isms.store.RepositoryLoader;
import dev.isms.store.SourceText;
import dev.isms.validation.FileKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The risk register as it was committed on the day the review is compared with ({@link
 * dev.isms.review.Coverage#comparedOn()}: the previous held review, or for a review covering a year
 * or a period the last held before it starts, else the day before it starts): the last commit at or
 * before the end of that day, its risks/ read through the loader's own parsing and schema. When
 * that history is not here (no Git, a shallow clone, a repository younger than the review) it says
 * what is missing and how to get it, instead of failing the pack or inventing a delta.
 */
final class RiskBaseline {
  enum State {
    AVAILABLE,
    FIRST_REVIEW,
    NO_GIT,
    NO_COMMITS,
    SHALLOW,
    INCOMPLETE,
    NOT_IN_HISTORY
  }

  /**
   * @param explanation what is missing and why (empty when available)
   * @param command the command that fetches it, if one does
   */
  record Result(
      State state,
      String commitId,
      Instant commitTime,
      List<Risk> risks,
      List<String> unreadableIds,
      List<String> unreadable,
      String explanation,
      String command) {

    boolean available() {
      return state == State.AVAILABLE;
    }

    /** History that should be there and is not: worth a warning. */
    boolean missing() {
      return state != State.AVAILABLE && state != State.FIRST_REVIEW;
    }
  }

  private RiskBaseline() {}

  static Result load(
      PackContext ctx, Optional<GitFacade> git, RepositoryLoader loader, ZoneId zone) {
    Optional<LocalDate> day = ctx.coverage().comparedOn();
    if (day.isEmpty()) {
      return unavailable(
          State.FIRST_REVIEW,
          "There is no earlier held review to compare the risk"
              + " register with; from the next review on, this section shows what changed.",
          "");
    }
    String review =
        ctx.previous()
            .map(p -> "review " + p.id() + " (" + p.date() + ")")
            .orElse("the end of " + day.get());
    if (git.isEmpty()) {
      return unavailable(
          State.NO_GIT,
          "The ISMS repository is not in Git, so the register as it"
              + " stood at "
              + review
              + " cannot be read. Keep the ISMS in Git and commit its"
              + " changes, so that the next pack can show the delta.",
          "");
    }
    GitFacade g = git.get();
    if (g.isPartialClone()) {
      return incomplete(
          "This is a partial clone (git clone --filter): the risk register as it stood at "
              + review
              + " is not in it. Clone the repository without --filter and generate the pack"
              + " again.");
    }
    try {
      return fromHistory(ctx, g, loader, zone, day.get(), review);
    } catch (MissingHistoryException e) {
      return incomplete(
          "The risk register as it stood at "
              + review
              + " cannot be read: "
              + e.getMessage()
              + ". Then generate the pack again.");
    }
  }

  private static Result incomplete(String explanation) {
    return unavailable(State.INCOMPLETE, explanation, "");
  }

  private static Result fromHistory(
      PackContext ctx,
      GitFacade g,
      RepositoryLoader loader,
      ZoneId zone,
      LocalDate day,
      String review) {
    if (g.head().isEmpty()) {
      return unavailable(
          State.NO_COMMITS,
          "The Git repository has no commits yet, so the register"
              + " as it stood at "
              + review
              + " cannot be read. Commit the ISMS so that the next pack"
              + " can show the delta.",
          "");
    }
    Instant end = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
    Optional<CommitSummary> commit = g.lastCommitAtOrBefore(end);
    String oldest =
        g.oldestCommitTime().map(t -> LocalDate.ofInstant(t, zone).toString()).orElse("?");
    if (commit.isEmpty() || !g.hasHistoryAfter(commit.get().id())) {
      if (g.isShallow()) {
        return unavailable(
            State.SHALLOW,
            "This is a shallow clone: its history goes back only to "
                + oldest
                + ", so the commit of "
                + review
                + " is not in it. Fetch the full history and"
                + " generate the pack again.",
            "git fetch --unshallow");
      }
      return unavailable(
          State.NOT_IN_HISTORY,
          "The Git history begins on "
              + oldest
              + ", after "
              + review
              + ": the register as it stood then was never committed here. If that history"
              + " exists elsewhere, fetch it from there; otherwise the delta starts with the next"
              + " review.",
          "");
    }
    String prefix = prefix(g, ctx);
    if (g.readAt(commit.get().id(), prefix + "isms.yaml").isEmpty()) {
      return unavailable(
          State.NOT_IN_HISTORY,
          "The ISMS was not yet in Git at "
              + review
              + " (commit "
              + commit.get().id().substring(0, 12)
              + " has no "
              + prefix
              + "isms.yaml), so the register as it stood then cannot be read; the delta starts with"
              + " the next review.",
          "");
    }
    List<Risk> risks = new ArrayList<>();
    List<String> unreadableIds = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    String short12 = commit.get().id().substring(0, 12);
    for (Map.Entry<String, String> file :
        g.readFolderAt(commit.get().id(), prefix + "risks").entrySet()) {
      String rel = file.getKey().substring(prefix.length());
      String name = rel.substring("risks/".length());
      if (name.contains("/") || !name.endsWith(".yaml")) {
        continue;
      }
      String id = name.substring(0, name.length() - ".yaml".length());
      List<Problem> problems = new ArrayList<>();
      Optional<Risk> risk =
          loader.readItem(
              FileKind.RISK,
              Risk.class,
              new SourceText(rel + " at " + short12, file.getValue()),
              id,
              problems::add);
      if (risk.isPresent()) {
        risks.add(risk.get());
      } else {
        unreadableIds.add(id);
        unreadable.add(
            problems.isEmpty()
                ? rel + " at " + short12 + ": cannot be read"
                : problems.get(0).toString());
      }
    }
    return new Result(
        State.AVAILABLE,
        commit.get().id(),
        commit.get().committerTime().toInstant(),
        risks,
        unreadableIds,
        unreadable,
        "",
        "");
  }

  private static Result unavailable(State state, String explanation, String command) {
    return new Result(state, "", null, List.of(), List.of(), List.of(), explanation, command);
  }

  /** The ISMS root's path inside the Git work tree, with a trailing slash ("" at the top). */
  private static String prefix(GitFacade git, PackContext ctx) {
    String p = git.gitPath(ctx.repo().root());
    return p.isEmpty() ? "" : p + "/";
  }
}
