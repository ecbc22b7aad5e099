package dev.isms.evidence;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What `isms evidence` is asked to bundle: one review ({@code reviewId}) or every review of a year
 * ({@code year}), into a folder ({@code out}) or a zip file ({@code zip}); {@code force} replaces
 * an existing bundle; {@code asOf} is the day the check result is for.
 */
public record EvidenceOptions(
    String reviewId, Integer year, Path out, Path zip, boolean force, LocalDate asOf) {}
