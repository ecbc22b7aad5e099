package dev.isms.config;

/** A department under {@code departments:} in isms.yaml: the role that heads it. */
public record Department(String head) {}
