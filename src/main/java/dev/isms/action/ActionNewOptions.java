package dev.isms.action;

import java.time.LocalDate;
import java.util.List;

/** What {@code isms action new} was given. */
public record ActionNewOptions(
    String title,
    String owner,
    LocalDate due,
    String source,
    String successCriteria,
    String priority,
    String resources,
    List<String> dependsOn,
    boolean commit,
    LocalDate today) {

  public ActionNewOptions {
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
  }
}
