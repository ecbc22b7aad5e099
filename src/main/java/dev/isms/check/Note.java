package dev.isms.check;

/** Something the check could not do, said instead of failing: a rule skipped and why. */
public record Note(String ruleId, String message) {}
