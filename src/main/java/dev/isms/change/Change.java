package dev.isms.change;

import java.time.LocalDate;

/** changes/&lt;ID&gt;.yaml: a dated change in context, or feedback from an interested party. */
public record Change(
    String id,
    LocalDate date,
    String kind,
    String title,
    String party,
    String description,
    String impact) {}
