package com.mediaframing.analysis;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The compact term set an article is clustered on: lower-case lemmas of the nouns, proper nouns and
 * verbs of its headline and its first {@link #LEAD_SENTENCES} sentences, without very common
 * reporting and auxiliary verbs and without lemmas shorter than three letters. Sorted and distinct,
 * so it is a set a MinHash can compare. Stateless and thread-safe.
 */
public final class StoryTerms {
  /** Sentences of the body, after the headline, that describe the event. */
  public static final int LEAD_SENTENCES = 5;

  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB");
  private static final Set<String> STOP =
      Set.of(
          "say",
          "tell",
          "be",
          "have",
          "do",
          "make",
          "get",
          "take",
          "go",
          "come",
          "know",
          "see",
          "year",
          "day",
          "time",
          "people",
          "thing",
          "way",
          "news",
          "report",
          "according",
          "week",
          "month",
          "include",
          "told",
          "said",
          "says",
          "also",
          "would",
          "could",
          "accord");

  private StoryTerms() {}

  public static List<String> of(List<AnnotatedSentence> title, List<AnnotatedSentence> body) {
    Set<String> terms = new TreeSet<>();
    for (AnnotatedSentence s : title) {
      add(s, terms);
    }
    for (AnnotatedSentence s : body) {
      if (s.index() >= LEAD_SENTENCES) {
        break;
      }
      add(s, terms);
    }
    return List.copyOf(terms);
  }

  private static void add(AnnotatedSentence s, Set<String> terms) {
    for (int i = 0; i < s.size(); i++) {
      if (!CONTENT_TAGS.contains(s.tag(i))) {
        continue;
      }
      String lemma = s.lemma(i).toLowerCase(Locale.ROOT);
      if (lemma.length() >= 3 && Character.isLetter(lemma.charAt(0)) && !STOP.contains(lemma)) {
        terms.add(lemma);
      }
    }
  }
}
