package com.mediaframing.quotes;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.List;
import java.util.Set;

/**
 * What may stand as a speaker: a person, an organisation or a group that can speak, or nothing.
 * Finds the name a naming closes with past a page element or a description glued before it ("Story
 * highlights John Avlon" → "John Avlon", and so "Clinton campaign aide Jane Roe" → "Jane Roe", not
 * Clinton), and refuses namings that cannot speak: vague people ("some people", "others") and a
 * thing of someone's ("her own experience", "their powerful partnership"). A pronoun without a
 * referent ("it", "we") keeps its naming, as the text names the source, but has no speaker key of
 * its own (see {@code QuoteRows}). Stateless; thread-safe.
 */
final class Speakers {
  /** Heads of vague namings of people: no source a reader could name. */
  private static final Set<String> VAGUE =
      words(
          "people folks others some many most everyone everybody someone somebody anyone anybody"
              + " nobody one");

  /** Words a vague naming may carry before its head ("some people", "many others"). */
  private static final Set<String> QUANTIFIERS =
      words("some many most few a other several lots of the plenty");

  private static final Set<String> POSSESSIVE_DETERMINERS = words("his her their its our my your");

  /** People named by their relation to someone ("her husband", "his son", "their friends"). */
  private static final Set<String> RELATIONS =
      words(
          "husband wife son daughter father mother brother sister parent child children family"
              + " friend partner boss colleague uncle aunt cousin niece nephew grandson"
              + " granddaughter grandmother grandfather mom dad team staff office camp allies ally"
              + " opponent rival successor predecessor doctor physician kids relatives neighbor"
              + " neighbour fiancé fiancee widow teacher students coach employer men women people"
              + " followers base fans defenders backers surrogate advocates members officers"
              + " agents employees workers client proponent ceo panel son-in-law"
              + " daughter-in-law chief");

  /** Endings of agent nouns, persons by what they do ("accuser", "author", "economist"). */
  private static final List<String> AGENT_ENDINGS = List.of("er", "or", "ist", "ian", "ant");

  /** Words that stand before a surname without being a first name ("Mr.", "Sen.", "The"). */
  private static final Set<String> NOT_FIRST_NAMES =
      words(
          "mr mrs ms miss dr sen rep gov gen lt col sgt adm prof rev sir lord lady president"
              + " secretary senator governor mayor judge justice general representative chairman"
              + " chairwoman speaker leader director attorney officer chief commissioner minister"
              + " ambassador king queen prince princess pope saint st the a an and but in on at"
              + " for of to as if when while after before since by with said says told asked");

  private static Set<String> words(String spaced) {
    return Set.of(spaced.split(" "));
  }

  private Speakers() {}

  /**
   * The naming without a lower-case noun and what precedes it before a closing name of two or more
   * capitalised words, or {@code r} as it is.
   */
  static Phrases.Range trimToName(AnnotatedSentence s, Phrases.Range r) {
    int k = r.end();
    while (k > r.start() && capitalised(s.token(k - 1)) && !Phrases.isPossessive(s, k - 1)) {
      k--;
    }
    if (r.end() - k < 2 || k == r.start()) {
      return r;
    }
    String before = s.token(k - 1);
    boolean commonNoun =
        "NOUN".equals(Phrases.tag(s, k - 1))
            && !before.isEmpty()
            && Character.isLowerCase(before.charAt(0));
    return commonNoun ? new Phrases.Range(k, r.end()) : r;
  }

  private static boolean agentNoun(String noun) {
    for (String e : AGENT_ENDINGS) {
      if (noun.length() > e.length() + 2 && noun.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The full name ending in {@code surname} that the article gave before offset {@code end} (one or
   * two capitalised words before it that are no title: "Kellyanne Conway" for "Conway"), the latest
   * one; null when there is none.
   */
  static String fullNameBefore(String text, String surname, int end) {
    if (surname.length() < 2 || !Character.isUpperCase(surname.charAt(0))) {
      return null;
    }
    for (int i = text.lastIndexOf(surname, end - surname.length());
        i > 0;
        i = text.lastIndexOf(surname, i - 1)) {
      int after = i + surname.length();
      if (after < text.length() && Character.isLetter(text.charAt(after))) {
        continue;
      }
      int from = i;
      int words = 0;
      while (words < 2 && from >= 2 && text.charAt(from - 1) == ' ') {
        int w = from - 1;
        while (w > 0 && !Character.isWhitespace(text.charAt(w - 1))) {
          w--;
        }
        if (!firstName(text.substring(w, from - 1))) {
          break;
        }
        from = w;
        words++;
      }
      if (words > 0) {
        return text.substring(from, after);
      }
    }
    return null;
  }

  /** Whether a word may be a first or middle name ("Kellyanne", "J."), not a title or a word. */
  private static boolean firstName(String word) {
    if (word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.') {
      return true;
    }
    if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    return !NOT_FIRST_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean capitalised(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.charAt(0));
  }

  /**
   * Whether a naming cannot be a speaker whatever it refers to: vague people, or a thing of
   * someone's. {@code nouns} gives the speaker nouns a head may be.
   */
  static boolean cannotSpeak(AnnotatedSentence s, Phrases.Range r, SpeechCues nouns) {
    String head = Phrases.lower(s, r.end() - 1);
    if (VAGUE.contains(head)) {
      boolean plain = true;
      for (int i = r.start(); i < r.end() - 1; i++) {
        plain &= QUANTIFIERS.contains(Phrases.lower(s, i));
      }
      if (plain) {
        return true;
      }
    }
    if (r.length() >= 2 && POSSESSIVE_DETERMINERS.contains(Phrases.lower(s, r.start()))) {
      if (Phrases.hasProperNoun(s, r) || RELATIONS.contains(head)) {
        return false;
      }
      String singular = head.endsWith("s") ? head.substring(0, head.length() - 1) : head;
      return nouns.noun(head) == null
          && nouns.noun(singular) == null
          && !RELATIONS.contains(singular)
          && !agentNoun(singular);
    }
    return false;
  }
}
