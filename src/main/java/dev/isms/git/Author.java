package dev.isms.git;

import java.time.ZonedDateTime;

/** Who a commit is by and when, where a command sets it itself (the demo's dated history). */
public record Author(String name, String email, ZonedDateTime when) {}
