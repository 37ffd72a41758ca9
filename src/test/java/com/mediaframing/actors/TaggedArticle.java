package com.mediaframing.actors;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-tagged article for tests: sentences of whitespace-separated tokens, each tagged {@code X}
 * unless written {@code token_TAG} ("Warden_NOUN"). The text joins the tokens (without tags) and
 * the sentences with single spaces, so offsets are exact.
 */
record TaggedArticle(String text, List<AnnotatedSentence> sentences) {

  static TaggedArticle of(String... sentenceTexts) {
    StringBuilder text = new StringBuilder();
    List<AnnotatedSentence> sentences = new ArrayList<>();
    for (String sentenceText : sentenceTexts) {
      String[] raw = sentenceText.trim().split("\\s+");
      int n = raw.length;
      String[] tokens = new String[n];
      String[] tags = new String[n];
      String[] lemmas = new String[n];
      int[] starts = new int[n];
      int[] ends = new int[n];
      for (int i = 0; i < n; i++) {
        int us = raw[i].lastIndexOf('_');
        boolean tagged = us > 0 && raw[i].substring(us + 1).matches("[A-Z]+");
        tokens[i] = tagged ? raw[i].substring(0, us) : raw[i];
        tags[i] = tagged ? raw[i].substring(us + 1) : "X";
        lemmas[i] = tokens[i].toLowerCase(Locale.ROOT);
        if (text.length() > 0) {
          text.append(' ');
        }
        starts[i] = text.length();
        text.append(tokens[i]);
        ends[i] = text.length();
      }
      sentences.add(new AnnotatedSentence(sentences.size(), tokens, starts, ends, tags, lemmas));
    }
    return new TaggedArticle(text.toString(), sentences);
  }
}
