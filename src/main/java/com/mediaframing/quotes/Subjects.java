package com.mediaframing.quotes;

import static com.mediaframing.quotes.Phrases.MAX_INTERRUPTION;
import static com.mediaframing.quotes.Phrases.MONTHS;
import static com.mediaframing.quotes.Phrases.NOT_SPEAKER_HEADS;
import static com.mediaframing.quotes.Phrases.SKIPPED_BEFORE_CUE;
import static com.mediaframing.quotes.Phrases.WEEKDAYS;
import static com.mediaframing.quotes.Phrases.allProper;
import static com.mediaframing.quotes.Phrases.hasProperNoun;
import static com.mediaframing.quotes.Phrases.isNounLike;
import static com.mediaframing.quotes.Phrases.lower;
import static com.mediaframing.quotes.Phrases.nounPhraseEndingAt;
import static com.mediaframing.quotes.Phrases.nounPhraseStartingAt;
import static com.mediaframing.quotes.Phrases.personalPronoun;
import static com.mediaframing.quotes.Phrases.tag;

import com.mediaframing.nlp.AnnotatedSentence;
import com.mediaframing.quotes.Phrases.Range;
import java.util.Locale;
import java.util.Set;

/**
 * The subject of a cue in a tagged sentence: the phrase before the cue verb, the subject of a
 * participle cue ("…, saying"), the subject of a clause a colon closes. Built on {@link Phrases}
 * and, like it, only on the annotator's POS tags, with a bounded number of steps per cue. Stateless
 * and thread-safe.
 */
final class Subjects {
  private Subjects() {}

  /**
   * The subject of the cue at token {@code cue}: a pronoun or noun phrase right before it (after
   * adverbs and auxiliaries), looking through an appositive or an interruption between commas
   * ("Tammy Bruce, a State Department spokeswoman, said"; "Trump, in a statement, warned").
   */
  static Range subjectBefore(AnnotatedSentence s, int cue, int lo) {
    int j = cue - 1;
    while (j >= lo
        && !QUANTITIES.contains(lower(s, j))
        && ("ADV".equals(tag(s, j))
            || "AUX".equals(tag(s, j))
            || SKIPPED_BEFORE_CUE.contains(lower(s, j)))) {
      j--;
    }
    j = skipTime(s, j, lo);
    if (j < lo) {
      return null;
    }
    Range quantity = quantity(s, j, lo);
    if (quantity != null) {
      return quantity;
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
          return namedBetweenCommas(s, j, lo);
        }
        outer = speakerOrNull(s, nounPhraseEndingAt(s, k - 1, lo));
      }
      if (outer == null) {
        return namedBetweenCommas(s, j, lo);
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
    Range r = speakerOrNull(s, nounPhraseEndingAt(s, j, lo));
    if (r != null && j == cue - 1 && lower(s, cue).endsWith("ing") && isObject(s, r, lo)) {
      // "she sent an email saying", "carrying signs reading": the participle's subject is the
      // subject of the clause, not the object right before it
      Range subject = clauseSubject(s, r.start(), lo);
      return subject != null ? subject : r;
    }
    return r;
  }

  /**
   * Whether the phrase is the object of a verb ("sent an email", "continued Houthi attacks") or of
   * a preposition after a verb ("pushing for peace talks"), and so no subject. A preposition after
   * a noun keeps the phrase inside a larger one ("a letter from the Legion warns"); a participle
   * after a noun is an adjective inside the phrase ("a Reuters rolling poll shows").
   */
  static boolean isObject(AnnotatedSentence s, Range r, int lo) {
    int v = r.start() - 1;
    if (v < lo) {
      return false;
    }
    if ("ADP".equals(tag(s, v))) {
      return v > lo && "VERB".equals(tag(s, v - 1));
    }
    boolean afterNoun = v > lo && (isNounLike(s, v - 1) || "ADJ".equals(tag(s, v - 1)));
    return "VERB".equals(tag(s, v)) && !(lower(s, v).endsWith("ing") && afterNoun);
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

  /** Words that head a quantity subject of their own: "Nearly half said", "most say". */
  static final Set<String> QUANTITIES = Set.of("half", "majority", "most", "many", "few");

  /**
   * A share of people as the subject ending at token {@code j}: "Six in 10", "Nearly half"; null
   * when the tokens there are not one ("75 percent of Democrats" is an ordinary noun phrase).
   */
  private static Range quantity(AnnotatedSentence s, int j, int lo) {
    if (QUANTITIES.contains(lower(s, j))) {
      int start = j > lo && "ADV".equals(tag(s, j - 1)) ? j - 1 : j;
      return new Range(start, j + 1);
    }
    if (j - 2 >= lo
        && "NUM".equals(tag(s, j))
        && lower(s, j - 1).equals("in")
        && "NUM".equals(tag(s, j - 2))) {
      int start = j - 3 >= lo && "ADV".equals(tag(s, j - 3)) ? j - 3 : j - 2;
      return new Range(start, j + 1);
    }
    return null;
  }

  /**
   * A name between the comma before the cue and the one before it, when the phrase before that is
   * no speaker ("One Republican presidential hopeful, Carly Fiorina, says").
   */
  private static Range namedBetweenCommas(AnnotatedSentence s, int comma, int lo) {
    Range named = nounPhraseEndingAt(s, comma - 1, lo);
    return named != null
            && named.start() > lo
            && s.token(named.start() - 1).equals(",")
            && allProper(s, named)
            && named.length() >= 2
        ? named
        : null;
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

  /**
   * Whether the cue at {@code v} stands in an interruption after the speaker's naming, between the
   * quote (ending before token {@code f}) and the speaker's own cue: a participle after a comma
   * ("Holm, speaking to reporters, said") or the verb of a relative clause ("Holm, who has proposed
   * …, said").
   */
  static boolean insideAppositive(AnnotatedSentence s, int v, int f) {
    if (v - 1 > f && s.token(v - 1).equals(",") && Phrases.lower(s, v).endsWith("ing")) {
      return true;
    }
    for (int k = v - 1; k > f && v - k <= 4; k--) {
      String w = Phrases.lower(s, k);
      if (w.equals("who") || w.equals("which")) {
        return s.token(k - 1).equals(",");
      }
      if (!"AUX".equals(Phrases.tag(s, k)) && !"ADV".equals(Phrases.tag(s, k))) {
        return false;
      }
    }
    return false;
  }
}
