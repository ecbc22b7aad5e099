package dev.isms.check;

import java.time.LocalDate;

/**
 * What `isms check --accept RULE:ITEM` was asked to record: the finding ({@code RULE:ITEM}, where
 * ITEM is an item id or a file), why, until when, by whom (null: the Git user), as of which day.
 */
public record AcceptOptions(
    String target, String reason, LocalDate until, String by, LocalDate asOf) {}
