package dev.isms.check.rules;

import dev.isms.check.CheckContext;
import dev.isms.check.Findings;
import dev.isms.check.Rule.Needs;
import dev.isms.check.RuleInfo;
import dev.isms.framework.Clause;
import dev.isms.framework.ClauseSet;
import dev.isms.minutes.Heading;
import dev.isms.minutes.Minutes;
import dev.isms.minutes.NoChangeClaim;
import dev.isms.problem.Severity;
import dev.isms.review.model.Review;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Boilerplate in the input sections of the minutes: the same sentence pasted into several input
 * sections, or copied unchanged from the minutes of the previous held review. Each input gets a
 * section so that the minutes show it was considered on its own; a sentence that fits every input,
 * or every quarter, shows that it was not. Sentences of fewer than {@link #MIN_WORDS} words ("No
 * change.", "Noted.") are left to review-inputs, and a "no change since review X" claim is checked
 * there against history.
 */
public final class InputBoilerplateRule extends MinutesRule {
  /** Sentences shorter than this are not judged: short phrases recur without being boilerplate. */
  static final int MIN_WORDS = 6;

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;])\\s+");
  private static final Pattern EDGES =
      Pattern.compile("^[\\s\\p{Punct}\u2013\u2014\u2026]+|[\\s\\p{Punct}\u2013\u2014\u2026]+$");

  public InputBoilerplateRule() {
    super(
        new RuleInfo(
            "input-boilerplate",
            Severity.WARNING,
            "The same sentence stands in several input sections of the minutes, or was copied"
                + " unchanged from the previous review's minutes",
            "Record for each input what management considered and decided about it this time;"
                + " where an input's register holds nothing new, write `No change since review"
                + " <ID>` (the check verifies it against the Git history).",
            Needs.CONFIG));
  }

  /** One input section: where it is and the sentences it holds. */
  private record Place(String file, int line, String name, List<String> sentences) {
    String where() {
      return name + " (" + file + ":" + line + ")";
    }
  }

  @Override
  void check(CheckContext context, Review review, ClauseSet set, Findings findings) {
    Optional<Minutes> minutes = context.minutes(review);
    if (minutes.isEmpty()) {
      return;
    }
    String file = CheckContext.minutesFile(review);
    findings.checked(file);
    List<Place> here = places(file, minutes.get(), set);
    Map<String, List<Place>> bySentence = new LinkedHashMap<>();
    for (Place p : here) {
      for (String s : p.sentences()) {
        List<Place> at = bySentence.computeIfAbsent(s, k -> new ArrayList<>());
        if (!at.contains(p)) {
          at.add(p);
        }
      }
    }
    bySentence.forEach(
        (sentence, at) -> {
          if (at.size() >= 2) {
            findings.warningAtLine(
                file,
                at.get(0).line(),
                "the same sentence stands in "
                    + at.size()
                    + " input sections of the minutes of "
                    + review.id()
                    + ", "
                    + at.stream().map(Place::where).collect(Collectors.joining(", "))
                    + ": `"
                    + sentence
                    + "`; record what was considered for each input on its own");
          }
        });
    previousHeld(context, review)
        .ifPresent(
            previous ->
                context
                    .frameworkOf(previous)
                    .ifPresent(
                        prevSet ->
                            context
                                .minutes(previous)
                                .ifPresent(
                                    prevMinutes ->
                                        copied(
                                            review,
                                            here,
                                            places(
                                                CheckContext.minutesFile(previous),
                                                prevMinutes,
                                                prevSet),
                                            previous,
                                            findings))));
  }

  /** Sentences of this review's input sections that stand unchanged in the previous minutes. */
  private static void copied(
      Review review, List<Place> here, List<Place> before, Review previous, Findings findings) {
    Map<String, Place> earlier = new LinkedHashMap<>();
    for (Place p : before) {
      for (String s : p.sentences()) {
        earlier.putIfAbsent(s, p);
      }
    }
    for (Place p : here) {
      for (String s : p.sentences()) {
        Place was = earlier.get(s);
        if (was != null) {
          findings.warningAtLine(
              p.file(),
              p.line(),
              "the section on "
                  + p.name()
                  + " of "
                  + review.id()
                  + " repeats unchanged a sentence of the minutes of the previous review "
                  + previous.id()
                  + ", "
                  + was.where()
                  + ": `"
                  + s
                  + "`; record what was considered this time, or `No change since review "
                  + previous.id()
                  + "` where the register holds nothing new");
        }
      }
    }
  }

  private static Optional<Review> previousHeld(CheckContext context, Review review) {
    return context.heldReviews().stream()
        .filter(r -> r.date().isBefore(review.date()))
        .reduce((a, b) -> b);
  }

  /** The input sections of a review's minutes, each with its sentences worth comparing. */
  private static List<Place> places(String file, Minutes minutes, ClauseSet set) {
    ClauseHeadings headings = new ClauseHeadings(minutes, set);
    List<Place> places = new ArrayList<>();
    for (Clause input : set.mandatoryInputs()) {
      Optional<Heading> heading = headings.input(input);
      if (heading.isEmpty()) {
        continue;
      }
      String text = headings.content(heading.get(), input).quote();
      places.add(new Place(file, heading.get().line(), input.ref(), sentences(text)));
    }
    return places;
  }

  /** The sentences of a text worth comparing, each normalised (case, spaces, emphasis). */
  static List<String> sentences(String text) {
    List<String> found = new ArrayList<>();
    for (String raw : SENTENCE_END.split(text)) {
      String s =
          EDGES
              .matcher(raw.replaceAll("[*_`]", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
              .replaceAll("");
      if (s.split(" ").length >= MIN_WORDS
          && !NoChangeClaim.parse(s).isPresent()
          && !found.contains(s)) {
        found.add(s);
      }
    }
    return found;
  }
}
