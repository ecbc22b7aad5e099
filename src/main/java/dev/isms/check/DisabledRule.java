package dev.isms.check;

/** A rule isms.yaml switched off, with the reason written there; every report repeats it. */
public record DisabledRule(String ruleId, String reason) {}
