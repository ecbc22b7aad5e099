package dev.isms.git;

import java.time.ZonedDateTime;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** One commit as an audit trail shows it: who wrote it, who committed it, when, and what. */
public record CommitSummary(
    String id,
    String author,
    String authorEmail,
    ZonedDateTime authorTime,
    String committer,
    String committerEmail,
    ZonedDateTime committerTime,
    String subject) {

  /** The abbreviated id people quote (seven hex digits, as git log --oneline). */
  public String shortId() {
    return id.substring(0, Math.min(7, id.length()));
  }

  /** {@code abc1234 (2026-09-22, Dana Ruiz)}. */
  public String describe() {
    return shortId() + " (" + authorTime.toLocalDate() + ", " + author + ")";
  }

  public static CommitSummary of(RevCommit commit) {
    PersonIdent a = commit.getAuthorIdent();
    PersonIdent c = commit.getCommitterIdent();
    return new CommitSummary(
        commit.getName(),
        a.getName(),
        a.getEmailAddress(),
        a.getWhenAsInstant().atZone(a.getZoneId()),
        c.getName(),
        c.getEmailAddress(),
        c.getWhenAsInstant().atZone(c.getZoneId()),
        commit.getShortMessage());
  }
}
