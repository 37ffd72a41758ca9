package com.mediaframing.quotes;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.Locale;
import java.util.Set;

/**
 * Token-level helpers that find speaker phrases next to a cue in a tagged sentence, using only the
 * POS tags the annotator already assigned (UD tags: PROPN, NOUN, PRON, ...): no parsing, no extra
 * tagging pass, a bounded number of steps per cue. Stateless and thread-safe.
 */
final class Phrases {
  private Phrases() {}

  /** A token range {@code [start, end)} of one sentence. */
  record Range(int start, int end) {
    int length() {
      return end - start;
    }
  }

  static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
  private static final Set<String> POSSESSIVES =
      Set.of("his", "her", "its", "their", "our", "my", "your");
  static final Set<String> SKIPPED_BEFORE_CUE =
      Set.of(
          "also",
          "later",
          "then",
          "previously",
          "once",
          "has",
          "have",
          "had",
          "will",
          "would",
          "again",
          "repeatedly",
          "often",
          "recently",
          "publicly",
          "privately",
          "reportedly",
          "subsequently",
          "further",
          "not",
          "n't",
          "never",
          "quickly",
          "simply",
          "only",
          "first",
          "yesterday",
          "today",
          "earlier",
          "bluntly",
          "flatly",
          "strongly",
          "himself",
          "herself",
          "themselves",
          "itself");

  /** Heads of phrases that stand next to a cue but do not name a speaker ("in an interview"). */
  static final Set<String> NOT_SPEAKER_HEADS =
      Set.of(
          "interview",
          "statement",
          "speech",
          "book",
          "week",
          "weekend",
          "year",
          "years",
          "day",
          "days",
          "time",
          "night",
          "morning",
          "afternoon",
          "evening",
          "past",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "month",
          "months",
          "event",
          "rally",
          "debate",
          "appearance",
          "conference",
          "name",
          "way",
          "thing",
          "things",
          "what");

  static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final int MAX_PHRASE = 12;
  static final int MAX_INTERRUPTION = 20;

  /**
   * The token's tag, the first part of a compound tag the tagger gives a token with a clitic
   * ("Sanders's" PROPN+PART, "it's" PRON+AUX).
   */
  static String tag(AnnotatedSentence s, int i) {
    String t = s.tag(i);
    int plus = t.indexOf('+');
    return plus > 0 ? t.substring(0, plus) : t;
  }

  /** Whether the token is a possessive ("Trump's", "Democrats'"): never the head of a naming. */
  static boolean isPossessive(AnnotatedSentence s, int i) {
    String t = s.token(i);
    boolean clitic = s.tag(i).endsWith("+PART") || isNounLike(s, i);
    return clitic
        && t.length() > 2
        && (t.endsWith("'s") || t.endsWith("’s") || t.endsWith("s'") || t.endsWith("s’"));
  }

  /** The personal pronoun the token is or starts with ("he", "he's" → "he"), or null. */
  static String personalPronoun(AnnotatedSentence s, int i) {
    if (!"PRON".equals(tag(s, i))) {
      return null;
    }
    String w = lower(s, i);
    int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
    if (apostrophe > 0) {
      w = w.substring(0, apostrophe);
    }
    return PERSONAL_PRONOUNS.contains(w) ? w : null;
  }

  static String lower(AnnotatedSentence s, int i) {
    return s.token(i).toLowerCase(Locale.ROOT);
  }

  static boolean isPunct(AnnotatedSentence s, int i) {
    String t = s.token(i);
    return "PUNCT".equals(s.tag(i)) || (t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)));
  }

  static boolean isNounLike(AnnotatedSentence s, int i) {
    String tag = tag(s, i);
    return "PROPN".equals(tag) || "NOUN".equals(tag) || isMistaggedName(s, i);
  }

  /** Pronouns, so that a capitalised pronoun is not taken for a mistagged name. */
  private static final Set<String> PRONOUN_WORDS =
      Set.of(
          "he",
          "she",
          "they",
          "it",
          "we",
          "i",
          "you",
          "his",
          "her",
          "its",
          "their",
          "our",
          "my",
          "your",
          "who",
          "whom",
          "which",
          "what",
          "that",
          "this",
          "these",
          "those",
          "someone",
          "everyone",
          "anyone",
          "nobody",
          "somebody",
          "everybody",
          "none",
          "each",
          "all",
          "both",
          "one",
          "me",
          "him",
          "them",
          "us",
          "there",
          "something",
          "nothing",
          "everything",
          "anything",
          "some",
          "many",
          "most",
          "others",
          "another",
          "much",
          "such");

  /**
   * A capitalised word that the tagger took for an adjective, interjection or pronoun ("Trump_ADJ",
   * "Weaver_PRON").
   */
  static boolean isMistaggedName(AnnotatedSentence s, int i) {
    String tag = tag(s, i);
    String t = s.token(i);
    if (!Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    if (i == 0 && "VERB".equals(tag) && s.size() > 1) {
      // "Hicks_VERB, his campaign spokeswoman, added": a name opening the sentence
      String next = tag(s, 1);
      return s.token(1).equals(",") || "VERB".equals(next) || "AUX".equals(next);
    }
    if (i > 0 && "NUM".equals(tag) && t.matches("[IVX]{1,4}")) {
      // a generation suffix: "Brent Bozell III"
      return "PROPN".equals(tag(s, i - 1));
    }
    if (i > 0 && "VERB".equals(tag) && i + 1 < s.size()) {
      // a first name inside the sentence before a proper noun: "said Jock_VERB A. Finlayson"
      return "PROPN".equals(tag(s, i + 1));
    }
    return "ADJ".equals(tag)
        || "X".equals(tag)
        || "INTJ".equals(tag)
        || "PRON".equals(tag)
            && t.length() > 1
            && !PRONOUN_WORDS.contains(t.toLowerCase(Locale.ROOT));
  }

  /** A token that can be part of a noun phrase naming a speaker. */
  private static boolean nominal(AnnotatedSentence s, int i) {
    if (isMistaggedName(s, i) || lower(s, i).equals("one")) {
      return true;
    }
    String tag = tag(s, i);
    switch (tag) {
      case "PROPN", "NOUN", "ADJ", "NUM", "DET" -> {
        return true;
      }
      case "PART" -> {
        String t = s.token(i);
        return t.equals("'s") || t.equals("’s") || t.equals("'") || t.equals("’");
      }
      case "PRON" -> {
        return POSSESSIVES.contains(lower(s, i));
      }
      case "PUNCT" -> {
        String t = s.token(i);
        return t.equals("-") || t.equals("/") || t.equals(".") && i > 0 && isNounLike(s, i - 1);
      }
      default -> {
        return false;
      }
    }
  }

  /** The noun phrase ending at token {@code last} (inclusive), reaching back no further than lo. */
  static Range nounPhraseEndingAt(AnnotatedSentence s, int last, int lo) {
    if (last < lo || last >= s.size()) {
      return null;
    }
    int end = last + 1;
    int j = last;
    if (s.token(j).equals(")")) {
      // "Radio Free Europe/Radio Liberty (RFE/RL)": the bracket belongs to the name
      int k = j - 1;
      while (k >= lo && !s.token(k).equals("(") && j - k < 6) {
        k--;
      }
      if (k < lo || !s.token(k).equals("(")) {
        return null;
      }
      j = k - 1;
      if (j < lo) {
        return null;
      }
    }
    boolean detAdjective =
        "ADJ".equals(tag(s, j)) && j - 1 >= lo && "DET".equals(tag(s, j - 1)); // "the editorial"
    if (!isNounLike(s, j) && !"NUM".equals(tag(s, j)) && !detAdjective || isPossessive(s, j)) {
      return null;
    }
    int a = j;
    while (a - 1 >= lo && end - a < MAX_PHRASE) {
      if (nominal(s, a - 1)) {
        a--;
      } else if ((lower(s, a - 1).equals("of") || lower(s, a - 1).equals("for"))
          && a - 2 >= lo
          && isNounLike(s, a - 2)) {
        a -= 2;
      } else {
        break;
      }
    }
    // a phrase does not start with a dangling possessive ending or dash
    while (a < j && ("PART".equals(tag(s, a)) || "PUNCT".equals(tag(s, a)))) {
      a++;
    }
    return new Range(a, end);
  }

  /** The noun phrase starting at token {@code first}, ending before hi. */
  static Range nounPhraseStartingAt(AnnotatedSentence s, int first, int hi) {
    if (first >= hi || first >= s.size()) {
      return null;
    }
    if (personalPronoun(s, first) != null) {
      return new Range(first, first + 1);
    }
    int b = first;
    int lastNoun = -1;
    while (b < hi && b - first < MAX_PHRASE) {
      if ("DET".equals(tag(s, b)) && lastNoun >= 0) {
        break; // "told reporters the hull ...": a second noun phrase starts
      }
      if (nominal(s, b)) {
        if (isNounLike(s, b) && !isPossessive(s, b) || lower(s, b).equals("one")) {
          lastNoun = b;
        }
        b++;
      } else if ((lower(s, b).equals("of") || lower(s, b).equals("for"))
          && lastNoun == b - 1
          && b + 1 < hi
          && nominal(s, b + 1)) {
        b++;
      } else {
        break;
      }
    }
    if (lastNoun < 0) {
      return null;
    }
    if (b < hi && s.token(b).equals("(")) {
      int k = b + 1;
      while (k < hi && !s.token(k).equals(")") && k - b < 6) {
        k++;
      }
      if (k < hi && s.token(k).equals(")")) {
        lastNoun = k;
      }
    }
    return new Range(first, lastNoun + 1);
  }

  static boolean hasProperNoun(AnnotatedSentence s, Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if ("PROPN".equals(tag(s, i)) || isMistaggedName(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the range ends with a run of two or more proper nouns (a person's name). */
  static boolean endsWithName(AnnotatedSentence s, Range r) {
    int n = 0;
    for (int i = r.end() - 1;
        i >= r.start() && ("PROPN".equals(tag(s, i)) || isMistaggedName(s, i));
        i--) {
      n++;
    }
    return n >= 2 && n <= 4;
  }

  /** Whether every token of the range is tagged PROPN (ignoring punctuation inside). */
  static boolean allProper(AnnotatedSentence s, Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (!"PROPN".equals(tag(s, i)) && !isMistaggedName(s, i) && !isPunct(s, i)) {
        return false;
      }
    }
    return true;
  }

  /** The range's text as it stands in the article. */
  static String text(String text, AnnotatedSentence s, Range r) {
    return text.substring(s.tokenStart(r.start()), s.tokenEnd(r.end() - 1));
  }
}
