package dev.isms.objective;

import java.time.LocalDate;

/** objectives/&lt;ID&gt;.yaml: an information security objective (clause 6.2). */
public record Objective(
    String id,
    String title,
    String description,
    String owner,
    LocalDate due,
    String status,
    String measure) {}
