package dev.isms.check.rules;

import dev.isms.check.Placeholders;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges what a section of the minutes says: nothing (or only the template's prompt), a bare "N/A",
 * a placeholder, a vague phrase an auditor would not accept as a record, or content.
 */
record SectionContent(Verdict verdict, String quote, boolean notApplicable) {
  enum Verdict {
    /** Nothing a reader sees, or only the template's prompt. */
    EMPTY,
    /** "N/A" with no reason. */
    BARE_NA,
    /** TBD, TODO, "..." and the like. */
    PLACEHOLDER,
    /** The whole section is a phrase such as "security was discussed" or "no changes". */
    VAGUE,
    /** Something was recorded. */
    RECORDED
  }

  private static final Pattern NOT_APPLICABLE =
      Pattern.compile(
          "^(?:n\\s*/\\s*a|not applicable)\\b[\\s.:;,()\\-\u2013\u2014]*(.*)$",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final List<Pattern> VAGUE =
      List.of(
          Pattern.compile(
              "^(?:the )?(?:[\\w-]+ ){0,3}(?:was|were|has been|have been) "
                  + "(?:discussed|reviewed|noted|covered|considered|presented|mentioned)"
                  + "(?: in (?:the|this) (?:meeting|review))?$"),
          Pattern.compile(
              "^(?:discussed|reviewed|noted|covered|presented|considered|ok|okay|fine|"
                  + "good|all good|all fine|none|nothing|nil|no changes?|no updates?|unchanged|"
                  + "nothing to report|nothing new|no issues|no comments?|as before|same as before|"
                  + "same as last time|as last time|as usual|business as usual|status quo|see above|"
                  + "see below|see (?:the )?(?:pack|agenda|slides|briefing pack))$"),
          Pattern.compile(
              "^(?:continue|keep)(?: with)? (?:the )?(?:current|existing|same|present) "
                  + "(?:approach|plan|course|way|strategy|process)$"),
          Pattern.compile("^continue as (?:before|is|usual|planned)$"));
  private static final Pattern EDGE_PUNCTUATION =
      Pattern.compile("^[\\s\\p{Punct}\u2013\u2014\u2026]+|[\\s\\p{Punct}\u2013\u2014\u2026]+$");

  /** "N/A" followed by a reason: the section was considered and found not to apply. */
  boolean isJustifiedNotApplicable() {
    return notApplicable && verdict == Verdict.RECORDED;
  }

  /** Judges a section's visible text against the clause's template prompt. */
  static SectionContent judge(String text, String prompt) {
    String rest = withoutPrompt(text.strip(), prompt);
    if (rest.isEmpty()) {
      return new SectionContent(Verdict.EMPTY, "", false);
    }
    String phrase = phrase(rest);
    Matcher na = NOT_APPLICABLE.matcher(rest);
    if (na.matches()) {
      String reason = phrase(na.group(1));
      boolean given =
          reason.split(" ").length >= 2 && judge(reason, null).verdict() == Verdict.RECORDED;
      return new SectionContent(given ? Verdict.RECORDED : Verdict.BARE_NA, rest, true);
    }
    if (Placeholders.isPlaceholder(phrase)) {
      return new SectionContent(Verdict.PLACEHOLDER, rest, false);
    }
    for (Pattern vague : VAGUE) {
      if (vague.matcher(phrase).matches()) {
        return new SectionContent(Verdict.VAGUE, rest, false);
      }
    }
    return new SectionContent(Verdict.RECORDED, rest, false);
  }

  /** Whether the words occur in the text, ignoring case: "adequa" finds adequacy and adequate. */
  static Optional<String> missingStem(String text, List<String> stems) {
    String lower = text.toLowerCase(Locale.ROOT);
    return stems.stream().filter(s -> !lower.contains(s)).findFirst();
  }

  /** The text with a copy of the prompt at its start removed (a template that shows it as text). */
  private static String withoutPrompt(String text, String prompt) {
    if (prompt == null || prompt.isBlank()) {
      return text;
    }
    String p = prompt.strip();
    if (text.regionMatches(true, 0, p, 0, p.length())) {
      return text.substring(p.length()).strip();
    }
    String bare = EDGE_PUNCTUATION.matcher(p).replaceAll("");
    if (!bare.isEmpty() && text.regionMatches(true, 0, bare, 0, bare.length())) {
      return EDGE_PUNCTUATION.matcher(text.substring(bare.length())).replaceAll("");
    }
    return text;
  }

  /** Lower case, single spaces, no punctuation at either end: how phrases are compared. */
  private static String phrase(String text) {
    String t = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    return EDGE_PUNCTUATION.matcher(t).replaceAll("").replaceAll("[*_`]", "");
  }
}
