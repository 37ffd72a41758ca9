package com.mediaframing.quotes;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.Set;

/**
 * Where the cues of a tagged sentence stand: cue verbs (with the tagger's usual mistakes around
 * them), {@code according to}, and token positions relative to character offsets. Needs the
 * speech-cue lists; immutable and thread-safe.
 */
final class CueTokens implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /** Cue verbs whose object is the one told ("told Reuters", "warned reporters"). */
  static final Set<String> OBJECT_CUES =
      Set.of("tell", "inform", "assure", "warn", "remind", "ask", "urge", "brief", "show");

  private final SpeechCues cues;

  CueTokens(SpeechCues cues) {
    this.cues = cues;
  }

  /** The first token of {@code s} starting at or after {@code offset} (size() if none). */
  static int tokenAtOrAfter(AnnotatedSentence s, int offset) {
    int lo = 0;
    int hi = s.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s.tokenStart(mid) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Tokens of {@code s} that end at or before {@code offset}. */
  static int tokensBefore(AnnotatedSentence s, int offset) {
    int n = 0;
    int lo = 0;
    int hi = s.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s.tokenEnd(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    n = lo;
    return n;
  }

  /**
   * Whether token {@code i} is a cue verb. The tagger often takes a cue after a name for a noun
   * ("Viguerie_ADJ notes_NOUN", "the editorial said_NOUN"): an inflected cue form tagged otherwise
   * counts when it stands where a cue stands, after a subject or right after a closing quote.
   */
  boolean isCue(AnnotatedSentence s, int i) {
    String tag = Phrases.tag(s, i);
    String form = Phrases.lower(s, i);
    if ("VERB".equals(tag)) {
      return cues.verb(s.lemma(i), form) != null
          && !insideName(s, i) // "the United States urged": "States" ends a name, it is no cue
          && !(form.endsWith("s") && objectBefore(s, i, true));
    }
    if (!MISTAGGED_CUE_TAGS.contains(tag) || i == 0 || !inflected(form)) {
      return false;
    }
    if (cues.verb(s.lemma(i), form) == null && cues.verb(form, form) == null || insideName(s, i)) {
      return false;
    }
    String prevTag = Phrases.tag(s, i - 1);
    if ("DET".equals(prevTag) || Phrases.isPossessive(s, i - 1)) {
      return false; // "the notes", "Trump's remarks"
    }
    boolean afterSubject =
        Phrases.personalPronoun(s, i - 1) != null
            || "PROPN".equals(prevTag)
            || "NOUN".equals(prevTag)
            || Phrases.isMistaggedName(s, i - 1);
    boolean afterQuote = Phrases.isPunct(s, i - 1) && !s.token(i - 1).equals(".");
    if (!afterSubject && !afterQuote) {
      return false;
    }
    if (afterSubject && objectBefore(s, i, false)) {
      return false; // "pushing for peace talks", "continued Houthi attacks on": nouns, no cues
    }
    if (i + 1 >= s.size()) {
      return afterSubject;
    }
    String next = Phrases.tag(s, i + 1);
    return afterSubject
        ? !"NOUN".equals(next) && !"VERB".equals(next) && !"AUX".equals(next)
        : "DET".equals(next)
            || "PROPN".equals(next)
            || "PRON".equals(next)
            || "ADJ".equals(next)
            || "NUM".equals(next)
            || Phrases.isMistaggedName(s, i + 1);
  }

  /**
   * Whether a capitalised token continues the capitalised word before it in a sentence of running
   * text: "the United States urged", "United States." In a title-case headline ("Mayor Lane Calls
   * for Inquiry", "Lane Says ‘No’") most words are capitalised and a capitalised cue stays a cue.
   */
  static boolean insideName(AnnotatedSentence s, int i) {
    if (i == 0 || !capitalised(s.token(i)) || !capitalised(s.token(i - 1))) {
      return false;
    }
    int words = 0;
    int capitals = 0;
    for (int k = 0; k < s.size(); k++) {
      String t = s.token(k);
      if (Character.isLetter(t.charAt(0))) {
        words++;
        capitals += capitalised(t) ? 1 : 0;
      }
    }
    return 2 * capitals < words;
  }

  /**
   * Whether the noun phrase before token {@code i} is an object ({@link Subjects#isObject}), so
   * that an "-s" form after it is a plural noun ("pushing for peace talks", "continued Houthi
   * attacks_VERB on"), no cue; a verb-tagged form only after a verb ({@code verbOnly}). After a cue
   * verb with a subject of its own the phrase is the subject of the reported clause ("aides say
   * Trump says").
   */
  private boolean objectBefore(AnnotatedSentence s, int i, boolean verbOnly) {
    Phrases.Range r = Phrases.nounPhraseEndingAt(s, i - 1, 0);
    if (r == null || !Subjects.isObject(s, r, 0)) {
      return false;
    }
    int v = r.start() - 1;
    if (!"VERB".equals(Phrases.tag(s, v))) {
      return !verbOnly;
    }
    if (v == 0 || cues.verb(s.lemma(v), Phrases.lower(s, v)) == null) {
      return true;
    }
    String before = Phrases.tag(s, v - 1); // a cue used as an adjective: "that continued Houthi"
    return "DET".equals(before)
        || "ADP".equals(before)
        || "SCONJ".equals(before)
        || Phrases.lower(s, v - 1).equals("that");
  }

  private static boolean capitalised(String token) {
    return Character.isUpperCase(token.charAt(0));
  }

  private static final Set<String> MISTAGGED_CUE_TAGS =
      Set.of("NOUN", "PROPN", "ADJ", "ADP", "ADV", "X", "INTJ", "PRON", "AUX");

  /** A verb form with an ending (says, noted) or an irregular past (said, told, wrote). */
  private static boolean inflected(String form) {
    return form.endsWith("s") || form.endsWith("ed") || IRREGULAR_PAST.contains(form);
  }

  private static final Set<String> IRREGULAR_PAST =
      Set.of("said", "told", "wrote", "spoke", "thought", "felt", "knew", "swore", "went");

  static boolean isAccordingTo(AnnotatedSentence s, int i) {
    return i + 1 < s.size()
        && Phrases.lower(s, i).equals("according")
        && Phrases.lower(s, i + 1).equals("to");
  }

  /** Token index just after the sentence's content: final punctuation and marks excluded. */
  static int contentEnd(AnnotatedSentence s) {
    int end = s.size();
    while (end > 0 && Phrases.isPunct(s, end - 1)) {
      end--;
    }
    return end;
  }

  /** A key for a token of a sentence (sentence index, token index). */
  static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }
}
