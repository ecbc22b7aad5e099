package dev.isms.check.rules;

import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the sections of the minutes that belong to a clause set's inputs and results. An input's
 * heading is recognised by its clause reference ({@code 9.3.2 c)}, also written {@code 9.3.2(c)} or
 * {@code 9.3.2 (c)}), wherever it stands in the heading; a result's, and an input of the
 * organisation's own procedure, by its title (after an optional clause reference).
 */
final class ClauseHeadings {
  private static final Pattern REF =
      Pattern.compile(
          "^([0-9]+(?:\\.[0-9]+)*)\\s*\\(?\\s*([a-z](?:\\.[0-9]+)?)\\s*\\)$",
          Pattern.CASE_INSENSITIVE);

  /** A numbered item under a lettered one, as ISO 9001 writes it: {@code 9.3.2 c) 1)}. */
  private static final Pattern NESTED_REF =
      Pattern.compile(
          "^([0-9]+(?:\\.[0-9]+)*)\\s*\\(?\\s*([a-z])\\s*\\)\\s*\\(?\\s*([0-9]+)\\s*\\)$",
          Pattern.CASE_INSENSITIVE);

  /**
   * A clause reference before a result's title: {@code 9.3.3}, {@code 9.3.3 a)}, and in an
   * integrated review another standard's ({@code ISO 9001:2015 9.3.3 c)}).
   */
  private static final Pattern LEADING_NUMBER =
      Pattern.compile(
          "^(?:iso(?:/iec)?\\s+[0-9]+:[0-9]{4}\\s+)?[0-9]+(?:\\.[0-9]+)*\\s*(?:\\(?[a-z]\\)\\s*)?",
          Pattern.CASE_INSENSITIVE);

  private final Minutes minutes;
  private final ClauseSet set;

  ClauseHeadings(Minutes minutes, ClauseSet set) {
    this.minutes = minutes;
    this.set = set;
  }

  /** The heading of an input, if the minutes have one. */
  Optional<Heading> input(Clause clause) {
    Predicate<String> matcher = matcher(clause);
    return minutes.find(h -> matcher.test(h.text()));
  }

  /** The heading of a result, recognised by its title (after an optional clause reference). */
  Optional<Heading> result(Clause result) {
    Predicate<String> matcher = titleMatcher(result.title());
    return minutes.find(h -> matcher.test(h.text()));
  }

  /** Whether a heading opens an input or result of the clause set (so it ends the one before). */
  boolean isClauseHeading(Heading heading) {
    for (Clause c : allInputs()) {
      if (matcher(c).test(heading.text())) {
        return true;
      }
    }
    return set.results().stream().anyMatch(r -> titleMatcher(r.title()).test(heading.text()));
  }

  /** An input's test: by reference for the standard's, by title for the procedure's own. */
  private static Predicate<String> matcher(Clause input) {
    return input.isProcedure() ? titleMatcher(input.title()) : refMatcher(input.ref());
  }

  /** Headings that start with the title, after an optional clause reference. */
  private static Predicate<String> titleMatcher(String title) {
    String wanted = normalize(title);
    return text ->
        normalize(LEADING_NUMBER.matcher(text.strip()).replaceFirst("")).startsWith(wanted);
  }

  /** What the minutes hold under an input's heading, judged against the input's prompt. */
  SectionContent content(Heading heading, Clause input) {
    return SectionContent.judge(
        minutes.section(heading, this::isClauseHeading).text(), input.prompt());
  }

  /**
   * Whether the minutes have been written, not just scaffolded: some mandatory input's section
   * holds more than its template prompt or a placeholder such as TBD. Minutes without any input
   * heading were not made from the template; they count as written (review-inputs reports them).
   */
  boolean recordSomeInput() {
    boolean anyHeading = false;
    for (Clause input : set.mandatoryInputs()) {
      Optional<Heading> heading = input(input);
      if (heading.isEmpty()) {
        continue;
      }
      anyHeading = true;
      SectionContent.Verdict verdict = content(heading.get(), input).verdict();
      if (verdict != SectionContent.Verdict.EMPTY
          && verdict != SectionContent.Verdict.PLACEHOLDER) {
        return true;
      }
    }
    return !anyHeading;
  }

  /** The heading of the results part (9.3.3), or the first result's heading, if any. */
  Optional<Heading> resultsPart() {
    String clause = resultsClause();
    return minutes.find(
        h -> {
          String t = normalize(h.text());
          return h.level() <= 2
              && (t.startsWith("results") || (!clause.isEmpty() && t.contains(clause)));
        });
  }

  /** The line where a missing input's section belongs: at the next input the minutes have. */
  int lineForMissingInput(Clause missing) {
    List<Clause> inOrder = allInputs(); // a parent before its children, as the minutes have them
    for (int i = inOrder.indexOf(missing) + 1; i < inOrder.size(); i++) {
      Optional<Heading> next = input(inOrder.get(i));
      if (next.isPresent()) {
        return next.get().line();
      }
    }
    return resultsPart()
        .or(() -> set.results().stream().map(this::result).flatMap(Optional::stream).findFirst())
        .map(Heading::line)
        .orElse(lastLine());
  }

  /** The line where a missing result's section belongs. */
  int lineForMissingResult() {
    return resultsPart().map(Heading::line).orElse(lastLine());
  }

  private int lastLine() {
    List<Heading> headings = minutes.headings();
    return headings.isEmpty() ? 1 : headings.get(headings.size() - 1).line();
  }

  /** The results' clause number (9.3.3), unless the inputs share it (ISO 27001:2013's 9.3). */
  private String resultsClause() {
    if (set.results().isEmpty() || set.results().get(0).ref() == null) {
      return "";
    }
    String clause = normalize(set.results().get(0).ref()).split(" ")[0];
    boolean shared =
        set.inputs().stream()
            .anyMatch(i -> i.ref() != null && normalize(i.ref()).startsWith(clause + " "));
    return shared ? "" : clause;
  }

  private List<Clause> allInputs() {
    List<Clause> all = new ArrayList<>();
    for (Clause c : set.inputs()) {
      all.add(c);
      all.addAll(c.children());
    }
    return all;
  }

  /** A test for headings that carry the reference, in the ways people write it. */
  static Predicate<String> refMatcher(String ref) {
    Matcher nested = NESTED_REF.matcher(ref == null ? "" : ref.strip());
    if (nested.matches()) {
      // 9.3.2 c) 1), also written 9.3.2 c)1), 9.3.2(c)(1) or 9.3.2 c.1)
      Pattern p =
          Pattern.compile(
              "(?<![0-9.])"
                  + Pattern.quote(nested.group(1))
                  + "\\s*\\(?\\s*"
                  + Pattern.quote(nested.group(2))
                  + "\\s*(?:\\)|\\.)\\s*\\(?\\s*"
                  + Pattern.quote(nested.group(3))
                  + "(?![0-9])",
              Pattern.CASE_INSENSITIVE);
      return text -> p.matcher(text).find();
    }
    Matcher m = REF.matcher(ref == null ? "" : ref.strip());
    if (!m.matches()) {
      String wanted = compact(ref == null ? "" : ref);
      return text -> !wanted.isEmpty() && compact(text).contains(wanted);
    }
    String number = Pattern.quote(m.group(1));
    String item = Pattern.quote(m.group(2));
    Pattern p =
        Pattern.compile(
            "(?<![0-9.])"
                + number
                + "\\s*(?:\\(\\s*"
                + item
                + "\\s*\\)|"
                + item
                + "(?:\\s*\\)|(?![.0-9a-z])))",
            Pattern.CASE_INSENSITIVE);
    return text -> p.matcher(text).find();
  }

  private static String compact(String s) {
    return s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
  }

  private static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
