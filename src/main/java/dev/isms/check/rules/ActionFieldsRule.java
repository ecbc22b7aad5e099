package dev.isms.check.rules;

import dev.isms.action.Action;
import dev.isms.check.AbstractRule;
import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Placeholders;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.problem.Severity;
import dev.isms.validation.FileKind;
import java.util.Locale;

/**
 * What makes an action auditable: an owner, a due date and success criteria; a completed or closed
 * one says when (the on-time share and the carry-over count read it); a closed one shows its
 * evidence and who verified it (someone other than its owner); a cancelled one says why.
 */
public final class ActionFieldsRule extends AbstractRule {
  public ActionFieldsRule() {
    super(
        new RuleInfo(
            "action-fields",
            Severity.ERROR,
            "An action lacks owner, due date or success criteria; a completed or closed one lacks"
                + " completed_on; a closed one lacks evidence or an independent verifier; a"
                + " cancelled one lacks a reason",
            "Fill in owner, due and success_criteria in actions/<ID>.yaml. Record completed_on when"
                + " an action is completed. Close an action only with evidence (not a placeholder"
                + " such as TBD) and verified_by naming someone other than the owner; cancel one"
                + " only with a cancel_reason.",
            Needs.ITEMS));
  }

  @Override
  public void check(CheckContext context, Findings findings) {
    eachItem(
        context.repository().actions(),
        FileKind.ACTION,
        Action::id,
        findings,
        (action, file) -> {
          String status = action.status();
          if ("cancelled".equals(status)) {
            if (Texts.isBlank(action.cancelReason())) {
              findings.errorAt(
                  file,
                  "/status",
                  action.id()
                      + " is cancelled without a reason: add `cancel_reason:` saying why, and who"
                      + " decided (a review, the risk owner)");
            }
            return; // what a cancelled action would have needed no longer matters
          }
          require(
              findings,
              file,
              action,
              action.owner(),
              "owner",
              "name the one person who answers for it");
          if (action.due() == null) {
            findings.errorAt(file, "", action.id() + " has no `due` date: add one (YYYY-MM-DD)");
          }
          require(
              findings,
              file,
              action,
              action.successCriteria(),
              "success_criteria",
              "say how anyone can tell it is done (e.g. `100% of admin accounts on FIDO2 keys`)");
          if (("completed".equals(status) || "closed".equals(status))
              && action.completedOn() == null) {
            findings.errorAt(
                file,
                "/status",
                action.id()
                    + " is "
                    + status
                    + " but has no `completed_on`: add the day it was completed (YYYY-MM-DD); the"
                    + " pack's on-time share and the count of carried-over actions depend on it");
          }
          if ("closed".equals(status)) {
            checkClosed(findings, file, action);
          }
        });
  }

  /** A closed action shows its evidence and who, other than its owner, checked it. */
  private static void checkClosed(Findings findings, String file, Action action) {
    if (Texts.isBlank(action.evidence())) {
      findings.errorAt(
          file,
          "/status",
          action.id()
              + " is closed without evidence: add `evidence:` (a link or document reference"
              + " that shows the success criteria are met)");
    } else if (Placeholders.isPlaceholder(action.evidence())) {
      findings.errorAt(
          file,
          "/evidence",
          action.id()
              + " is closed with the placeholder `"
              + action.evidence().strip()
              + "` as evidence: give a link or document reference that shows the success"
              + " criteria are met");
    }
    if (Texts.isBlank(action.verifiedBy())) {
      findings.errorAt(
          file,
          "/status",
          action.id()
              + " is closed without a verifier: add `verified_by:` naming who checked the"
              + " evidence (not the owner)");
    } else if (Placeholders.isPlaceholder(action.verifiedBy())) {
      findings.errorAt(
          file,
          "/verified_by",
          action.id()
              + " is closed with the placeholder `"
              + action.verifiedBy().strip()
              + "` as verifier: name who checked the evidence (not the owner)");
    } else if (action.owner() != null && same(action.owner(), action.verifiedBy())) {
      findings.errorAt(
          file,
          "/verified_by",
          action.id()
              + " was verified by its own owner, "
              + action.owner().strip()
              + ": have someone independent check the evidence and name them in"
              + " `verified_by:`");
    }
  }

  private static void require(
      Findings findings, String file, Action action, String value, String field, String advice) {
    if (Texts.isBlank(value)) {
      findings.errorAt(
          file,
          value == null ? "" : "/" + field,
          action.id() + " has no `" + field + "`: " + advice);
    }
  }

  private static boolean same(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
  }
}
