package com.mediaframing.sentiment;

import com.mediaframing.nlp.AnnotatedSentence;
import java.util.Locale;
import java.util.Set;

/**
 * Computes each token's contextual valence in a sentence: its VADER lexicon valence adjusted by
 * boosters and dampeners in the three tokens before it (decaying 1, 0.95, 0.9 as in VADER), by a
 * negator within {@link ValenceRules#negationWindow()} tokens before it (multiplied by {@link
 * ValenceRules#negationScalar()}), and by the "but" shift. Intensifiers and negators carry no
 * valence of their own. Immutable and thread-safe.
 */
public final class TokenValences {
  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "VERB", "ADJ", "ADV", "INTJ", "X");
  private static final double[] BOOSTER_DECAY = {1.0, 0.95, 0.9};

  private final VaderLexicon lexicon;
  private final ValenceRules rules;

  public TokenValences(VaderLexicon lexicon, ValenceRules rules) {
    this.lexicon = lexicon;
    this.rules = rules;
  }

  /** The contextual valence of every token of {@code s}, in VADER units (about -4 to 4). */
  public double[] compute(AnnotatedSentence s) {
    int n = s.size();
    double[] v = new double[n];
    // Each token lower-cased once: as the lexicon looks it up, and with straight apostrophes as
    // the cue lists spell it.
    String[] lowerCase = new String[n];
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      lowerCase[i] = s.token(i).toLowerCase(Locale.ROOT);
      words[i] = lowerCase[i].replace('\u2019', '\'');
    }
    int but = -1;
    for (int i = 0; i < n; i++) {
      String word = words[i];
      if (but < 0 && SentimentCues.BUT.equals(word)) {
        but = i;
      }
      if (isModifier(word) || (rules.contentWordsOnly() && !CONTENT_TAGS.contains(s.tag(i)))) {
        continue;
      }
      double valence = lexicon.valenceOfLowerCase(lowerCase[i], s.lemma(i));
      if (valence == 0.0) {
        continue;
      }
      valence += intensity(words, i, valence);
      if (negated(words, i)) {
        valence *= rules.negationScalar();
      }
      v[i] = valence;
    }
    if (but >= 0) {
      for (int i = 0; i < n; i++) {
        v[i] *= i < but ? rules.beforeButWeight() : rules.afterButWeight();
      }
    }
    return v;
  }

  /** Whether token {@code i} has a lexicon valence of its own, regardless of context and POS. */
  public boolean isSentimentWord(AnnotatedSentence s, int i) {
    return lexicon.valence(s.token(i), s.lemma(i)) != 0.0;
  }

  private double intensity(String[] words, int i, double valence) {
    double sum = 0.0;
    for (int k = 1; k <= BOOSTER_DECAY.length && i - k >= 0; k++) {
      String w = words[i - k];
      double scalar;
      if (SentimentCues.BOOSTERS.contains(w)) {
        scalar = rules.boosterIncrement();
      } else if (SentimentCues.DAMPENERS.contains(w)) {
        scalar = -rules.boosterIncrement();
      } else {
        continue;
      }
      sum += (valence < 0 ? -scalar : scalar) * BOOSTER_DECAY[k - 1];
    }
    return sum;
  }

  private boolean negated(String[] words, int i) {
    for (int k = 1; k <= rules.negationWindow() && i - k >= 0; k++) {
      if (SentimentCues.NEGATORS.contains(words[i - k])) {
        return true;
      }
    }
    return false;
  }

  private static boolean isModifier(String word) {
    return SentimentCues.NEGATORS.contains(word)
        || SentimentCues.BOOSTERS.contains(word)
        || SentimentCues.DAMPENERS.contains(word);
  }
}
