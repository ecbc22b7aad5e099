package dev.isms.action;

import java.time.LocalDate;

/**
 * What a lifecycle subcommand was given: the action, a note (the blocker, the reason to escalate or
 * cancel), and for {@code close} the evidence and who verified it.
 */
public record ActionStepOptions(
    String id,
    ActionStep step,
    String note,
    String evidence,
    String verifiedBy,
    boolean commit,
    LocalDate today) {}
