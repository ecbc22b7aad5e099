package dev.isms.minutes;

import java.util.List;

/**
 * The part of the minutes under one heading. {@code text} is what a reader sees there, with HTML
 * comments (the template's prompts), tags, sub-heading titles and table headers left out and
 * whitespace collapsed: so an untouched template section has empty text.
 */
public record Section(Heading heading, String text, List<Table> tables) {
  public Section {
    tables = List.copyOf(tables);
  }

  public boolean isBlank() {
    return text.isEmpty();
  }
}
