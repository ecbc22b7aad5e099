package dev.isms.supplier;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@code isms supplier new} was given; id, owner, last reviewed and review every may be null
 * (the id is then derived from the name, the review cadence is {@code P1Y}).
 */
public record SupplierNewOptions(
    String id,
    String name,
    List<String> services,
    List<String> dataCategories,
    boolean subprocessor,
    String owner,
    LocalDate lastReviewed,
    String reviewEvery,
    boolean commit,
    LocalDate today) {

  public SupplierNewOptions {
    services = services == null ? List.of() : List.copyOf(services);
    dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
  }
}
