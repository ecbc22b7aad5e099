package dev.isms.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person under {@code people:} in isms.yaml: the name of whoever holds a role, and optionally
 * their reporting line (the role of their manager, their department), written either as the name
 * alone ({@code CEO: Dana Ruiz}) or as {@code {name: Emre Yilmaz, manager: Head of Engineering,
 * department: Engineering}}, with their mail address ({@code email}) for calendar invitations.
 */
public record Person(String name, String manager, String department, String email) {

  public Person(String name, String manager, String department) {
    this(name, manager, department, null);
  }

  /** Binds either form; the schema has checked the shape before. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static Person bind(JsonNode node) {
    if (node.isObject()) {
      return new Person(
          text(node, "name"), text(node, "manager"), text(node, "department"), text(node, "email"));
    }
    return new Person(node.asText(), null, null, null);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText().strip();
  }
}
