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
  private static final Set<String> SKIPPED_BEFORE_CUE =
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
  private static final Set<String> NOT_SPEAKER_HEADS =
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

  private static final int MAX_PHRASE = 12;
  private static final int MAX_INTERRUPTION = 20;

  static String lower(AnnotatedSentence s, int i) {
    return s.token(i).toLowerCase(Locale.ROOT);
  }

  static boolean isPunct(AnnotatedSentence s, int i) {
    String t = s.token(i);
    return "PUNCT".equals(s.tag(i)) || (t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0)));
  }

  static boolean isNounLike(AnnotatedSentence s, int i) {
    String tag = s.tag(i);
    return "PROPN".equals(tag) || "NOUN".equals(tag) || isMistaggedName(s, i);
  }

  /** A capitalised word inside the sentence that the tagger took for an adjective ("Trump_ADJ"). */
  static boolean isMistaggedName(AnnotatedSentence s, int i) {
    String tag = s.tag(i);
    return ("ADJ".equals(tag) || "X".equals(tag) || "INTJ".equals(tag))
        && Character.isUpperCase(s.token(i).charAt(0));
  }

  /** A token that can be part of a noun phrase naming a speaker. */
  private static boolean nominal(AnnotatedSentence s, int i) {
    String tag = s.tag(i);
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
    if (!isNounLike(s, j) && !"NUM".equals(s.tag(j))) {
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
    while (a < j && ("PART".equals(s.tag(a)) || "PUNCT".equals(s.tag(a)))) {
      a++;
    }
    return new Range(a, end);
  }

  /** The noun phrase starting at token {@code first}, ending before hi. */
  static Range nounPhraseStartingAt(AnnotatedSentence s, int first, int hi) {
    if (first >= hi || first >= s.size()) {
      return null;
    }
    if ("PRON".equals(s.tag(first)) && PERSONAL_PRONOUNS.contains(lower(s, first))) {
      return new Range(first, first + 1);
    }
    int b = first;
    int lastNoun = -1;
    while (b < hi && b - first < MAX_PHRASE) {
      if ("DET".equals(s.tag(b)) && lastNoun >= 0) {
        break; // "told reporters the hull ...": a second noun phrase starts
      }
      if (nominal(s, b)) {
        if (isNounLike(s, b)) {
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

  /**
   * The subject of the cue at token {@code cue}: a pronoun or noun phrase right before it (after
   * adverbs and auxiliaries), looking through an appositive or an interruption between commas
   * ("Tammy Bruce, a State Department spokeswoman, said"; "Trump, in a statement, warned").
   */
  static Range subjectBefore(AnnotatedSentence s, int cue, int lo) {
    int j = cue - 1;
    while (j >= lo
        && ("ADV".equals(s.tag(j))
            || "AUX".equals(s.tag(j))
            || SKIPPED_BEFORE_CUE.contains(lower(s, j)))) {
      j--;
    }
    if (j < lo) {
      return null;
    }
    if ("PRON".equals(s.tag(j)) && PERSONAL_PRONOUNS.contains(lower(s, j))) {
      return new Range(j, j + 1);
    }
    if (s.token(j).equals(",")) {
      int k = j - 1;
      while (k >= lo && !s.token(k).equals(",") && j - k <= MAX_INTERRUPTION) {
        k--;
      }
      if (k < lo || !s.token(k).equals(",")) {
        return null;
      }
      Range outer = speakerOrNull(s, nounPhraseEndingAt(s, k - 1, lo));
      if (outer == null) {
        return null;
      }
      Range inner = nounPhraseEndingAt(s, j - 1, k + 1);
      if (inner != null && inner.start() == k + 1) {
        // an appositive: the naming with a proper noun wins over the role description
        if (allProper(s, inner) && !allProper(s, outer)) {
          return inner;
        }
        return hasProperNoun(s, outer) || !hasProperNoun(s, inner) ? outer : inner;
      }
      String first = lower(s, k + 1);
      boolean interruption =
          "ADP".equals(s.tag(k + 1))
              || "SCONJ".equals(s.tag(k + 1))
              || "ADV".equals(s.tag(k + 1))
              || first.equals("who")
              || first.endsWith("ing");
      return interruption ? outer : null;
    }
    if ("PRON".equals(s.tag(j)) && lower(s, j).equals("who")) {
      // "Smith, who ..., said" is rare; "officials who said" is not a speaker naming
      return null;
    }
    return speakerOrNull(s, nounPhraseEndingAt(s, j, lo));
  }

  private static Range speakerOrNull(AnnotatedSentence s, Range r) {
    if (r == null) {
      return null;
    }
    String head = lower(s, r.end() - 1);
    return NOT_SPEAKER_HEADS.contains(head) || "NUM".equals(s.tag(r.end() - 1)) ? null : r;
  }

  /**
   * The subject of a participle cue after a comma ("Iran condemned the strikes, calling them …"):
   * the noun phrase opening the sentence, or null when the cue is not such a participle.
   */
  static Range subjectOfParticiple(AnnotatedSentence s, int cue, int lo) {
    if (cue < 2 || !lower(s, cue).endsWith("ing") || !s.token(cue - 1).equals(",")) {
      return null;
    }
    Range r = nounPhraseStartingAt(s, lo, cue - 1);
    return r == null || r.end() >= cue - 1 ? null : speakerOrNull(s, r);
  }

  static boolean hasProperNoun(AnnotatedSentence s, Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if ("PROPN".equals(s.tag(i)) || isMistaggedName(s, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the range ends with a run of two or more proper nouns (a person's name). */
  static boolean endsWithName(AnnotatedSentence s, Range r) {
    int n = 0;
    for (int i = r.end() - 1;
        i >= r.start() && ("PROPN".equals(s.tag(i)) || isMistaggedName(s, i));
        i--) {
      n++;
    }
    return n >= 2 && n <= 4;
  }

  /** Whether every token of the range is tagged PROPN (ignoring punctuation inside). */
  static boolean allProper(AnnotatedSentence s, Range r) {
    for (int i = r.start(); i < r.end(); i++) {
      if (!"PROPN".equals(s.tag(i)) && !isMistaggedName(s, i) && !isPunct(s, i)) {
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
