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

  private static final Set<String> MONTHS =
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

  private static final Set<String> WEEKDAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private static final int MAX_PHRASE = 12;
  private static final int MAX_INTERRUPTION = 20;

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

  /**
   * The subject of the cue at token {@code cue}: a pronoun or noun phrase right before it (after
   * adverbs and auxiliaries), looking through an appositive or an interruption between commas
   * ("Tammy Bruce, a State Department spokeswoman, said"; "Trump, in a statement, warned").
   */
  static Range subjectBefore(AnnotatedSentence s, int cue, int lo) {
    int j = cue - 1;
    while (j >= lo
        && ("ADV".equals(tag(s, j))
            || "AUX".equals(tag(s, j))
            || SKIPPED_BEFORE_CUE.contains(lower(s, j)))) {
      j--;
    }
    j = skipTime(s, j, lo);
    if (j < lo) {
      return null;
    }
    if (personalPronoun(s, j) != null || lower(s, j).equals("who")) {
      return new Range(j, j + 1); // "who" stands for the naming before it (SpeakerResolver)
    }
    if (j == 0 && "VERB".equals(tag(s, j)) && Character.isUpperCase(s.token(j).charAt(0))) {
      return new Range(j, j + 1); // "Trump_VERB said": a name the tagger took for a verb
    }
    if (s.token(j).equals(",")) {
      int k = j - 1;
      Range outer = null;
      // up to three comma groups: "Marley Anderson, 21, a junior from Las Vegas, said"
      for (int group = 0; group < 3 && outer == null; group++) {
        k--;
        while (k >= lo && !s.token(k).equals(",") && j - k <= MAX_INTERRUPTION + 10 * group) {
          k--;
        }
        if (k < lo || !s.token(k).equals(",")) {
          return null;
        }
        outer = speakerOrNull(s, nounPhraseEndingAt(s, k - 1, lo));
      }
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
      String firstTag = tag(s, k + 1);
      boolean interruption =
          "ADP".equals(firstTag)
              || "SCONJ".equals(firstTag)
              || "ADV".equals(firstTag)
              || first.equals("who")
              || first.endsWith("ing");
      // an appositive with a clause in it: "Ari Fleischer, a former official who sits on ..., said"
      boolean appositive =
          ("DET".equals(firstTag)
                  || "ADJ".equals(firstTag)
                  || "NUM".equals(firstTag)
                  || "VERB".equals(firstTag) // "Mary Susan, clad in a red cape, said"
                  || first.equals("one")
                  || isNounLike(s, k + 1))
              && hasProperNoun(s, outer);
      return interruption || appositive ? outer : null;
    }
    return speakerOrNull(s, nounPhraseEndingAt(s, j, lo));
  }

  private static final Set<String> TIME_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "week",
          "weekend",
          "month",
          "year",
          "night",
          "morning",
          "afternoon",
          "evening",
          "today",
          "tonight",
          "yesterday");

  private static final Set<String> TIME_LINKS =
      Set.of("on", "last", "this", "that", "earlier", "late", "early", "next");

  /**
   * Steps back over a time phrase between a subject and its cue ("Clinton on Tuesday said", "Trump
   * Sunday said", "he last week said").
   */
  private static int skipTime(AnnotatedSentence s, int j, int lo) {
    if (j <= lo || !TIME_WORDS.contains(lower(s, j))) {
      return j;
    }
    int k = j - 1;
    if (TIME_LINKS.contains(lower(s, k))) {
      k--;
    }
    if (k < lo || !(isNounLike(s, k) || personalPronoun(s, k) != null)) {
      return j;
    }
    while (k >= lo && ("ADV".equals(tag(s, k)) || SKIPPED_BEFORE_CUE.contains(lower(s, k)))) {
      k--;
    }
    return k;
  }

  private static Range speakerOrNull(AnnotatedSentence s, Range r) {
    if (r == null) {
      return null;
    }
    String token = s.token(r.end() - 1);
    String head = token.toLowerCase(Locale.ROOT);
    boolean commonNoun = Character.isLowerCase(token.charAt(0)) || r.length() == 1 && r.start() > 0;
    boolean notSpeaker =
        NOT_SPEAKER_HEADS.contains(head) && (commonNoun || WEEKDAYS.contains(head))
            || MONTHS.contains(head) && r.length() <= 2; // "5 May", "May"
    return notSpeaker || "NUM".equals(tag(s, r.end() - 1)) ? null : r;
  }

  /**
   * The subject of a participle cue after a comma ("Iran condemned the strikes, calling them …"):
   * the noun phrase opening the sentence, or null when the cue is not such a participle.
   */
  static Range subjectOfParticiple(AnnotatedSentence s, int cue, int lo) {
    if (cue < 2 || cue - 1 < lo) {
      return null;
    }
    String before = lower(s, cue - 1);
    boolean participle =
        lower(s, cue).endsWith("ing")
            && (before.equals(",")
                || STATEMENT_NOUNS.contains(before) // "a statement saying"
                || PARTICIPLE_LINKS.contains(before)); // "tried to laugh it off by interjecting"
    boolean coordinated = before.equals("and") || before.equals("but"); // "X smiled and said"
    if (!participle && !coordinated) {
      return null;
    }
    return clauseSubject(s, cue - 1, lo);
  }

  private static final Set<String> DASHES = Set.of("-", "–", "—", "--");

  private static final Set<String> PARTICIPLE_LINKS = Set.of("by", "while", "before", "after");

  /** Subordinators after which a clause with its own subject starts. */
  private static final Set<String> SUBORDINATORS =
      Set.of(
          "when",
          "after",
          "before",
          "while",
          "as",
          "because",
          "although",
          "though",
          "if",
          "since",
          "once",
          "but",
          "and",
          "then");

  /** Nouns after which a participle cue reports what the thing says ("a letter saying"). */
  private static final Set<String> STATEMENT_NOUNS =
      Set.of(
          "statement",
          "letter",
          "email",
          "e-mail",
          "message",
          "post",
          "tweet",
          "release",
          "memo",
          "note",
          "video",
          "ad",
          "interview",
          "speech",
          "remarks");

  /**
   * The subject of the clause that ends before {@code end}: the nearest noun phrase, opening the
   * sentence or following a comma or a conjunction, that a verb follows ("On Thursday, Warren
   * appeared ..."). Null when none is found.
   */
  static Range clauseSubject(AnnotatedSentence s, int end, int lo) {
    for (int p = end - 1; p >= lo; p--) {
      boolean opens =
          p == lo
              || s.token(p - 1).equals(",")
              || DASHES.contains(s.token(p - 1))
              || SUBORDINATORS.contains(lower(s, p - 1))
              || personalPronoun(s, p) != null;
      if (!opens) {
        continue;
      }
      Range r = nounPhraseStartingAt(s, p, end);
      if (r == null || r.start() != p) {
        continue;
      }
      int k = r.end();
      if (k < end && s.token(k).equals(",")) {
        // past an appositive: "Huma Abedin, vice chairwoman ..., emailed"
        int c = k + 1;
        while (c < end && !s.token(c).equals(",") && c - k <= MAX_INTERRUPTION) {
          c++;
        }
        k = c < end && s.token(c).equals(",") ? c + 1 : end;
      }
      while (k < end
          && ("ADV".equals(tag(s, k))
              || "AUX".equals(tag(s, k))
              || SKIPPED_BEFORE_CUE.contains(lower(s, k)))) {
        k++;
      }
      if (k < end && "VERB".equals(tag(s, k)) && !lower(s, k).endsWith("ing")) {
        Range speaker = speakerOrNull(s, r);
        if (speaker != null) {
          return speaker;
        }
      }
    }
    return null;
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
