package dev.isms.pack;

/**
 * One thing the pack asks top management to decide, derived from the registers, with the section of
 * the pack that holds the evidence.
 */
public record Decision(String text, String section) {}
